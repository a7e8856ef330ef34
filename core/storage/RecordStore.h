#pragma once

#include <optional>
#include <vector>

#include <QSet>

#include "core/domain/Record.h"
#include "core/domain/Validator.h"
#include "core/domain/Rules.h"
#include "core/util/Result.h"

namespace percorsi {

class Database;

// The storage engine shared by every aggregate store: validated create, read,
// update, delete and list of records of any entity, with a hybrid logical
// clock stamp on every field written and a tombstone for every deletion.
// Each public write is one transaction, or part of the caller's if one is open.
// Every read and write is admitted by the AccessPolicy of the database's
// principal; a user's writes are recorded in the audit log.
class RecordStore : public RuleContext
{
public:
    struct Query
    {
        const char* field = nullptr; // equality filter on this field, if set
        QVariant equals;
        const char* orderBy = nullptr; // a field name; default: id
        bool descending = false;
        int limit = -1;
        int offset = 0;
    };

    explicit RecordStore(Database& db);

    // Inserts a new record. The uuid is created unless given (records born
    // elsewhere keep theirs); the desk defaults to this installation's.
    Result<Record> insert(Record record);
    // Writes the fields of `record` that differ from the stored record.
    Result<Record> update(Record record);
    // Deletes the record and the records it owns, leaving tombstones.
    Status remove(const EntityDef& def, qint64 id);

    Result<Record> get(const EntityDef& def, qint64 id);
    Result<Record> getByUuid(const EntityDef& def, const QString& uuid);
    Result<std::vector<Record>> list(const EntityDef& def, const Query& query);
    Result<std::vector<Record>> list(const EntityDef& def);
    Result<qint64> count(const EntityDef& def);
    // The text that names a record for people (its label field), or empty.
    QString labelOf(const EntityDef& def, qint64 id);

    // Normalizes and checks a record as insert() and update() do, without writing.
    // Normalizes and checks a record; fields `prepared` normalized ahead are taken as they are.
    Status validate(Record& record, Validator::Prepared* prepared = nullptr);

    // RuleContext
    QDate today() const override;
    const Record* find(Entity entity, qint64 id) override;
    bool isEnrolled(qint64 pathId, qint64 personId) override;

    Database& database() { return m_db; }

    // For a merge, which writes records itself: whether a person is enrolled
    // in a path is then answered from the path's enrolled people, read once
    // for each run of rows about one path (attendance marks come session by
    // session). The merge calls forgetAbout() for each record it writes.
    void memoizeEnrolments() { m_memoizeEnrolments = true; }
    // Drops what is remembered about records of this entity (all of them for nullptr).
    void forgetAbout(const EntityDef* def);

protected:
    // Lets an aggregate store set fields the user may not (case numbers …).
    Result<Record> insertDerived(Record record) { return insertImpl(std::move(record), true); }
    Result<Record> updateDerived(Record record) { return updateImpl(std::move(record), true); }

private:
    Result<Record> insertImpl(Record record, bool allowDerived);
    // A record as stored, whatever the principal may read (for rules and writes).
    Result<Record> getUnchecked(const EntityDef& def, qint64 id);
    Status admitUpdate(const Record& stored, Record& record, bool allowDerived);
    Status audit(const char* action, const EntityDef& def, const QString& uuid,
                 const QString& detail = {});
    Result<Record> updateImpl(Record record, bool allowDerived);
    Status checkReferences(const Record& record, Error& error);
    Error writeError(const Record& record, const Error& sqlError);
    Status removeTree(const EntityDef& def, qint64 id, qint64 stamp);
    Status refuseIfReferenced(const EntityDef& def, qint64 id);
    Record readRow(const EntityDef& def, class Statement& st);
    // Opens the sealed fields of a record read; without the key they read as
    // empty (blankLocked) or keep their sealed form (for a write to keep them).
    Status reveal(Record& record, bool blankLocked);
    // Binds these fields of the record from `col` on, sealing those kept sealed.
    Status bindFields(class Statement& st, int& col, const Record& record,
                      const std::vector<int>& fields);
    void forget() { m_cache.reset(); }

    Database& m_db;
    std::optional<Record> m_cache; // the last record found by find(), for runs of rule checks
    bool m_memoizeEnrolments = false;
    qint64 m_enrolmentsPath = -1; // the path whose enrolled people m_enrolled holds, if any
    QSet<qint64> m_enrolled;
};

} // namespace percorsi
