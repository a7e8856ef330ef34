#include "core/storage/Transaction.h"

#include "core/storage/Connection.h"

namespace percorsi {

Transaction::Transaction(Connection& connection) : m_connection(connection)
{
    m_nested = connection.inTransaction();
    m_begun = connection.exec(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
    m_done = !m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested)
        m_connection.exec("ROLLBACK TO nested; RELEASE nested");
    else
        m_connection.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (m_done)
        return m_begun.ok() ? Status(Error::io(QStringLiteral("transaction already finished")))
                            : m_begun;
    if (!m_nested) {
        if (Status hook = m_connection.beforeCommit(); !hook.ok())
            return hook;
    }
    Status st = m_connection.exec(m_nested ? "RELEASE nested" : "COMMIT");
    if (st.ok())
        m_done = true;
    return st;
}

} // namespace percorsi
