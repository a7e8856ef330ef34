#pragma once

#include <memory>

#include <QDate>
#include <QTemporaryDir>

#include "core/storage/Database.h"

namespace percorsi::test {

// The fixed "today" of every test: validation of dates in the future uses it.
QDate fixedToday();

// A wall clock that starts at a fixed instant and advances 1 ms per reading.
HybridClock::WallClock steppingClock(qint64 startMillis = 1'750'000'000'000);

// A new database in a temporary directory, with a local desk "San Siro"
// (Milano, MI-SS), a fixed today and a stepping clock. A later `today` suits
// data dated up to then (the demo data run to DemoGenerator::anchorDate()).
// It acts as an administrator (without an account) unless a test sets
// another principal.
class TestDatabase
{
public:
    explicit TestDatabase(bool withDesk = true, QDate today = fixedToday());
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.percorsi")); }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the file (to test what survives).
    void reopen();
    void actAsAdministrator();
    static Principal administrator(qint64 deskId);
    static Database::Options options(QDate today = fixedToday());

private:
    QTemporaryDir m_dir;
    QDate m_today;
    std::unique_ptr<Database> m_db;
};

} // namespace percorsi::test
