// The crash test: percorsi-cli killed with SIGKILL at random moments.
// PERCORSI_CRASH_KILLS sets the number of kills (default 200),
// PERCORSI_CRASH_SEED the seed (default: the time; it is printed to rerun).
#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>

#include "tests/crash/CrashDriver.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // percorsi-cli signs in: init creates this administrator, demo has her too.
    qputenv("PERCORSI_USER", "admin");
    qputenv("PERCORSI_PASSWORD", "percorsi-demo");
    const int kills = qEnvironmentVariableIsSet("PERCORSI_CRASH_KILLS")
                          ? qEnvironmentVariableIntValue("PERCORSI_CRASH_KILLS")
                          : 200;
    const quint64 seed = qEnvironmentVariableIsSet("PERCORSI_CRASH_SEED")
                             ? qgetenv("PERCORSI_CRASH_SEED").toULongLong()
                             : quint64(QDateTime::currentMSecsSinceEpoch());
    std::fprintf(stderr, "crash test: %d kills, PERCORSI_CRASH_SEED=%llu\n", kills,
                 static_cast<unsigned long long>(seed));
    percorsi::test::CrashDriver driver(QString::fromUtf8(PERCORSI_CLI), seed);
    return driver.run(kills) ? 0 : 1;
}
