#include "core/storage/AuditLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include "core/storage/Database.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

const QString kGenesis = QString(64, QLatin1Char('0'));

QString chainHash(const QString& prev, const QStringList& fields)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prev.toUtf8());
    for (const QString& f : fields) {
        h.addData(QByteArrayView("\x1f", 1));
        h.addData(f.toUtf8());
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

AuditLog::AuditLog(Database& db) : m_db(db) {}

Status AuditLog::append(const QString& username, const QString& action, const QString& entity,
                        const QString& recordUuid, const QString& detail)
{
    Connection& c = m_db.connection();
    Statement last = c.prepare("SELECT hash FROM audit ORDER BY id DESC LIMIT 1");
    const QString prev = last.next() ? last.text(0) : kGenesis;
    if (!last.ok())
        return last.error();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString hash = chainHash(prev, {at, username, action, entity, recordUuid, detail});
    Statement st = c.prepare("INSERT INTO audit(at, username, action, entity, record_uuid, "
                             "detail, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, at).bind(2, username).bind(3, action).bind(4, entity).bind(5, recordUuid);
    st.bind(6, detail).bind(7, prev).bind(8, hash);
    return st.run();
}

Status AuditLog::verify()
{
    Statement st = m_db.connection().prepare(
        "SELECT id, at, coalesce(username, ''), action, coalesce(entity, ''), "
        "coalesce(record_uuid, ''), coalesce(detail, ''), prev_hash, hash FROM audit ORDER BY id");
    QString prev = kGenesis;
    while (st.next()) {
        const qint64 id = st.int64(0);
        const QString expected = chainHash(
            prev, {st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)});
        if (st.text(7) != prev)
            return Error::invalid(Tr::tr("Audit entry %1 does not follow the entry before it: "
                                         "an entry was removed or inserted.")
                                      .arg(id));
        if (st.text(8) != expected)
            return Error::invalid(Tr::tr("Audit entry %1 was altered.").arg(id));
        prev = expected;
    }
    if (!st.ok())
        return st.error();
    return {};
}

} // namespace percorsi
