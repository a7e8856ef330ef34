#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include "ui/Language.h"

// Offscreen before the QApplication exists, so that the tests and Catch2's
// test discovery run without a display; settings go to a temporary folder, and
// the interface speaks English whatever the machine's language.
int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PercorsiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_tests"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    percorsi::Language::useForSession(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
