#include "core/storage/DeskStore.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/search/NameFolding.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeskStore)
};

QString letters(const QString& text, int count)
{
    QString out;
    for (QChar c : NameFolding::fold(text)) {
        if (c.isLetter() && c.unicode() < 128)
            out += c.toUpper();
        if (out.size() == count)
            break;
    }
    return out;
}

QString initials(const QString& text)
{
    const QStringList words = NameFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 1)
        return letters(words.first(), 2);
    QString out;
    for (const QString& w : words) {
        if (out.size() < 4)
            out += letters(w, 1);
    }
    return out;
}

} // namespace

QString DeskStore::deriveCode(const QString& city, const QString& name)
{
    const QString head = letters(city.isEmpty() ? name : city, 2);
    const QString tail = initials(name);
    if (head.size() < 2)
        return QStringLiteral("PX");
    return city.isEmpty() || tail.isEmpty() ? head + QLatin1Char('-') + letters(name, 2).right(2)
                                            : head + QLatin1Char('-') + tail;
}

Result<Record> DeskStore::create(const QString& name, const QString& code, const QString& city)
{
    Record desk(Entity::Desk);
    desk.set(u"name", name);
    desk.set(u"code", code);
    desk.set(u"city", city);
    return create(desk);
}

Result<Record> DeskStore::create(Record desk)
{
    if (desk.text(u"code").trimmed().isEmpty())
        desk.set(u"code", deriveCode(desk.text(u"city"), desk.text(u"name")));
    desk.set(u"next_case", qint64(1));
    return insertDerived(desk);
}

Result<Record> DeskStore::createLocal(const QString& name, const QString& city, const QString& code,
                                      const QString& neighbourhood, const QString& country)
{
    Record desk(Entity::Desk);
    desk.set(u"name", name);
    desk.set(u"city", city);
    desk.set(u"neighbourhood", neighbourhood);
    desk.set(u"country", country);
    desk.set(u"code", code);
    return createLocal(desk);
}

Result<Record> DeskStore::createLocal(Record desk)
{
    Database& db = database();
    if (db.localDeskId() != 0)
        return Error::invalid(Tr::tr("The database %1 already has its desk.").arg(db.path()));
    Transaction tx(db.connection());
    if (!tx.ok())
        return tx.error();
    auto created = create(desk);
    if (!created)
        return created.error();
    // The first desk stamps its own creation: there was no local desk before it.
    Statement own = db.connection().prepare("UPDATE desk SET hlc_desk = id WHERE id = ?");
    own.bind(1, created->id());
    if (Status st = own.run(); !st.ok())
        return st.error();
    if (Status st = db.setLocalDeskId(created->id()); !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return created;
}

Result<QString> DeskStore::takeCaseNumber(qint64 deskId)
{
    Connection& c = database().connection();
    Statement read = c.prepare("SELECT code, next_case FROM desk WHERE id = ?");
    read.bind(1, deskId);
    if (!read.next())
        return read.ok() ? Error::notFound(Tr::tr("There is no desk with id %1.").arg(deskId))
                         : read.error();
    const QString code = read.text(0);
    const qint64 next = read.int64(1);
    Statement bump = c.prepare("UPDATE desk SET next_case = next_case + 1 WHERE id = ?");
    bump.bind(1, deskId);
    if (Status st = bump.run(); !st.ok())
        return st.error();
    return QStringLiteral("%1-%2").arg(code).arg(next, 6, 10, QLatin1Char('0'));
}

} // namespace percorsi
