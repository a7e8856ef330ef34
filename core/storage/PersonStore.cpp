#include "core/storage/PersonStore.h"

#include <QCoreApplication>

#include "core/storage/Database.h"
#include "core/storage/DeskStore.h"
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

} // namespace percorsi
