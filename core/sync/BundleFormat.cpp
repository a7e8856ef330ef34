#include "core/sync/BundleFormat.h"

namespace percorsi::bundleformat {

QStringList columns(const EntityDef& def)
{
    QStringList c{QStringLiteral("uuid"), QStringLiteral("desk"), QStringLiteral("clock"),
                  QStringLiteral("clocks")};
    for (const FieldDef& f : def.fields) {
        if (f.synced)
            c << QLatin1StringView(f.name);
    }
    return c;
}

std::vector<bool> numericColumns(const EntityDef& def)
{
    std::vector<bool> numeric(4, false);
    for (const FieldDef& f : def.fields) {
        if (!f.synced)
            continue;
        numeric.push_back(f.type == FieldType::Integer || f.type == FieldType::Decimal
                          || f.type == FieldType::Bool || f.type == FieldType::Year);
    }
    return numeric;
}

QStringList tombstoneColumns()
{
    return {QStringLiteral("entity"), QStringLiteral("uuid"), QStringLiteral("clock"),
            QStringLiteral("erased")};
}

QStringList conflictColumns()
{
    return {QStringLiteral("entity"),      QStringLiteral("record"),     QStringLiteral("field"),
            QStringLiteral("kept_value"),  QStringLiteral("kept_stamp"), QStringLiteral("kept_desk"),
            QStringLiteral("lost_value"),  QStringLiteral("lost_stamp"), QStringLiteral("lost_desk"),
            QStringLiteral("detected_at"), QStringLiteral("resolved_at"), QStringLiteral("resolution")};
}

} // namespace percorsi::bundleformat
