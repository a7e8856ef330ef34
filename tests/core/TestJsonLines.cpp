#include <catch2/catch.hpp>

#include <QBuffer>

#include "core/sync/JsonLinesFormat.h"

using namespace percorsi;

namespace {

struct Read
{
    std::vector<QStringList> rows;
    QString error;
    qint64 line = 0;
};

Read readAll(QByteArray text, const QStringList& columns = {QStringLiteral("a"), QStringLiteral("b")})
{
    QBuffer in(&text);
    in.open(QIODevice::ReadOnly);
    JsonLinesReader reader(&in);
    REQUIRE(reader.begin(columns));
    Read r;
    QStringList values;
    for (;;) {
        const auto next = reader.next(&values);
        if (next == TableReader::Next::End)
            break;
        if (next == TableReader::Next::Error) {
            r.error = reader.errorString();
            break;
        }
        r.rows.push_back(values);
    }
    r.line = reader.line();
    return r;
}

} // namespace

TEST_CASE("JSON Lines: values of any length and script are read as written", "[sync][jsonl]")
{
    const QString longText = QString(20000, QChar(u'x')) + QStringLiteral("…end");
    QByteArray text = "{\"a\":\"Amina\",\"b\":null}\n";
    text += "\r\n\n"; // blank lines are skipped
    text += "{\"a\":\"" + longText.toUtf8() + "\",\"b\":12}\r\n";
    text += "{\"b\":\"\\u00e9t\\u00e9 \\\"quoted\\\"\",\"a\":\"مريم 玛丽\"}\n";
    text += "{\"a\":-7,\"b\":2.5}\n";
    const Read r = readAll(text);
    REQUIRE(r.error.isEmpty());
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows[0] == QStringList{QStringLiteral("Amina"), QString()});
    CHECK(r.rows[0][1].isNull());
    CHECK(r.rows[1] == QStringList{longText, QStringLiteral("12")});
    CHECK(r.rows[2] == QStringList{QStringLiteral("مريم 玛丽"), QStringLiteral("été \"quoted\"")});
    CHECK(r.rows[3] == QStringList{QStringLiteral("-7"), QStringLiteral("2.5")});
    CHECK(r.line == 6);
}

TEST_CASE("JSON Lines: a bad line is refused with what is wrong and where", "[sync][jsonl]")
{
    const QByteArray good = "{\"a\":\"x\",\"b\":\"y\"}\n";
    SECTION("invalid UTF-8, named by its byte")
    {
        const Read r = readAll(good + "{\"a\":\"Am\xff\xfena\",\"b\":null}\n");
        CHECK(r.rows.size() == 1);
        CHECK(r.line == 2);
        CHECK(r.error.startsWith(QStringLiteral("not valid JSON (Invalid encoding in string. at byte")));
    }
    SECTION("a surrogate encoded as UTF-8, a zero byte after the object or inside a string")
    {
        QByteArray after = good, inside = good;
        after.insert(after.size() - 1, QByteArray("\0{\"a\":1}", 8));
        inside.replace("\"x\"", QByteArray("\"x\0z\"", 5));
        for (const QByteArray& line : {QByteArray("{\"a\":\"\xed\xa0\x80\",\"b\":null}\n"), after, inside}) {
            const Read r = readAll(line);
            CHECK(r.rows.empty());
            CHECK(r.error.startsWith(QStringLiteral("not valid JSON")));
        }
    }
    SECTION("a last line cut short")
    {
        const Read r = readAll(good + "{\"a\":\"x\",\"b\":");
        CHECK(r.rows.size() == 1);
        CHECK(r.line == 2);
        CHECK(r.error.contains(QStringLiteral("the file is truncated")));
    }
    SECTION("a long line cut short")
    {
        const Read r = readAll(good + "{\"a\":\"" + QByteArray(10000, 'x'));
        CHECK(r.rows.size() == 1);
        CHECK(r.error.contains(QStringLiteral("the file is truncated")));
    }
    SECTION("a member missing")
    {
        const Read r = readAll("{\"a\":\"x\",\"c\":\"y\"}\n");
        CHECK(r.error.contains(QStringLiteral("the member \"b\" is missing")));
    }
}
