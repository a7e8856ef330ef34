#include "core/sync/JsonLinesFormat.h"

#include <cstring>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <simdjson.h>

#include <QIODevice>

#include "core/util/RealText.h"

namespace percorsi {

namespace {

void appendEscaped(QByteArray& out, QByteArrayView value)
{
    out += '"';
    qsizetype plain = 0; // the start of the run of bytes that need no escape
    for (qsizetype i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(value.sliced(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        }
        }
    }
    out.append(value.sliced(plain));
    out += '"';
}

// What QString::number(value, 'g', 15) writes.
QString realText(double value)
{
    char text[RealText::kRoom];
    const size_t size = RealText::shortForm(text, value);
    return size ? QString::fromLatin1(text, qsizetype(size)) : QString::number(value, 'g', 15);
}

} // namespace

void JsonLinesWriter::begin(const QStringList& columns, const std::vector<bool>& numeric)
{
    m_keys.clear();
    for (const QString& c : columns) {
        QByteArray key;
        appendEscaped(key, c.toUtf8());
        m_keys.push_back(key + ':');
    }
    m_numeric = numeric;
}

void JsonLinesWriter::writeCells(const Cells& cells)
{
    m_line.resize(0); // keeps the capacity, unlike clear()
    m_line += '{';
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (i)
            m_line += ',';
        m_line += m_keys[i];
        const QByteArrayView v = cells.at(i);
        if (!v.data())
            m_line += "null";
        else if (m_numeric[i])
            m_line += v;
        else
            appendEscaped(m_line, v);
    }
    m_line += "}\n";
    if (m_device->write(m_line) != m_line.size())
        m_ok = false;
}

bool JsonLinesReader::begin(const QStringList& expectedColumns)
{
    m_columns = expectedColumns;
    m_keys.clear();
    for (const QString& c : expectedColumns)
        m_keys.push_back(c.toUtf8());
    return true;
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
        if (v.IsNull())
            (*values)[i] = QString();
        else if (v.IsString())
            (*values)[i] = QString::fromUtf8(v.GetString(), qsizetype(v.GetStringLength()));
        else if (v.IsInt64())
            (*values)[i] = QString::number(v.GetInt64());
        else if (v.IsDouble())
            (*values)[i] = realText(v.GetDouble());
        else
            return fail(QStringLiteral("\"%1\" must be a string, a number or null").arg(m_columns[i]));
    }
    return Next::Row;
}

} // namespace percorsi
