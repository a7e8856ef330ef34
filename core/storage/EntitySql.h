#pragma once

#include <string>

#include "core/domain/Schema.h"

namespace percorsi {

// The SQL text of the generic operations on one entity, built once from its
// definition. Column names come from the schema; values always bind.
struct EntitySql
{
    std::string insert;      // uuid, [desk_id,] hlc, hlc_desk, seq, fields…
    std::string select;      // id, uuid, desk_id (or id), fields… FROM table
    std::string byId;        // select … WHERE id = ?
    std::string byUuid;      // select … WHERE uuid = ?
    std::string remove;      // DELETE … WHERE id = ?
    std::string clocks;      // SELECT hlc_fields, hlc, hlc_desk FROM table WHERE id = ?
    std::string exists;      // SELECT 1 FROM table WHERE id = ?

    static const EntitySql& of(const EntityDef& def);
    // "SELECT count(*) FROM table WHERE column = ?"
    static std::string countWhere(const EntityDef& def, const char* column);
    // A field as other desks know it, from table alias t: a reference becomes
    // the uuid of the record it points at; other fields are the column itself.
    static std::string portableColumn(const FieldDef& field);
};

} // namespace percorsi
