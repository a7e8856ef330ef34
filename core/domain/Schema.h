#pragma once

#include <vector>

#include <QList>
#include <QString>
#include <QAnyStringView>
#include <QStringView>

namespace percorsi {

// How a field's value is written, checked and stored. Text-like values are
// stored as UTF-8 text, Integer/Bool/Year/Ref as integers, Decimal as real.
enum class FieldType {
    Text,         // one line, trimmed, no control characters
    LongText,     // several lines
    Integer,
    Decimal,
    Bool,
    Date,         // ISO 8601, YYYY-MM-DD
    Time,         // HH:MM
    Year,
    Code,         // one code of a code set (see Codes.h)
    CodeList,     // comma-separated codes of a code set
    Ref,          // internal id of a record of another entity
    Country,      // ISO 3166-1 alpha-2
    CountryList,  // comma-separated ISO 3166-1 alpha-2
    LanguageList, // comma-separated ISO 639 codes
    Phone,
    Email,
};

struct FieldDef
{
    const char* name;
    FieldType type;
    bool required = false;
    int maxLength = 0;           // 0: the type's default
    double min = 0;              // numeric bounds; min == max means none
    double max = 0;
    const char* codes = nullptr; // code set, for Code and CodeList
    const char* ref = nullptr;   // entity name, for Ref
    bool owner = false;          // Ref to the owning record: deleting it deletes this one
    bool synced = true;          // false: local to this installation, never exported
    bool derived = false;        // set by the application, not by the user
    const char* defaultValue = nullptr; // stored when the value is left empty
};

// An entity of the domain: its table and fields (beyond the common columns id,
// uuid, desk_id, hlc, hlc_desk and hlc_fields).
struct EntityDef
{
    const char* name;  // in bundles, the CLI and messages
    const char* table; // in SQL
    const char* label; // the field that names a record for people
    std::vector<FieldDef> fields;
    bool hasDesk = true; // has a desk_id column (every entity but desk itself)

    int indexOf(QAnyStringView field) const;
    const FieldDef* field(QAnyStringView field) const;
    QString displayName() const;
};

enum class Entity {
    Desk,
    User,
    Project,
    ProjectTarget,
    Person,
    Consent,
    Assessment,
    PlanGoal,
    Path,
    Session,
    Enrolment,
    Attendance,
    Intervention,
    Service,
    Referral,
    Employer,
    Engagement,
    Placement,
    Event,
    Followup,
    Venture,
    EventParticipant,
};

namespace schema {

const EntityDef& def(Entity entity);
// All synced entities, parents before children (the order of inserts).
const std::vector<const EntityDef*>& entities();
const EntityDef* find(QAnyStringView name);

} // namespace schema
} // namespace percorsi
