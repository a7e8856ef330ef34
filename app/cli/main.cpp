#include <QCoreApplication>

#include "app/cli/Cli.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("percorsi-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERCORSI_VERSION));
    return percorsi::cli::run(app.arguments());
}
