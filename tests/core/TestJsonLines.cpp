#include <catch2/catch.hpp>

#include <QBuffer>

#include "core/sync/CsvFormat.h"
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

namespace {

// Rows written by `writer` to a buffer, and the bytes of it.
template<typename Writer>
QByteArray written(const std::vector<QStringList>& rows, const std::vector<bool>& numeric)
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    Writer writer(&out);
    writer.begin({QStringLiteral("a"), QStringLiteral("b")}, numeric);
    for (const QStringList& row : rows)
        writer.write(row);
    CHECK(writer.finish());
    return bytes;
}

} // namespace

TEST_CASE("JSON Lines and CSV writers: each byte that needs it escaped or quoted", "[sync][jsonl]")
{
    const QString control = QString::fromLatin1("a\x01" "b\x1f" "\tc\r\nd\\e\"f");
    SECTION("JSON Lines: every control character as JSON writes it, and read back")
    {
        const QByteArray text = written<JsonLinesWriter>(
            {{control, QString()}, {QStringLiteral("مريم"), QStringLiteral("")}, {QStringLiteral("7"), QStringLiteral("2.5")}},
            {false, false});
        CHECK(text == "{\"a\":\"a\\u0001b\\u001f\\tc\\r\\nd\\\\e\\\"f\",\"b\":null}\n"
                      "{\"a\":\"" + QStringLiteral("مريم").toUtf8() + "\",\"b\":\"\"}\n"
                      "{\"a\":\"7\",\"b\":\"2.5\"}\n");
        const Read r = readAll(text);
        REQUIRE(r.rows.size() == 3);
        CHECK(r.rows[0] == QStringList{control, QString()});
        CHECK(r.rows[0][1].isNull());
        CHECK(r.rows[1][1].isEmpty());
        CHECK(!r.rows[1][1].isNull());
    }
    SECTION("JSON Lines: numeric columns bare")
    {
        CHECK(written<JsonLinesWriter>({{QStringLiteral("x"), QStringLiteral("-12.5")}}, {false, true})
              == "{\"a\":\"x\",\"b\":-12.5}\n");
    }
    SECTION("CSV: cells with the separator, a quote or a line end quoted")
    {
        CHECK(written<CsvWriter>({{control, QString()}, {QStringLiteral("x,y"), QStringLiteral("plain")}}, {false, false})
              == "a,b\r\n\"a\x01" "b\x1f" "\tc\r\nd\\e\"\"f\",\r\n\"x,y\",plain\r\n");
    }
    SECTION("CSV: a quote, separator or line end found at any place of a long cell")
    {
        CHECK(written<CsvWriter>({{QStringLiteral("twenty plain letters"), QStringLiteral("b")}}, {false, false})
              == "a,b\r\ntwenty plain letters,b\r\n");
        for (const QChar special : {u',', u'"', u'\n', u'\r'}) {
            for (int at = 0; at < 20; ++at) {
                QString cell = QStringLiteral("twenty plain letters");
                cell[at] = special;
                QString quoted = cell;
                quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
                CHECK(written<CsvWriter>({{cell, QString()}}, {false, false})
                      == "a,b\r\n\"" + quoted.toUtf8() + "\",\r\n");
            }
        }
    }
    SECTION("rows past the writers' buffer all arrive, in order")
    {
        std::vector<QStringList> rows;
        for (int i = 0; i < 20000; ++i)
            rows.push_back({QString::number(i), QString(i % 50, QChar(u'é'))});
        const Read r = readAll(written<JsonLinesWriter>(rows, {false, false}));
        REQUIRE(r.rows.size() == rows.size());
        CHECK(r.rows.front() == rows.front());
        CHECK(r.rows[12345] == rows[12345]);
        CHECK(r.rows.back() == rows.back());
        const QByteArray csv = written<CsvWriter>(rows, {false, false});
        CHECK(csv.count("\r\n") == qsizetype(rows.size()) + 1);
        CHECK(csv.endsWith("19999," + QString(49, QChar(u'é')).toUtf8() + "\r\n"));
    }
}

TEST_CASE("JSON Lines: cells read into the memory of the line before keep every value apart", "[sync][jsonl]")
{
    // Each cell goes from null to empty, short, long, Arabic and numbers and
    // back, so the reader's reuse of memory meets every case; rows kept by
    // the caller must not change when the reader writes the next ones.
    const QStringList kinds{QString(), QStringLiteral(""), QStringLiteral("ab"),
                            QString(300, QChar(u'z')), QStringLiteral("مريم الحسن"),
                            QStringLiteral("01941f29-bc81-76e1-82db-214bb9feb9e2")};
    std::vector<QStringList> expected;
    QByteArray text;
    for (int row = 0; row < 1000; ++row) {
        const QString a = kinds[(row * 7) % kinds.size()];
        const QString b = kinds[(row * 3 + row / 5) % kinds.size()];
        expected.push_back({a, b});
        auto json = [](const QString& v) {
            return v.isNull() ? QByteArray("null") : "\"" + v.toUtf8() + "\"";
        };
        text += "{\"a\":" + json(a) + ",\"b\":" + json(b) + "}\n";
    }
    text += "{\"a\":12345678901,\"b\":2.5}\n";
    expected.push_back({QStringLiteral("12345678901"), QStringLiteral("2.5")});
    const Read r = readAll(text);
    REQUIRE(r.error.isEmpty());
    REQUIRE(r.rows.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        INFO(i);
        CHECK(r.rows[i] == expected[i]);
        CHECK(r.rows[i][0].isNull() == expected[i][0].isNull());
        CHECK(r.rows[i][1].isNull() == expected[i][1].isNull());
    }
}
