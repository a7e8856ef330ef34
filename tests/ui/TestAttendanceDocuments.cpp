#include <catch2/catch.hpp>

#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QAction>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTemporaryDir>

#include "core/storage/AttendanceStore.h"
#include "core/storage/PathStore.h"
#include "core/storage/RecordStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/Language.h"
#include "ui/print/AttendanceDocuments.h"
#include "ui/print/SheetData.h"

using namespace percorsi;
using Kind = AttendanceDocuments::Kind;

namespace {

// Italiano A2: 12 people, 8 sessions from 3 March, a project with its funder;
// most people attend, two do not reach the 75% threshold.
qint64 course(Database& db)
{
    RecordStore store(db);
    Record project(Entity::Project);
    project.with(u"name", QStringLiteral("Women4Integration"))
        .with(u"funder", QStringLiteral("AMIF — Asylum, Migration and Integration Fund"))
        .with(u"start_date", QStringLiteral("2025-01-01"))
        .with(u"end_date", QStringLiteral("2026-12-31"));
    const qint64 projectId = test::add(db, project);
    const qint64 path = test::add(db, test::path(QStringLiteral("Italiano A2 · 2026-03"))
                                          .with(u"project_id", projectId)
                                          .with(u"place", QStringLiteral("Via Zamagna 3, Milano"))
                                          .with(u"attendance_threshold", 75)
                                          .with(u"other_trainers", QStringLiteral("Giulia Rossi")));
    PathStore paths(db);
    SessionPlanner::Recurrence r{{2}, QDate(2026, 3, 3), QDate(2026, 4, 21), QTime(9, 30), 150, {}};
    REQUIRE(paths.addSessions(path, r).ok());
    const char* names[] = {"Amina|Diallo", "Fatima Zahra|El Amrani", "Mona|Abdelrahman",
                           "Grace|Okafor", "Maria|Quispe",           "Thi Lan|Nguyen",
                           "Aisha|Rahman", "Oksana|Kovalenko",       "Hanan|Hassan",
                           "Rosa|Santos",  "Mariam|Tesfaye",         "Ayşe|Yılmaz"};
    std::vector<qint64> people;
    for (const char* n : names) {
        const QString name = QString::fromUtf8(n);
        people.push_back(test::addPerson(db, name.section(u'|', 0, 0), name.section(u'|', 1)));
    }
    REQUIRE(paths.enrolAll(path, people, QDate(2026, 3, 1)).ok());
    AttendanceStore attendance(db);
    auto sessions = paths.sessions(path);
    for (size_t s = 0; s < sessions->size(); ++s) {
        std::vector<AttendanceStore::Mark> marks;
        for (size_t p = 0; p < people.size(); ++p) {
            const bool away = (p == 3 && s % 2 == 0) || (p == 7 && s > 3) || (p + s) % 11 == 0;
            marks.push_back(
                {people[p], away ? QStringLiteral("absent") : QStringLiteral("present")});
        }
        REQUIRE(attendance.saveSession(sessions->at(s).id(), marks).ok());
    }
    return path;
}

QByteArray readAll(const QString& file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

int pages(const QByteArray& pdf)
{
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") +
               pdf.count("/Type /Page>>") + pdf.count("/Type /Page "));
}

void writeAll(Database& db, qint64 path, const QString& dir)
{
    auto data = SheetData::load(db, path);
    REQUIRE(data.ok());
    QString error;
    REQUIRE(AttendanceDocuments::writePdf(dir + QStringLiteral("/sign-in-sheet.pdf"), *data,
                                          Kind::SignInSheet, 0, QDate(2026, 6, 15), &error));
    REQUIRE(AttendanceDocuments::writePdf(dir + QStringLiteral("/summary-register.pdf"), *data,
                                          Kind::SummaryRegister, 0, QDate(2026, 6, 15), &error));
    REQUIRE(AttendanceDocuments::writePdf(dir + QStringLiteral("/certificates.pdf"), *data,
                                          Kind::Certificates, 0, QDate(2026, 6, 15), &error));
}

} // namespace

