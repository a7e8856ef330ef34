#pragma once

#include <mutex>
#include <thread>

#include "core/util/Result.h"

namespace percorsi {

class Connection;
class Database;

// SQLite's integrity_check of a database file on a read-only connection of its
// own, in a thread of its own, while the caller goes on with other work (an
// import merges meanwhile). At 100,000 people the check takes about 4 s of CPU.
// A database without a file (in memory) is checked when the result is asked.
class ParallelIntegrityCheck
{
public:
    explicit ParallelIntegrityCheck(Database& db);
    // Stops a check whose result was not asked for (a cancelled export).
    ~ParallelIntegrityCheck();
    ParallelIntegrityCheck(const ParallelIntegrityCheck&) = delete;
    ParallelIntegrityCheck& operator=(const ParallelIntegrityCheck&) = delete;

    // Waits for the check: an error says that the file is damaged and where.
    Status result();
    // Whether the check runs on a thread of its own (the database has a file).
    bool inParallel() const { return !m_path.isEmpty(); }

private:
    void run();

    Database& m_db;
    QString m_path;
    Status m_status;
    std::mutex m_mutex;
    Connection* m_running = nullptr; // interrupted when the result is not wanted
    bool m_abandoned = false;
    std::thread m_worker;
    bool m_done = false;
};

} // namespace percorsi
