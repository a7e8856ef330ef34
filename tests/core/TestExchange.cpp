#include <catch2/catch.hpp>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>

#include "core/exchange/CsvDialect.h"
#include "core/exchange/ListExporter.h"
#include "core/exchange/ListSheets.h"
#include "core/exchange/PeopleColumns.h"
#include "core/exchange/PeopleImport.h"
#include "core/exchange/XlsxWriter.h"
#include "core/storage/RecordStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;
using test::TestDatabase;

namespace {

QByteArray csv(const Sheet& sheet, const CsvDialect& dialect)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(ListExporter::writeCsv(&out, sheet, dialect).ok());
    return out.data();
}

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

qint64 people(Database& db)
{
    return *RecordStore(db).count(schema::def(Entity::Person));
}

} // namespace

TEST_CASE("CSV follows the dialect of the user's spreadsheet", "[exchange]")
{
    for (auto lang : {QLocale::Italian, QLocale::Spanish, QLocale::Catalan, QLocale::Dutch,
                      QLocale::Swedish, QLocale::French}) {
        const CsvDialect d = CsvDialect::forLocale(QLocale(lang));
        CHECK(d.separator == QLatin1Char(';'));
        CHECK(d.bom);
    }
    const CsvDialect en = CsvDialect::forLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(en.separator == QLatin1Char(','));
    CHECK(!en.bom);

    const Sheet sheet{s("People"), {s("Name"), s("Note")}, {{s("Aïcha"), s("a; b, \"c\"")}}};
    const QByteArray it = csv(sheet, CsvDialect::forLocale(QLocale(QLocale::Italian)));
    CHECK(it.startsWith("\xEF\xBB\xBFName;Note\r\n"));
    CHECK(it.endsWith(s("Aïcha;\"a; b, \"\"c\"\"\"\r\n").toUtf8()));
    const QByteArray en2 = csv(sheet, en);
    CHECK(en2.startsWith("Name,Note\r\n"));
    CHECK(en2.endsWith(s("Aïcha,\"a; b, \"\"c\"\"\"\r\n").toUtf8()));
}

TEST_CASE("Cells that a spreadsheet would run as formulas are neutralised", "[exchange]")
{
    for (const char* risky : {"=1+1", "+39 333", "-2", "@SUM(A1)", "\tx", "\rx"})
        CHECK(CsvDialect::neutralise(s(risky)) == QLatin1Char('\'') + s(risky));
    CHECK(CsvDialect::neutralise(s("Amina")) == s("Amina"));
    CHECK(CsvDialect::neutralise(QString()).isEmpty());
    const Sheet sheet{s("x"), {s("a")}, {{s("=HYPERLINK(\"http://evil\")")}}};
    CHECK(csv(sheet, {}).contains("'=HYPERLINK"));
}

TEST_CASE("An XLSX list is a workbook with the values in its sheet", "[exchange]")
{
    TestDatabase t;
    test::addPerson(t.db(), s("Fatoumata"), s("Traoré"));
    auto sheet = ListSheets(t.db()).people();
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 1);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(ListExporter::writeXlsx(&out, *sheet).ok());
    out.close();
    CHECK(out.data().startsWith("PK"));
    QuaZip zip(&out);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                             "xl/_rels/workbook.xml.rels", "xl/styles.xml"})
        CHECK(zip.setCurrentFile(s(part)));
    REQUIRE(zip.setCurrentFile(s("xl/worksheets/sheet1.xml")));
    QuaZipFile entry(&zip);
    REQUIRE(entry.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(entry.readAll());
    CHECK(xml.contains(s("<c r=\"A1\" t=\"inlineStr\" s=\"1\">"
                         "<is><t xml:space=\"preserve\">case number</t>")));
    CHECK(xml.contains(s("<t xml:space=\"preserve\">Traoré</t>")));
    CHECK(XlsxWriter::columnName(0) == s("A"));
    CHECK(XlsxWriter::columnName(25) == s("Z"));
    CHECK(XlsxWriter::columnName(26) == s("AA"));
    CHECK(XlsxWriter::columnName(27) == s("AB"));
}

TEST_CASE("Headers in several languages map to person fields", "[exchange]")
{
    CHECK(PeopleColumns::guess(s("Nome")) == s("given_name"));
    CHECK(PeopleColumns::guess(s("Cognome")) == s("family_name"));
    CHECK(PeopleColumns::guess(s("Data di nascita")) == s("birth_date"));
    CHECK(PeopleColumns::guess(s("Nombre")) == s("given_name"));
    CHECK(PeopleColumns::guess(s("Apellidos")) == s("family_name"));
    CHECK(PeopleColumns::guess(s("Teléfono")) == s("phone"));
    CHECK(PeopleColumns::guess(s("Prénom")) == s("given_name"));
    CHECK(PeopleColumns::guess(s("Achternaam")) == s("family_name"));
    CHECK(PeopleColumns::guess(s("Födelsedatum")) == s("birth_date"));
    CHECK(PeopleColumns::guess(s("Last name")) == s("family_name"));
    CHECK(PeopleColumns::guess(s("Colore preferito")).isEmpty());
}

TEST_CASE("People come in from a Windows-1252 CSV with semicolons and dd/mm/yyyy dates",
          "[exchange]")
{
    TestDatabase t;
    const QByteArray file = "Nome;Cognome;Sesso;Data di nascita;Telefono;Colore\r\n"
                            "A\xEF"
                            "cha;Benali;F;12/04/1990;+39 333 1234567;blu\r\n"
                            "Ren\xE9"
                            "e;Okafor;donna;1985-01-31;;verde\r\n";
    PeopleImport import(t.db());
    REQUIRE(import.load(file).ok());
    CHECK(import.encoding() == s("Windows-1252"));
    CHECK(import.separator() == QLatin1Char(';'));
    CHECK(import.mapping() == QStringList{s("given_name"), s("family_name"), s("gender"),
                                          s("birth_date"), s("phone"), QString()});
    const auto& rows = import.preview();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].ok());
    CHECK(rows[0].person.text("given_name") == s("Aïcha"));
    CHECK(rows[0].person.text("birth_date") == s("1990-04-12"));
    CHECK(people(t.db()) == 0); // a preview writes nothing
    auto done = import.apply();
    REQUIRE(done.ok());
    CHECK(*done == 2);
    CHECK(people(t.db()) == 2);
}

TEST_CASE("One bad row refuses the whole people import", "[exchange]")
{
    TestDatabase t;
    test::addPerson(t.db(), s("Amina"), s("Diallo"));
    const QByteArray file = "First name,Last name,Gender,Date of birth\n"
                            "Amina,Diallo,F,1990-04-12\n"
                            "Sara,Haile,F,31/02/1990\n"
                            "Mariam,Kone,F,01/01/1992\n";
    PeopleImport import(t.db());
    REQUIRE(import.load(file).ok());
    CHECK(import.separator() == QLatin1Char(','));
    CHECK(import.encoding() == s("UTF-8"));
    const auto& rows = import.preview();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].ok());
    CHECK(!rows[0].duplicates.empty()); // Amina Diallo is already here
    CHECK(!rows[1].ok());
    CHECK(rows[1].line == 3);
    CHECK(rows[1].problems.first().field == s("birth_date"));
    CHECK(import.problemCount() == 1);
    auto done = import.apply();
    REQUIRE(!done.ok());
    CHECK(done.error().message().contains(s("Line 3")));
    CHECK(people(t.db()) == 1);
}
