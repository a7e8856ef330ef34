#include <QApplication>
#include <QIcon>

#include "app/gui/Launcher.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Percorsi"));
    QCoreApplication::setApplicationName(QStringLiteral("Percorsi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERCORSI_VERSION));
    // The desktop entry's id, so that docks group the window with its launcher.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.percorsi.Percorsi"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/percorsi/icons/percorsi.svg")));
    return percorsi::gui::Launcher().run(app);
}
