#include "core/storage/PlacementStore.h"

#include <QCoreApplication>

#include "core/domain/Codes.h"
#include "core/storage/Database.h"
#include "core/storage/FollowupStore.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlacementStore)
};

const QLatin1StringView kEnded("ended");

// The placement's fields first (as EntitySql's select), then who and where.
std::string cardSql(const char* where)
{
    std::string sql = "SELECT pl.id, pl.uuid, pl.desk_id";
    for (const FieldDef& f : schema::def(Entity::Placement).fields)
        sql += std::string(", pl.") + f.name;
    return sql +
           ", p.given_name || ' ' || p.family_name, p.case_number, coalesce(e.name, '')"
           " FROM placement pl JOIN person p ON p.id = pl.person_id"
           " LEFT JOIN employer e ON e.id = pl.employer_id WHERE " +
           where;
}

Error fieldError(const char* field, const QString& message)
{
    Error e = Error::invalid(message);
    e.addField(QLatin1StringView(field), message);
    return e;
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

const QStringList& PlacementStore::stages()
{
    static const QStringList all = [] {
        QStringList s;
        for (const Code& c : codes::set(u"placement_stage"))
            s << QString::fromLatin1(c.code);
        return s;
    }();
    return all;
}

QString PlacementStore::nextStage(const QString& stage)
{
    const qsizetype i = stages().indexOf(stage);
    return i >= 0 && i + 1 < stages().size() ? stages()[i + 1] : QString();
}

QString PlacementStore::previousStage(const QString& stage)
{
    const qsizetype i = stages().indexOf(stage);
    return i > 0 ? stages()[i - 1] : QString();
}

Status PlacementStore::syncFollowup(const Record& placement, bool wasEnded)
{
    FollowupStore followups(database());
    const bool ended = placement.text(u"stage") == kEnded;
    if (ended) {
        auto scheduled = followups.scheduleForPlacement(placement, placement.date(u"end_date"));
        return scheduled ? Status() : Status(scheduled.error());
    }
    if (wasEnded) return followups.unschedule(placement.integer(u"person_id"), placement.id());
    return {};
}

Result<Record> PlacementStore::save(Record placement)
{
    Transaction tx(database().connection());
    if (!tx.ok()) return tx.error();
    bool wasEnded = false;
    if (placement.id()) {
        auto stored = get(schema::def(Entity::Placement), placement.id());
        if (!stored) return stored.error();
        wasEnded = stored->text(u"stage") == kEnded;
    }
    auto saved = placement.id() ? update(placement) : insert(placement);
    if (!saved) return saved.error();
    if (Status st = syncFollowup(*saved, wasEnded); !st.ok()) return st.error();
    if (Status st = tx.commit(); !st.ok()) return st.error();
    return saved;
}

Status PlacementStore::applyStage(Record& p, const QString& stage, const Ending& ending)
{
    if (!stages().contains(stage))
        return fieldError("stage", Tr::tr("'%1' is not a stage of a placement").arg(stage));
    const int to = int(stages().indexOf(stage));
    p.set(u"stage", stage);
    if (to >= stages().indexOf(u"started") && p.isNull(u"start_date")) {
        const QDate end = ending.endDate.isValid() ? ending.endDate : today();
        p.set(u"start_date", iso(qMin(today(), end)));
    }
    if (stage != kEnded) {
        for (const char16_t* f : {u"end_date", u"outcome", u"outcome_note"})
            p.set(f, QVariant());
        return {};
    }
    const QString outcome = ending.outcome.isEmpty() ? p.text(u"outcome") : ending.outcome;
    if (outcome.isEmpty())
        return fieldError("outcome", Tr::tr("An ended placement needs its outcome: hired, "
                                            "completed or interrupted"));
    p.set(u"outcome", outcome);
    p.set(u"end_date", iso(ending.endDate.isValid() ? ending.endDate : today()));
    if (!ending.note.isEmpty()) p.set(u"outcome_note", ending.note);
    return {};
}

Result<Record> PlacementStore::moveTo(qint64 placementId, const QString& stage,
                                      const Ending& ending)
{
    auto stored = get(schema::def(Entity::Placement), placementId);
    if (!stored) return stored.error();
    if (stored->text(u"stage") == stage) return stored;
    Record moved = *stored;
    if (Status st = applyStage(moved, stage, ending); !st.ok()) return st.error();
    return save(moved);
}

Result<Record> PlacementStore::advance(qint64 placementId, const Ending& ending)
{
    auto stored = get(schema::def(Entity::Placement), placementId);
    if (!stored) return stored.error();
    const QString next = nextStage(stored->text(u"stage"));
    if (next.isEmpty())
        return Error::invalid(Tr::tr("The placement has ended: there is no stage after it."));
    return moveTo(placementId, next, ending);
}

Result<Record> PlacementStore::retreat(qint64 placementId)
{
    auto stored = get(schema::def(Entity::Placement), placementId);
    if (!stored) return stored.error();
    const QString previous = previousStage(stored->text(u"stage"));
    if (previous.isEmpty())
        return Error::invalid(
            Tr::tr("The placement is only proposed: there is no stage before it."));
    return moveTo(placementId, previous);
}

Result<std::vector<PlacementStore::Card>> PlacementStore::cards(const char* where, qint64 key)
{
    const EntityDef& def = schema::def(Entity::Placement);
    Statement st = database().connection().prepare(cardSql(where));
    st.bind(1, key);
    std::vector<Card> out;
    while (st.next()) {
        Card c;
        c.placement.setId(st.int64(0));
        c.placement.setUuid(st.text(1));
        c.placement.setDeskId(st.int64(2));
        int col = 3;
        for (size_t i = 0; i < def.fields.size(); ++i, ++col)
            c.placement.set(int(i), st.isNull(col) ? QVariant() : st.value(col));
        c.person = st.text(col++);
        c.caseNumber = st.text(col++);
        c.employer = st.text(col++);
        out.push_back(std::move(c));
    }
    if (!st.ok()) return st.error();
    return out;
}

Result<std::vector<PlacementStore::Card>> PlacementStore::pipeline(qint64 deskId)
{
    return cards("(?1 = 0 OR p.desk_id = ?1) ORDER BY coalesce(pl.start_date, '9999') DESC,"
                 " pl.id DESC",
                 deskId);
}

Result<std::vector<PlacementStore::Card>> PlacementStore::atEmployer(qint64 employerId)
{
    return cards("pl.employer_id = ?1 ORDER BY coalesce(pl.start_date, '9999') DESC, pl.id DESC",
                 employerId);
}

} // namespace percorsi
