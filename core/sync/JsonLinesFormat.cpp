#include "core/sync/JsonLinesFormat.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <simdjson.h>

#include <QIODevice>

#include "core/util/RealText.h"

namespace percorsi {

namespace {

// The escape of each byte that JSON needs escaped, or 0.
constexpr std::array<char, 256> kEscapes = [] {
    std::array<char, 256> e{};
    for (int c = 0; c < 0x20; ++c)
        e[size_t(c)] = 'u';
    e['"'] = '"';
    e['\\'] = '\\';
    e['\n'] = 'n';
    e['\r'] = 'r';
    e['\t'] = 't';
    return e;
}();

// Writes `value` at `out` as a JSON string; returns the end. `out` has room
// for six times the value and the quotes (each byte as \u00XX at most).
char* appendEscaped(char* out, QByteArrayView value)
{
    *out++ = '"';
    const char* data = value.data();
    const qsizetype size = value.size();
    qsizetype plain = 0; // the start of the run of bytes that need no escape
    for (qsizetype i = 0; i < size; ++i) {
        const char escape = kEscapes[static_cast<unsigned char>(data[i])];
        if (!escape)
            continue;
        std::memcpy(out, data + plain, size_t(i - plain));
        out += i - plain;
        plain = i + 1;
        *out++ = '\\';
        if (escape == 'u') {
            static constexpr char kHex[] = "0123456789abcdef";
            const auto c = static_cast<unsigned char>(data[i]);
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = kHex[c >> 4];
            *out++ = kHex[c & 15];
        } else {
            *out++ = escape;
        }
    }
    if (size > plain)
        std::memcpy(out, data + plain, size_t(size - plain));
    out += size - plain;
    *out++ = '"';
    return out;
}

} // namespace

void JsonLinesWriter::begin(const QStringList& columns, const std::vector<bool>& numeric)
{
    m_keys.clear();
    for (const QString& c : columns) {
        const QByteArray name = c.toUtf8();
        QByteArray key(6 * name.size() + 3, Qt::Uninitialized);
        char* end = appendEscaped(key.data(), name);
        *end++ = ':';
        key.truncate(end - key.data());
        m_keys.push_back(key);
    }
    m_numeric = numeric;
}

void JsonLinesWriter::writeCells(const Cells& cells)
{
    qsizetype most = 3; // the braces and the line end
    for (size_t i = 0; i < m_keys.size(); ++i)
        most += m_keys[i].size() + 6 * cells.at(i).size() + 3; // all escaped, quoted, a comma
    char* out = room(most + 4 * qsizetype(m_keys.size())); // or null
    *out++ = '{';
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (i)
            *out++ = ',';
        std::memcpy(out, m_keys[i].constData(), size_t(m_keys[i].size()));
        out += m_keys[i].size();
        const QByteArrayView v = cells[i];
        if (!v.data()) {
            std::memcpy(out, "null", 4);
            out += 4;
        } else if (m_numeric[i]) {
            std::memcpy(out, v.data(), size_t(v.size()));
            out += v.size();
        } else {
            out = appendEscaped(out, v);
        }
    }
    *out++ = '}';
    *out++ = '\n';
    made(out);
}

bool JsonLinesReader::begin(const QStringList& expectedColumns)
{
    m_columns = expectedColumns;
    m_keys.clear();
    for (const QString& c : expectedColumns)
        m_keys.push_back(c.toUtf8());
    return true;
}

void JsonLinesReader::assign(QString& cell, const char* utf8, qsizetype size)
{
    if (cell.isNull() && !m_spare.empty()) {
        cell.swap(m_spare.back());
        m_spare.pop_back();
    }
    // UTF-16 takes no more units than UTF-8 bytes; resizing within the
    // capacity of a string not shared allocates nothing. Room for a uuid at
    // least, and to spare, so that a cell made for one line takes the next's.
    if (cell.capacity() < size || !cell.isDetached())
        cell.reserve(std::max<qsizetype>(size + size / 2, 48));
    cell.resize(size);
    const QChar* end = m_decoder.appendToBuffer(cell.data(), QByteArrayView(utf8, size));
    cell.truncate(end - cell.constData());
}

void JsonLinesReader::setNull(QString& cell)
{
    if (cell.isNull())
        return;
    if (m_spare.size() < 64 && cell.isDetached())
        m_spare.push_back(std::move(cell));
    cell = QString();
}

