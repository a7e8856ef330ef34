#include "core/storage/PersonStore.h"

#include <QCoreApplication>

#include "core/storage/Database.h"
#include "core/storage/DeskStore.h"
#include "core/storage/FollowupStore.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonStore)
};
} // namespace

Result<Record> PersonStore::create(Record person)
{
    Database& db = database();
    if (Status st = db.requireDesk(); !st.ok())
        return st.error();
    if (person.deskId() == 0)
        person.setDeskId(db.localDeskId());
    // A refused person rolls the transaction back, and with it the case number.
    Transaction tx(db.connection());
    if (!tx.ok())
        return tx.error();
    DeskStore desks(db);
    auto number = desks.takeCaseNumber(person.deskId());
    if (!number)
        return number.error();
    person.set(u"case_number", *number);
    auto created = insertDerived(person);
    if (!created)
        return created.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return created;
}

Result<Record> PersonStore::createWithConsents(Record person, std::vector<Record> consents)
{
    Transaction tx(database().connection());
    if (!tx.ok())
        return tx.error();
    auto created = create(std::move(person));
    if (!created)
        return created.error();
    for (Record& consent : consents) {
        consent.set(u"person_id", created->id());
        if (auto saved = insert(consent); !saved)
            return saved.error();
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return created;
}

Result<Record> PersonStore::resolve(const QString& idOrCaseNumber)
{
    const QString key = idOrCaseNumber.trimmed();
    const EntityDef& def = schema::def(Entity::Person);
    auto byUuid = getByUuid(def, key.toLower());
    if (byUuid || byUuid.error().kind() != Error::Kind::NotFound)
        return byUuid;
    auto matches = list(def, {.field = "case_number", .equals = key.toUpper(), .limit = 1});
    if (!matches)
        return matches.error();
    if (matches->empty())
        return Error::notFound(
            Tr::tr("There is no person with the id or case number '%1'.").arg(key));
    return matches->front();
}

Result<Record> PersonStore::closeCase(qint64 personId, const QString& reason,
                                     const QDate& exitDate, const QString& exitSituation)
{
    auto person = get(schema::def(Entity::Person), personId);
    if (!person)
        return person.error();
    if (person->text(u"status") == QLatin1String("closed"))
        return Error::invalid(Tr::tr("The case of %1 %2 is already closed.")
                                  .arg(person->text(u"given_name"), person->text(u"family_name")));
    if (exitDate.isValid() && exitDate > today()) {
        const QString message =
            Tr::tr("Exit date %1 is in the future").arg(exitDate.toString(Qt::ISODate));
        Error error = Error::invalid(message);
        error.addField(QStringLiteral("exit_date"), message);
        return error;
    }
    Record closed = *person;
    closed.set(u"status", QStringLiteral("closed"));
    closed.set(u"close_reason", reason.isEmpty() ? QVariant() : QVariant(reason));
    closed.set(u"exit_date", exitDate.isValid() ? QVariant(exitDate.toString(Qt::ISODate)) : QVariant());
    closed.set(u"exit_situation", exitSituation.isEmpty() ? QVariant() : QVariant(exitSituation));
    return save(closed);
}

Result<Record> PersonStore::save(const Record& person)
{
    auto stored = get(schema::def(Entity::Person), person.id());
    if (!stored)
        return stored.error();
    const auto closed = [](const Record& r) { return r.text(u"status") == QLatin1String("closed"); };
    const bool wasClosed = closed(*stored);
    const QString wasExit = stored->text(u"exit_date");
    return inTransaction([&]() -> Result<Record> {
        auto saved = update(person);
        if (!saved)
            return saved;
        FollowupStore followups(database());
        if (closed(*saved) && (!wasClosed || saved->text(u"exit_date") != wasExit)) {
            // The ESF+ result six months after leaving is asked for then.
            auto due = followups.scheduleForExit(saved->id(), saved->date(u"exit_date"));
            if (!due)
                return due.error();
        } else if (!closed(*saved) && wasClosed) {
            // A leaving that did not happen: its follow-up still to do goes.
            if (Status st = followups.unschedule(saved->id(), 0); !st.ok())
                return st.error();
        }
        return saved;
    });
}

Result<Record> PersonStore::inTransaction(const std::function<Result<Record>()>& work)
{
    Transaction tx(database().connection());
    if (!tx.ok())
        return tx.error();
    auto result = work();
    if (!result)
        return result;
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return result;
}

Result<Record> PersonStore::reopenCase(qint64 personId)
{
    auto person = get(schema::def(Entity::Person), personId);
    if (!person)
        return person.error();
    if (person->text(u"status") != QLatin1String("closed"))
        return Error::invalid(Tr::tr("Only a closed case can be reopened."));
    Record open = *person;
    open.set(u"status", QStringLiteral("active"));
    open.set(u"close_reason", QVariant());
    open.set(u"exit_date", QVariant());
    open.set(u"exit_situation", QVariant());
    return save(open);
}

} // namespace percorsi
