#pragma once

#include <functional>

#include <QUndoCommand>

#include "core/domain/Record.h"

namespace percorsi {

class PersonStore;

// One edit of a person already written (fields saved, case closed or
// reopened), kept so that it can be undone and redone: undo writes the
// person as she was before, redo as she was after.
class PersonEditCommand : public QUndoCommand
{
public:
    using Notify = std::function<void(const Record&)>;

    PersonEditCommand(PersonStore& store, Record before, Record after, const QString& text,
                      Notify notify);

    void undo() override;
    void redo() override;

private:
    void write(const Record& state);

    PersonStore& m_store;
    Record m_before;
    Record m_after;
    Notify m_notify;
    bool m_applied = true; // the edit was written before the command was pushed
};

} // namespace percorsi
