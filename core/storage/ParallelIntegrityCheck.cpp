#include "core/storage/ParallelIntegrityCheck.h"

#include <sqlite3.h>

#include <QFileInfo>

#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseCheck.h"

#include <pthread.h>

namespace percorsi {

ParallelIntegrityCheck::ParallelIntegrityCheck(Database& db) : m_db(db)
{
    if (!db.path().isEmpty() && QFileInfo(db.path()).isFile()) {
        m_path = db.path();
        m_worker = std::thread([this] {
            pthread_setname_np(pthread_self(), "percorsi-check");
            run();
        });
    }
}

ParallelIntegrityCheck::~ParallelIntegrityCheck()
{
    if (!m_worker.joinable()) return;
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        if (m_running) sqlite3_interrupt(m_running->handle());
    }
    m_worker.join();
}

void ParallelIntegrityCheck::run()
{
    // With the application's functions: expression indexes call them.
    auto conn = Database::openReader(m_path);
    if (!conn) {
        m_status = conn.error();
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_abandoned) return;
        m_running = conn->get();
    }
    m_status = DatabaseCheck::integrity(**conn);
    std::lock_guard lock(m_mutex);
    m_running = nullptr;
}

Status ParallelIntegrityCheck::result()
{
    if (m_done) return m_status;
    m_done = true;
    if (m_worker.joinable())
        m_worker.join();
    else
        m_status = DatabaseCheck::integrity(m_db);
    return m_status;
}

} // namespace percorsi
