#include "ui/profile/PersonEditCommand.h"

#include "core/storage/PersonStore.h"

namespace percorsi {

PersonEditCommand::PersonEditCommand(PersonStore& store, Record before, Record after,
                                     const QString& text, Notify notify)
    : QUndoCommand(text), m_store(store), m_before(std::move(before)), m_after(std::move(after)),
      m_notify(std::move(notify))
{
}

void PersonEditCommand::undo()
{
    write(m_before);
}

void PersonEditCommand::redo()
{
    if (m_applied) {
        m_applied = false; // QUndoStack::push() redoes at once: the edit is already written
        return;
    }
    write(m_after);
}

// Undo writes every field back, so it goes through the same rules as any edit;
// a refusal (someone else changed her since) leaves her as she is now.
void PersonEditCommand::write(const Record& state)
{
    auto written = m_store.save(state);
    if (written)
        m_notify(*written);
    else
        setObsolete(true);
}

} // namespace percorsi
