#include <catch2/catch.hpp>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/storage/Connection.h"
#include "core/storage/Database.h"
#include "core/storage/DeskStore.h"
#include "core/storage/Statement.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "core/sync/Digest.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

using namespace percorsi;

namespace {

using Entries = std::vector<std::pair<QString, QByteArray>>;

Entries unzip(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    Entries out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        REQUIRE(f.open(QIODevice::ReadOnly));
        out.emplace_back(zip.getCurrentFileName(), f.readAll());
    }
    return out;
}

QByteArray rezip(const Entries& entries, const QString& symlink = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (const auto& [name, data] : entries) {
        QuaZipNewInfo info(name);
        if (name == symlink)
            info.externalAttr = quint32(0120777) << 16;
        QuaZipFile f(&zip);
        REQUIRE(f.open(QIODevice::WriteOnly, info));
        f.write(data);
        f.close();
    }
    zip.close();
    return bytes;
}

QByteArray& entry(Entries& entries, const QString& name)
{
    for (auto& [n, data] : entries)
        if (n == name)
            return data;
    FAIL("no entry " << name.toStdString());
    static QByteArray none;
    return none;
}

// Brings manifest.json's checksums (and, optionally, row counts) in line with
// the entries, so that a test reaches the fault it plants inside a file.
void fixManifest(Entries& entries)
{
    QByteArray& manifest = entry(entries, QStringLiteral("manifest.json"));
    QJsonObject m = QJsonDocument::fromJson(manifest).object();
    QJsonArray files;
    for (const QJsonValue& v : m.value(QStringLiteral("files")).toArray()) {
        QJsonObject f = v.toObject();
        const QByteArray& data = entry(entries, f.value(QStringLiteral("name")).toString());
        f[QStringLiteral("sha256")] = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        files.append(f);
    }
    m[QStringLiteral("files")] = files;
    manifest = QJsonDocument(m).toJson();
}

struct Fixture
{
    Fixture()
    {
        REQUIRE(DeskStore(source.db()).createLocal(QStringLiteral("Raval"), QStringLiteral("Barcelona")).ok());
        const qint64 amina = test::addPerson(source.db());
        const qint64 path = test::add(source.db(), test::path());
        const qint64 session = test::add(source.db(), test::session(path));
        test::add(source.db(), test::enrolment(path, amina));
        test::add(source.db(), test::attendance(session, amina).with("hours", 2));
        before = *Digest::compute(target.db());
    }
    QByteArray bundle(const QString& format = QStringLiteral("json"))
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        BundleExporter::Options o;
        o.format = format;
        REQUIRE(BundleExporter(source.db()).write(&out, o).ok());
        return out.data();
    }
    void refused(QByteArray bytes, const QString& words)
    {
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        auto r = BundleImporter(target.db()).read(&in, {});
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message().toStdString());
        CHECK(r.error().kind() == Error::Kind::Invalid);
        CHECK(r.error().message().contains(words));
        CHECK(*Digest::compute(target.db()) == before);
    }
    test::TestDatabase source{false};
    test::TestDatabase target;
    QString before;
};

QByteArray replaceLine(const QByteArray& data, int line, const QByteArray& with)
{
    QList<QByteArray> lines = data.split('\n');
    lines[line] = with;
    return lines.join('\n');
}

} // namespace

