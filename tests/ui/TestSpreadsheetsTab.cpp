#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include "core/storage/RecordStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/UiTest.h"
#include "ui/sync/SpreadsheetsTab.h"

using namespace percorsi;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The Spreadsheets tab writes a path's register as CSV in the user's dialect, and XLSX")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    const qint64 amina = test::addPerson(t.db());
    const qint64 path = test::add(t.db(), test::path(QStringLiteral("Italiano A2")));
    const qint64 session = test::add(t.db(), test::session(path, QStringLiteral("2026-03-05")));
    test::add(t.db(), test::enrolment(path, amina));
    test::add(t.db(), test::attendance(session, amina));
    RecordStore store(t.db());
    SpreadsheetsTab tab(store);
    REQUIRE(uitest::showActive(tab));
    tab.listBox()->setCurrentIndex(tab.listBox()->findData(SpreadsheetsTab::Register));
    CHECK(tab.pathBox()->isEnabled());
    REQUIRE(tab.pathBox()->currentText() == QStringLiteral("Italiano A2"));

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    tab.formatBox()->setCurrentIndex(tab.formatBox()->findData(QStringLiteral("csv")));
    const QString csv = dir.filePath(QStringLiteral("register.csv"));
    const bool written = tab.exportTo(csv);
    QLocale::setDefault(before);
    REQUIRE(written);
    CHECK(tab.message() == QStringLiteral("Wrote 1 row(s) to register.csv."));
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "Case number;Name;2026-03-05"));
    CHECK(bytes.contains(";Amina Diallo;Present\r\n"));

    tab.formatBox()->setCurrentIndex(tab.formatBox()->findData(QStringLiteral("xlsx")));
    const QString xlsx = dir.filePath(QStringLiteral("register.xlsx"));
    REQUIRE(tab.exportTo(xlsx));
    CHECK(readAll(xlsx).startsWith("PK"));
}
