#include <QApplication>
#include <QIcon>

#include "app/gui/Launcher.h"

namespace {

// --version and --help print and quit: they need no screen, so they work in a
// terminal without a display too.
void textOnlyWithoutDisplay(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "--help") == 0
            || qstrcmp(argv[i], "-h") == 0 || qstrcmp(argv[i], "-v") == 0)
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

} // namespace

int main(int argc, char* argv[])
{
    textOnlyWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Percorsi"));
    QCoreApplication::setApplicationName(QStringLiteral("Percorsi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERCORSI_VERSION));
    // The desktop entry's id, so that docks group the window with its launcher.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.percorsi.Percorsi"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/percorsi/icons/percorsi.svg")));
    return percorsi::gui::Launcher().run(app);
}