TEST_CASE("Sign-in sheet, summary register and certificates are written as A4 PDFs")
{
    test::TestDatabase tdb;
    const qint64 path = course(tdb.db());
    auto data = SheetData::load(tdb.db(), path);
    REQUIRE(data.ok());
    CHECK(data->people.size() == 12);
    CHECK(data->sessions.size() == 8);
    CHECK(data->funder.startsWith(QStringLiteral("AMIF")));
    // Grace (every other session) and Oksana (away from the fifth) stay under 75%.
    CHECK(data->certified().size() == 10);

    QTemporaryDir dir;
    writeAll(tdb.db(), path, dir.path());
    const QByteArray sheet = readAll(dir.filePath(QStringLiteral("sign-in-sheet.pdf")));
    CHECK(sheet.startsWith("%PDF-"));
    CHECK(sheet.contains("/MediaBox [0 0 595"));
    CHECK(pages(sheet) == 1);
    CHECK(pages(readAll(dir.filePath(QStringLiteral("certificates.pdf")))) == 10);
    CHECK(pages(readAll(dir.filePath(QStringLiteral("summary-register.pdf")))) == 1);

    SECTION("no certificate below the threshold")
    {
        data.value().threshold = 101;
        QString error;
        CHECK_FALSE(AttendanceDocuments::writePdf(dir.filePath(QStringLiteral("none.pdf")), *data,
                                                  Kind::Certificates, 0, QDate(2026, 6, 15),
                                                  &error));
        CHECK(error.contains(QStringLiteral("threshold")));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
    }
}

// Writes the documents of the example course into $PERCORSI_PDF_DIR, for docs/pdf.
TEST_CASE("Example attendance documents for the documentation", "[.pdfdocs]")
{
    const QString out = qEnvironmentVariable("PERCORSI_PDF_DIR");
    REQUIRE_FALSE(out.isEmpty());
    test::TestDatabase tdb;
    const qint64 path = course(tdb.db());
    writeAll(tdb.db(), path, out);
    // In Arabic (right to left, Arabic dates and numbers, mirrored columns) and Italian.
    for (const char* code : {"ar", "it"}) {
        Language::useForSession(QLatin1String(code));
        auto data = SheetData::load(tdb.db(), path);
        const QString suffix = QLatin1Char('-') + QLatin1String(code) + QStringLiteral(".pdf");
        CHECK(AttendanceDocuments::writePdf(out + QStringLiteral("/sign-in-sheet") + suffix, *data,
                                            Kind::SignInSheet, 0, QDate(2026, 6, 15)));
        CHECK(AttendanceDocuments::writePdf(out + QStringLiteral("/certificates") + suffix, *data,
                                            Kind::Certificates, 0, QDate(2026, 6, 15)));
    }
    Language::useForSession(QStringLiteral("en"));
}

TEST_CASE("Long registers continue on further pages")
{
    SheetData data;
    data.path = QStringLiteral("Italiano A1");
    for (int s = 0; s < 33; ++s)
        data.sessions.push_back({s + 1,
                                 QDate(2026, 3, 3).addDays(s),
                                 QStringLiteral("09:30"),
                                 QStringLiteral("12:00"),
                                 {},
                                 {},
                                 2.5});
    for (int p = 0; p < 40; ++p)
        data.people.push_back({p + 1,
                               QStringLiteral("Person %1").arg(p),
                               {},
                               {},
                               {},
                               std::vector<QString>(33, QStringLiteral("P")),
                               82.5,
                               1.0});
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
    const QString summary = dir.filePath(QStringLiteral("summary.pdf"));
    REQUIRE(AttendanceDocuments::writePdf(sheet, data, Kind::SignInSheet, 0, QDate(2026, 6, 15)));
    REQUIRE(
        AttendanceDocuments::writePdf(summary, data, Kind::SummaryRegister, 0, QDate(2026, 6, 15)));
    CHECK(pages(readAll(sheet)) == 2);   // 40 rows to sign, about 20 a page
    CHECK(pages(readAll(summary)) == 6); // 3 groups of sessions × 2 groups of people
}

TEST_CASE("The print preview saves the certificates as a PDF from its toolbar")
{
    test::TestDatabase tdb;
    const qint64 path = course(tdb.db());
    auto data = SheetData::load(tdb.db(), path);
    REQUIRE(data.ok());
    QTemporaryDir dir;
    QString suggested;
    const auto previous = AttendanceDocuments::chooseFile;
    AttendanceDocuments::chooseFile = [&](QWidget*, const QString& name) {
        suggested = name;
        return dir.filePath(QStringLiteral("chosen.pdf"));
    };
    QPrinter printer(QPrinter::HighResolution);
    auto dialog = AttendanceDocuments::createPreview(printer, nullptr, *data, Kind::Certificates, 0,
                                                     QDate(2026, 6, 15));
    auto* save = dialog->findChild<QAction*>(QStringLiteral("saveAsPdf"));
    REQUIRE(save);
    save->trigger();
    AttendanceDocuments::chooseFile = previous;
    CHECK(suggested == QStringLiteral("Certificates of attendance — Italiano A2 · 2026-03.pdf"));
    const QByteArray pdf = readAll(dir.filePath(QStringLiteral("chosen.pdf")));
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pages(pdf) == 10);
}