TEST_CASE("bundles with a damaged or misleading container are refused", "[sync][refuse]")
{
    Fixture f;
    const Entries good = unzip(f.bundle());

    SECTION("a file changed after the manifest was written")
    {
        Entries e = good;
        entry(e, QStringLiteral("person.jsonl")).replace("Amina", "Amira");
        f.refused(rezip(e), QStringLiteral("checksum of person.jsonl does not match"));
    }
    SECTION("no manifest")
    {
        Entries e;
        for (const auto& p : good)
            if (p.first != QLatin1String("manifest.json"))
                e.push_back(p);
        f.refused(rezip(e), QStringLiteral("manifest.json is missing"));
    }
    SECTION("a file the manifest lists is missing")
    {
        Entries e;
        for (const auto& p : good)
            if (p.first != QLatin1String("session.jsonl"))
                e.push_back(p);
        f.refused(rezip(e), QStringLiteral("session.jsonl, which is missing"));
    }
    SECTION("a newer format version")
    {
        Entries e = good;
        QJsonObject m = QJsonDocument::fromJson(entry(e, QStringLiteral("manifest.json"))).object();
        m[QStringLiteral("version")] = 2;
        entry(e, QStringLiteral("manifest.json")) = QJsonDocument(m).toJson();
        f.refused(rezip(e), QStringLiteral("format version 2, newer than this Percorsi reads"));
    }
    SECTION("an entry with a path that climbs out")
    {
        Entries e = good;
        e.emplace_back(QStringLiteral("../evil.jsonl"), QByteArray("{}\n"));
        f.refused(rezip(e), QStringLiteral("has a path"));
    }
    SECTION("an absolute path or a backslash")
    {
        Entries e = good;
        e.emplace_back(QStringLiteral("/etc/passwd"), QByteArray("x"));
        f.refused(rezip(e), QStringLiteral("has a path"));
        Entries b = good;
        b.emplace_back(QStringLiteral("a\\b.jsonl"), QByteArray("x"));
        f.refused(rezip(b), QStringLiteral("has a path"));
    }
    SECTION("the same entry twice")
    {
        Entries e = good;
        e.emplace_back(QStringLiteral("person.jsonl"), entry(e, QStringLiteral("person.jsonl")));
        f.refused(rezip(e), QStringLiteral("appears twice"));
    }
    SECTION("a symbolic link")
    {
        f.refused(rezip(good, QStringLiteral("event.jsonl")), QStringLiteral("symbolic link"));
    }
    SECTION("a zip bomb")
    {
        Entries e = good;
        entry(e, QStringLiteral("event.jsonl")) = QByteArray(64 << 20, ' ');
        f.refused(rezip(e), QStringLiteral("zip bomb"));
    }
    SECTION("a file the manifest does not list")
    {
        Entries e = good;
        e.emplace_back(QStringLiteral("extra.jsonl"), QByteArray("{}\n"));
        f.refused(rezip(e), QStringLiteral("does not list"));
    }
}

TEST_CASE("bundles with malformed or invalid rows are refused, naming file and line", "[sync][refuse]")
{
    Fixture f;
    const Entries good = unzip(f.bundle());
    auto withPersonLine = [&](const QByteArray& line) {
        Entries e = good;
        QByteArray& people = entry(e, QStringLiteral("person.jsonl"));
        people = replaceLine(people, 0, line);
        fixManifest(e);
        return rezip(e);
    };
    const QByteArray person = good.size() ? entry(const_cast<Entries&>(good), QStringLiteral("person.jsonl")).split('\n').first() : QByteArray();

    SECTION("bad JSON")
    {
        f.refused(withPersonLine("{\"uuid\": "), QStringLiteral("person.jsonl line 1: not valid JSON"));
    }
    SECTION("invalid UTF-8")
    {
        QByteArray bad = person;
        bad.replace("Amina", "Am\xff\xfena");
        f.refused(withPersonLine(bad), QStringLiteral("person.jsonl line 1: not valid JSON"));
    }
    SECTION("a wrong type")
    {
        QByteArray bad = person;
        bad.replace("\"household_size\":null", "\"household_size\":\"many\"");
        REQUIRE(bad != person);
        f.refused(withPersonLine(bad), QStringLiteral("not a whole number"));
    }
    SECTION("an impossible date")
    {
        QByteArray bad = person;
        bad.replace("\"birth_date\":\"1990-04-12\"", "\"birth_date\":\"1990-02-30\"");
        REQUIRE(bad != person);
        f.refused(withPersonLine(bad), QStringLiteral("person.jsonl line 1"));
    }
    SECTION("a missing member")
    {
        QByteArray bad = person;
        bad.replace(",\"notes\":null", "");
        REQUIRE(bad != person);
        f.refused(withPersonLine(bad), QStringLiteral("members"));
    }
    SECTION("a dangling reference")
    {
        Entries e = good;
        QByteArray& attendance = entry(e, QStringLiteral("attendance.jsonl"));
        const QByteArray line = attendance.split('\n').first();
        const qsizetype at = line.indexOf("\"session_id\":\"") + 14;
        QByteArray bad = line;
        bad.replace(at, 36, "00000000-0000-4000-8000-000000000000");
        attendance = replaceLine(attendance, 0, bad);
        fixManifest(e);
        f.refused(rezip(e), QStringLiteral("neither in the bundle nor in this database"));
    }
    SECTION("more rows than the manifest says")
    {
        Entries e = good;
        QByteArray& people = entry(e, QStringLiteral("person.jsonl"));
        people += people;
        fixManifest(e);
        f.refused(rezip(e), QStringLiteral("more rows than manifest.json says"));
    }
}

