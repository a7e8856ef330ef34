#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include "app/cli/Cli.h"

namespace {

// Painting a PDF needs Qt Gui (fonts); every other command runs without it.
bool paintsPdf(int argc, char* argv[])
{
    bool report = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        report = report || qstrcmp(argv[i], "report") == 0;
        pdf = pdf || qstrcmp(argv[i], "pdf") == 0 || qstrcmp(argv[i], "--format=pdf") == 0;
    }
    return report && pdf;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (paintsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("percorsi-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERCORSI_VERSION));
    return percorsi::cli::run(QCoreApplication::arguments());
}
