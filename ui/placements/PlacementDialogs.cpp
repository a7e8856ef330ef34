#include "ui/placements/PlacementDialogs.h"

#include "core/storage/Database.h"
#include "core/storage/PlacementStore.h"
#include "ui/forms/RecordDialog.h"
#include "ui/widgets/PersonPicker.h"

namespace percorsi {

RecordDialog* PlacementDialogs::edit(PlacementStore& store, const Record& placement,
                                     QWidget* parent, Done done)
{
    const QString title = placement.id() ? tr("Edit placement") : tr("New placement");
    auto* dialog = new RecordDialog(store, placement, title, {}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([&store](const Record& r) { return store.save(r); });
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, done] { done(dialog->saved()); });
    dialog->open();
    return dialog;
}

PersonPicker* PlacementDialogs::create(PlacementStore& store, const Record& preset, QWidget* parent,
                                       Done done)
{
    auto* picker = new PersonPicker(store.database(), tr("New placement: who?"), parent);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(picker, &QDialog::accepted, parent, [&store, preset, parent, picker, done] {
        Record placement = preset;
        placement.set(u"person_id", picker->chosenId());
        if (placement.isNull(u"stage")) placement.set(u"stage", QStringLiteral("proposed"));
        edit(store, placement, parent, done);
    });
    picker->open();
    return picker;
}

} // namespace percorsi
