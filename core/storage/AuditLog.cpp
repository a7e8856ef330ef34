#include "core/storage/AuditLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include "core/security/AccessPolicy.h"
#include "core/storage/Database.h"

namespace percorsi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

const QString kGenesis = QString(64, QLatin1Char('0'));
const char kHeadKey[] = "audit_head";

QString headOf(qint64 id, const QString& hash)
{
    return QString::number(id) + QLatin1Char(':') + hash;
}

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
    // Chaining from the kept head, not from the last row, makes a removed
    // tail show at the next entry.
    auto head = m_db.meta(QString::fromLatin1(kHeadKey));
    if (!head)
        return head.error();
    QString prev = head->section(QLatin1Char(':'), 1);
    if (prev.isEmpty()) {
        Statement last = c.prepare("SELECT hash FROM audit ORDER BY id DESC LIMIT 1");
        prev = last.next() ? last.text(0) : kGenesis;
        if (!last.ok())
            return last.error();
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString hash = chainHash(prev, {at, username, action, entity, recordUuid, detail});
    Statement st = c.prepare("INSERT INTO audit(at, username, action, entity, record_uuid, "
                             "detail, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, at).bind(2, username).bind(3, action).bind(4, entity).bind(5, recordUuid);
    st.bind(6, detail).bind(7, prev).bind(8, hash);
    if (Status run = st.run(); !run.ok())
        return run;
    return m_db.setMeta(QString::fromLatin1(kHeadKey), headOf(c.lastInsertId(), hash));
}

Status AuditLog::viewed(const QString& entity, const QString& recordUuid)
{
    return append(m_db.principal().auditName(), QStringLiteral("view"), entity, recordUuid);
}

Status AuditLog::verify()
{
    Statement st = m_db.connection().prepare(
        "SELECT id, at, coalesce(username, ''), action, coalesce(entity, ''), "
        "coalesce(record_uuid, ''), coalesce(detail, ''), prev_hash, hash FROM audit ORDER BY id");
    QString prev = kGenesis;
    qint64 id = 0;
    while (st.next()) {
        id = st.int64(0);
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
    auto head = m_db.meta(QString::fromLatin1(kHeadKey));
    if (!head)
        return head.error();
    if (id == 0 ? !head->isEmpty() : *head != headOf(id, prev))
        return Error::invalid(Tr::tr("The audit log ends at entry %1, but it ended at %2: "
                                     "entries were removed.")
                                  .arg(id)
                                  .arg(head->section(QLatin1Char(':'), 0, 0)));
    return {};
}

Result<std::vector<AuditLog::Entry>> AuditLog::entries(const Filter& f)
{
    if (Status st = AccessPolicy(m_db).require(AccessPolicy::Action::ViewAudit,
                                               Tr::tr("reading the audit log"));
        !st.ok())
        return st.error();
    std::string sql = "SELECT id, at, coalesce(username, ''), action, coalesce(entity, ''), "
                      "coalesce(record_uuid, ''), coalesce(detail, '') FROM audit WHERE 1";
    std::vector<QVariant> values;
    auto add = [&](const char* condition, const QVariant& v) {
        sql += condition;
        values.push_back(v);
    };
    if (!f.username.isEmpty())
        add(" AND username = ?", f.username);
    if (!f.action.isEmpty())
        add(" AND action = ?", f.action);
    if (f.from.isValid())
        add(" AND at >= ?", f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        add(" AND at < ?", f.to.addDays(1).toString(Qt::ISODate));
    sql += " ORDER BY id DESC LIMIT " + std::to_string(f.limit);
    Statement st = m_db.connection().prepare(sql);
    for (size_t i = 0; i < values.size(); ++i)
        st.bind(int(i + 1), values[i]);
    std::vector<Entry> out;
    while (st.next())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                       st.text(6)});
    if (!st.ok())
        return st.error();
    return out;
}

Result<QStringList> AuditLog::distinct(const char* column)
{
    if (Status st = AccessPolicy(m_db).require(AccessPolicy::Action::ViewAudit,
                                               Tr::tr("reading the audit log"));
        !st.ok())
        return st.error();
    const std::string name(column);
    Q_ASSERT(name == "action" || name == "username");
    Statement st = m_db.connection().prepare("SELECT DISTINCT " + name + " FROM audit WHERE "
                                             + name + " IS NOT NULL ORDER BY 1");
    QStringList out;
    while (st.next())
        out << st.text(0);
    if (!st.ok())
        return st.error();
    return out;
}

} // namespace percorsi
