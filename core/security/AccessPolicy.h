#pragma once

#include <string>
#include <vector>

#include <QVariant>

#include "core/domain/Record.h"
#include "core/security/Principal.h"
#include "core/util/Result.h"

namespace percorsi {

class Database;

// What the principal of an open database may read and write (see
// docs/security.md): administrators everything; coordinators every record
// but accounts; operators the people of their desk; trainers the names,
// enrolments and attendance of the people of their own paths. Notes of
// special category are read only by their author and the granted roles.
// The stores consult it on every read and write; a refusal is a Denied error.
class AccessPolicy
{
public:
    // What a role may do, for the front ends to offer or hide.
    enum class Action {
        ManageUsers,      // accounts, password resets, idle time
        ViewAudit,        // the audit page and its verification
        EraseOrRestore,   // erasure of a person, restore from a backup
        Sync,             // bundles in and out, conflicts
        RegisterPeople,   // new people, intake, import of people
        EditPeople,       // a person's details and her records
        ManagePaths,      // paths, sessions and enrolments
        RecordAttendance, // the register of a session
        ViewAggregates,   // reports and counts over everyone
        ManageCatalogue,  // projects, services, employers, events
    };

    explicit AccessPolicy(Database& db);

    static bool allows(Principal::Role role, Action action);
    bool allows(Action action) const;
    // A Denied error naming `what` when the principal may not do `action`.
    Status require(Action action, const QString& what) const;

    // Reading records of an entity at all (before any record is looked at).
    Status admitList(const EntityDef& def) const;
    // A record read: Denied when she may not see it; blanks the fields she may not read.
    Status admitRead(Record& record);
    // Whether she sees the record, blanking fields as admitRead does.
    bool filterRead(Record& record);
    // Writing (verb: insert, update, delete) this record, as stored or as it will be.
    Status admitWrite(const Record& record, const QString& verb);
    // Fields of a stored record that she may not read (an update keeps them).
    std::vector<int> hiddenFields(const Record& stored) const;
    bool seesPerson(qint64 personId);

    // An SQL condition (" AND …" on the person alias p) that keeps the people
    // she may see; its only values are the principal's own ids, written in so
    // that it fits any statement. Denied for no principal.
    Result<std::string> peopleScope() const;
    // Whether she reads more of a person than her name (trainers do not).
    bool readsPersonDetails() const;

    // The person a record is about, or 0 when it is about nobody in particular.
    static qint64 personOf(const Record& record);
    static bool isSpecialNote(const Record& record, int field);
    // People and the records about them (those with a person_id).
    static bool isPersonScoped(const EntityDef& def);

private:
    const Principal& principal() const;
    bool readsAll() const;
    bool mayWriteEntity(const EntityDef& def) const;
    bool trainerReads(const EntityDef& def) const;
    bool trainerWrites(const Record& record);
    bool readsSpecialNote(const Record& record) const;
    Error denied(const QString& what) const;

    Database& m_db;
};

} // namespace percorsi
