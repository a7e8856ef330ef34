#include "ui/placements/DeskBox.h"

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

namespace percorsi {

DeskBox::DeskBox(RecordStore& store, QWidget* parent) : QComboBox(parent)
{
    setAccessibleName(tr("Desk"));
    addItem(tr("Every desk"), qint64(0));
    auto desks = store.list(schema::def(Entity::Desk), {.equals = {}, .orderBy = "name"});
    if (desks) {
        for (const Record& d : *desks)
            addItem(tr("%1 (%2)", "desk name, desk code").arg(d.text(u"name"), d.text(u"code")),
                    d.id());
    }
    setCurrentIndex(qMax(0, findData(store.database().localDeskId())));
}

} // namespace percorsi
