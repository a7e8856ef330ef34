#include "ui/LocalDesk.h"

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

namespace percorsi {

std::optional<Record> LocalDesk::read(RecordStore& store)
{
    const qint64 id = store.database().localDeskId();
    if (id == 0) return std::nullopt;
    auto desk = store.get(schema::def(Entity::Desk), id);
    if (!desk) return std::nullopt;
    return std::move(desk.value());
}

QString LocalDesk::name(RecordStore& store)
{
    const auto desk = read(store);
    return desk ? desk->text("name") : tr("no desk");
}

QString LocalDesk::nameAndCode(RecordStore& store)
{
    const auto desk = read(store);
    if (!desk) return tr("No desk yet: run percorsi-cli init");
    return tr("%1 (%2)", "desk name, desk code").arg(desk->text("name"), desk->text("code"));
}

} // namespace percorsi
