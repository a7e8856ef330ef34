#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/util/Result.h"

class QApplication;

namespace percorsi {
class Database;
}

namespace percorsi::gui {

// Starts the desktop application: reads `percorsi [--db FILE] [--lang CODE]`,
// opens the database (creating the demo one on first start) and runs the
// main window. Exit codes: 1 bad arguments, 3 the database cannot be used.
class Launcher
{
    Q_DECLARE_TR_FUNCTIONS(Launcher)

public:
    static constexpr int kBadArguments = 1;
    static constexpr int kDatabaseError = 3;

    int run(QApplication& app);

private:
    std::optional<int> parseArguments(QApplication& app);
    Result<std::unique_ptr<Database>> openDatabase();
    Result<std::unique_ptr<Database>> createDemo(const QString& path);
    static QString requestedLanguage(const QStringList& arguments);
    // A damaged database: the message, and the latest backup to restore if there is one.
    Result<std::unique_ptr<Database>> offerRestore(const Error& damage);
    int benchFirstPaint(QApplication& app, Database& db);
    static QString defaultPath();
    static void removeDatabaseFiles(const QString& path);
    // On stderr, and in a message box when there is a screen to show it on.
    static void fail(const QString& message);

    QString m_dbPath;
    QString m_backupDirectory;
    bool m_dbGiven = false;
    bool m_cancelled = false;
    bool m_benchFirstPaint = false;
    bool m_damageShown = false; // the restore offer showed the damage and was declined
};

} // namespace percorsi::gui