TableReader::Next JsonLinesReader::fail(const QString& message)
{
    m_error = message;
    return Next::Error;
}

// A line's values are parsed into a buffer of the reader's: a document of its
// own would allocate (and free) 64 KB for every line. The line itself is read
// into a buffer kept from line to line, and parsed there, in place.
struct JsonLinesReader::Pool
{
    char buffer[32 * 1024];
    rapidjson::MemoryPoolAllocator<> allocator{buffer, sizeof buffer};
    std::vector<char> line;
};

JsonLinesReader::JsonLinesReader(QIODevice* device) : m_device(device), m_pool(new Pool) {}

JsonLinesReader::~JsonLinesReader() = default;

bool JsonLinesReader::readLine(size_t* size)
{
    std::vector<char>& line = m_pool->line;
    *size = 0;
    for (;;) {
        if (line.size() < *size + 4096)
            line.resize(std::max(line.size() * 2, *size + 4096));
        const qint64 got = m_device->readLine(line.data() + *size, qint64(line.size() - *size));
        if (got <= 0)
            break;
        *size += size_t(got);
        if (line[*size - 1] == '\n' || m_device->atEnd())
            break;
    }
    return *size > 0 && line[*size - 1] == '\n';
}

TableReader::Next JsonLinesReader::next(QStringList* values)
{
    std::vector<char>& line = m_pool->line;
    size_t size = 0;
    do {
        if (m_device->atEnd())
            return Next::End;
        const bool whole = readLine(&size);
        ++m_line;
        if (!whole)
            return fail(QStringLiteral("the line is cut short (no line end): the file is truncated"));
        --size;
        if (size && line[size - 1] == '\r')
            --size;
    } while (size == 0);
    line[size] = '\0'; // where the line end was

    // JSON has no zero byte, raw, anywhere; the parser would take one for the end.
    if (const void* zero = std::memchr(line.data(), '\0', size))
        return fail(QStringLiteral("not valid JSON (a zero byte at byte %1)")
                        .arg(static_cast<const char*>(zero) - line.data() + 1));
    m_pool->allocator.Clear();
    rapidjson::Document doc(&m_pool->allocator);
    // The encoding is checked at once, many bytes at a time; were it wrong,
    // the parser that checks each character says where.
    if (!simdjson::validate_utf8(line.data(), size))
        doc.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), size);
    else
        doc.ParseInsitu(line.data());
    if (doc.HasParseError())
        return fail(QStringLiteral("not valid JSON (%1 at byte %2)")
                        .arg(QString::fromUtf8(rapidjson::GetParseError_En(doc.GetParseError())))
                        .arg(doc.GetErrorOffset() + 1));
    if (!doc.IsObject())
        return fail(QStringLiteral("a line must hold one JSON object"));
    if (qsizetype(doc.MemberCount()) != m_columns.size())
        return fail(QStringLiteral("the object has %1 members; %2 were expected (%3)")
                        .arg(doc.MemberCount())
                        .arg(m_columns.size())
                        .arg(m_columns.join(QStringLiteral(", "))));
    values->resize(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QByteArray& key = m_keys[size_t(i)];
        const auto name = rapidjson::StringRef(key.constData(), size_t(key.size()));
        // Writers put the members in the columns' order: look there first.
        auto it = doc.MemberBegin() + i;
        if (it->name != rapidjson::Value(name))
            it = doc.FindMember(name);
        if (it == doc.MemberEnd())
            return fail(QStringLiteral("the member \"%1\" is missing").arg(m_columns[i]));
        const rapidjson::Value& v = it->value;
        QString& cell = (*values)[i];
        if (v.IsNull()) {
            setNull(cell);
        } else if (v.IsString()) {
            assign(cell, v.GetString(), qsizetype(v.GetStringLength()));
        } else if (v.IsInt64()) {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, v.GetInt64()).ptr;
            assign(cell, digits, end - digits);
        } else if (v.IsDouble()) {
            char text[RealText::kRoom];
            if (const size_t size = RealText::shortForm(text, v.GetDouble()))
                assign(cell, text, qsizetype(size));
            else
                cell = QString::number(v.GetDouble(), 'g', 15);
        } else {
            return fail(QStringLiteral("\"%1\" must be a string, a number or null").arg(m_columns[i]));
        }
    }
    return Next::Row;
}

} // namespace percorsi
