#pragma once

#include <optional>

#include <QDate>

#include "core/domain/Record.h"
#include "core/util/Error.h"

namespace percorsi {

// What the entity rules may ask of the stored data.
class RuleContext
{
public:
    virtual ~RuleContext() = default;
    virtual QDate today() const = 0;
    // Null when there is none; else valid until the next call.
    virtual const Record* find(Entity entity, qint64 id) = 0;
    // Whether the person holds an enrolment (enrolled or completed) in the path.
    virtual bool isEnrolled(qint64 pathId, qint64 personId) = 0;
};

// Rules of the domain that involve more than one field or record: dates in
// order, a session within its path, attendance only of enrolled people …
// Runs after Validator::normalize, on normalized values.
class Rules
{
public:
    static void check(const Record& record, RuleContext& context, Error& error);
};

} // namespace percorsi
