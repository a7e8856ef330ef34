#pragma once

#include <QCoreApplication>
#include <QString>

namespace percorsi {

struct EntityDef;

// The name of a kind of record as a heading says it ("Plan goals") and what
// such a record holds, translated in the "EntityLabels" context.
class EntityLabels
{
    Q_DECLARE_TR_FUNCTIONS(EntityLabels)

public:
    static QString plural(const EntityDef& entity);
    // What a record of this kind holds, in a short sentence.
    static QString description(const EntityDef& entity);
};

} // namespace percorsi
