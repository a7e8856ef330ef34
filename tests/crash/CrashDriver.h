#pragma once

#include <map>
#include <random>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

namespace percorsi::test {

// Starts percorsi-cli writing (a large bundle import, a stream of person
// edits) and kills it with SIGKILL at random moments. After every kill
// `percorsi-cli check` must pass, every acknowledged edit must be there and
// the import must be entirely there or not at all.
class CrashDriver
{
public:
    CrashDriver(QString cli, quint64 seed);
    // Runs `kills` rounds, alternating import and edits; false at the first failure.
    bool run(int kills);

private:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    bool prepare();
    bool importRound();
    bool editRound(int round);
    bool checkPasses(const QString& db);
    bool editsPresent(const QString& db, const QString& tag, const QString& acknowledged);

    Outcome cli(const QStringList& arguments);
    static QString counts(const QString& path);
    // Starts the CLI, kills it after `delayMs`; `finished` says whether it ended first.
    Outcome killAfter(const QStringList& arguments, int delayMs, bool* finished);
    int randomDelay(int maxMs);
    QString file(const QString& name) const { return m_dir.filePath(name); }
    static void copyDatabase(const QString& from, const QString& to);
    bool fail(const QString& message);

    QString m_cli;
    std::mt19937_64 m_random;
    QTemporaryDir m_dir;
    QString m_statsBefore; // the import target before and after the whole bundle
    QString m_statsAfter;
    int m_importMs = 0;
    int m_editMs = 0;
    std::map<QString, int> m_survived; // kills survived per kind
};

} // namespace percorsi::test
