#include <QApplication>

#include "app/gui/Launcher.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Percorsi"));
    QCoreApplication::setApplicationName(QStringLiteral("Percorsi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERCORSI_VERSION));
    return percorsi::gui::Launcher().run(app);
}