TEST_CASE("CSV bundles with broken quoting or cell counts are refused", "[sync][refuse]")
{
    Fixture f;
    const Entries good = unzip(f.bundle(QStringLiteral("csv")));
    auto withPeople = [&](const QByteArray& text) {
        Entries e = good;
        entry(e, QStringLiteral("person.csv")) = text;
        fixManifest(e);
        return rezip(e);
    };
    const QList<QByteArray> lines = entry(const_cast<Entries&>(good), QStringLiteral("person.csv")).split('\n');
    const QByteArray header = lines.first() + '\n';
    f.refused(withPeople(header + "\"unbalanced,quote\r\n"), QStringLiteral("quoted cell is not closed"));
    f.refused(withPeople(header + "a,b,c\r\n"), QStringLiteral("3 cells; the header has"));
    f.refused(withPeople("uuid,desk\r\n"), QStringLiteral("the header is"));
}

TEST_CASE("a bad mark among marks inserted many to a statement is the one named", "[sync][refuse]")
{
    // 150 marks: inserted 64 to a statement, then 16, 4 and one at a time.
    Fixture f;
    const qint64 path = test::add(f.source.db(), test::path());
    const qint64 session = test::add(f.source.db(), test::session(path));
    for (int i = 0; i < 149; ++i) {
        const qint64 person = test::addPerson(f.source.db(), QStringLiteral("P%1").arg(i));
        test::add(f.source.db(), test::enrolment(path, person));
        test::add(f.source.db(), test::attendance(session, person));
    }
    const Entries good = unzip(f.bundle());
    const QList<QByteArray> marks =
        entry(const_cast<Entries&>(good), QStringLiteral("attendance.jsonl")).split('\n');
    REQUIRE(marks.size() >= 150);
    auto personOf = [](const QByteArray& line) {
        const qsizetype at = line.indexOf("\"person_id\":\"") + 13;
        return line.mid(at, 36);
    };
    // Line `line` marks again the person of line `as` in the same session:
    // only the database's unique index finds it, when the marks are inserted.
    auto twice = [&](Entries& e, int line, int as) {
        QByteArray& attendance = entry(e, QStringLiteral("attendance.jsonl"));
        QByteArray bad = marks[line - 1];
        REQUIRE(marks[as - 1].contains(QByteArray("\"session_id\":\"")
                                       + marks[line - 1].mid(marks[line - 1].indexOf("\"session_id\":\"") + 14, 36)));
        bad.replace(personOf(bad), personOf(marks[as - 1]));
        attendance = replaceLine(attendance, line - 1, bad);
    };
    for (int line : {3, 100, 140, 150}) {
        DYNAMIC_SECTION("a mark given twice, on line " << line)
        {
            Entries e = good;
            twice(e, line, 2);
            fixManifest(e);
            f.refused(rezip(e), QStringLiteral("attendance.jsonl line %1: ").arg(line));
        }
    }
    SECTION("a mark given twice before a mark the rules refuse: the first is named")
    {
        Entries e = good;
        twice(e, 70, 2);
        QByteArray& attendance = entry(e, QStringLiteral("attendance.jsonl"));
        QByteArray longer = marks[74];
        REQUIRE(longer.contains("\"hours\":null"));
        longer.replace("\"hours\":null", "\"hours\":99");
        attendance = replaceLine(attendance, 74, longer);
        fixManifest(e);
        f.refused(rezip(e), QStringLiteral("attendance.jsonl line 70: "));
    }
    SECTION("the marks themselves are all inserted, with their values")
    {
        QByteArray bytes = f.bundle();
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        auto r = BundleImporter(f.target.db()).read(&in, {});
        REQUIRE(r.ok());
        auto marksOf = [](Database& db) {
            QStringList rows;
            Statement st = db.connection().prepare(
                "SELECT a.uuid, a.status, a.hours, a.hlc, s.uuid, p.uuid FROM attendance a "
                "JOIN session s ON s.id = a.session_id JOIN person p ON p.id = a.person_id "
                "ORDER BY a.uuid");
            while (st.next()) {
                QStringList cells;
                for (int c = 0; c < 6; ++c)
                    cells << st.text(c);
                rows << cells.join(u'|');
            }
            return rows;
        };
        const QStringList marks = marksOf(f.source.db());
        CHECK(marks.size() == 150);
        CHECK(marksOf(f.target.db()) == marks);
    }
}
