#include "core/storage/EntitySql.h"

#include <map>
#include <mutex>

namespace percorsi {

namespace {

EntitySql build(const EntityDef& def)
{
    const std::string table = def.table;
    std::string columns, marks;
    for (const FieldDef& f : def.fields) {
        columns += std::string(", ") + f.name;
        marks += ", ?";
    }
    EntitySql s;
    const std::string head = def.hasDesk ? "uuid, desk_id, hlc, hlc_desk, seq" : "uuid, hlc, hlc_desk, seq";
    const std::string headMarks = def.hasDesk ? "?, ?, ?, ?, ?" : "?, ?, ?, ?";
    s.insert = "INSERT INTO " + table + "(" + head + columns + ") VALUES(" + headMarks + marks + ")";
    s.select = std::string("SELECT id, uuid, ") + (def.hasDesk ? "desk_id" : "id") + columns
               + " FROM " + table;
    s.byId = s.select + " WHERE id = ?";
    s.byUuid = s.select + " WHERE uuid = ?";
    s.remove = "DELETE FROM " + table + " WHERE id = ?";
    s.clocks = "SELECT hlc_fields, hlc, hlc_desk FROM " + table + " WHERE id = ?";
    s.exists = "SELECT 1 FROM " + table + " WHERE id = ?";
    return s;
}

} // namespace

const EntitySql& EntitySql::of(const EntityDef& def)
{
    static std::mutex mutex;
    static std::map<const EntityDef*, EntitySql> cache;
    std::lock_guard lock(mutex);
    auto it = cache.find(&def);
    if (it == cache.end())
        it = cache.emplace(&def, build(def)).first;
    return it->second;
}

std::string EntitySql::portableColumn(const FieldDef& f)
{
    if (f.type != FieldType::Ref)
        return std::string("t.") + f.name;
    const EntityDef* target = schema::find(QLatin1StringView(f.ref));
    return std::string("(SELECT uuid FROM ") + target->table + " WHERE id = t." + f.name + ")";
}

std::string EntitySql::countWhere(const EntityDef& def, const char* column)
{
    return std::string("SELECT count(*) FROM ") + def.table + " WHERE " + column + " = ?";
}

} // namespace percorsi
