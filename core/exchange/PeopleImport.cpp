#include "core/exchange/PeopleImport.h"

#include <QCoreApplication>
#include <QIODevice>

#include "core/exchange/CsvDialect.h"
#include "core/exchange/PeopleColumns.h"
#include "core/storage/Database.h"
#include "core/storage/PersonStore.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("percorsi::PeopleImport", text);
}

constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

} // namespace

PeopleImport::PeopleImport(Database& db) : m_db(db) {}

Status PeopleImport::read(QIODevice* in)
{
    const QByteArray bytes = in->read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return Error::invalid(tr("The file is larger than 64 MiB: split it first."));
    return load(bytes);
}

Status PeopleImport::load(const QByteArray& bytes)
{
    const QString text = CsvDialect::decode(bytes, &m_encoding);
    m_separator = CsvDialect::detectSeparator(text);
    m_cells = CsvDialect::parse(text, m_separator);
    m_rows.clear();
    if (m_cells.empty()) return Error::invalid(tr("The file holds no rows."));
    m_header = m_cells.front();
    m_cells.erase(m_cells.begin());
    m_mapping.clear();
    for (const QString& h : m_header) {
        const QString field = PeopleColumns::guess(h);
        m_mapping << (m_mapping.contains(field) ? QString() : field);
    }
    return {};
}

void PeopleImport::setMapping(int column, const QString& field)
{
    if (column < 0 || column >= m_mapping.size()) return;
    if (!field.isEmpty()) // one column per field: the last one chosen wins
        for (QString& f : m_mapping)
            if (f == field) f.clear();
    m_mapping[column] = field;
    m_rows.clear();
}

const std::vector<PeopleImport::Row>& PeopleImport::preview()
{
    m_rows.clear();
    m_rows.reserve(m_cells.size());
    for (int i = 0; i < int(m_cells.size()); ++i)
        m_rows.push_back(buildRow(i));
    return m_rows;
}

PeopleImport::Row PeopleImport::buildRow(int index)
{
    Row row;
    row.line = index + 2;
    const QStringList& cells = m_cells[size_t(index)];
    row.person.set(u"status", QStringLiteral("active"));
    row.person.set(u"intake_date", m_db.today().toString(Qt::ISODate));
    for (int c = 0; c < m_mapping.size(); ++c) {
        const QString value =
            c < cells.size() ? PeopleColumns::convert(m_mapping[c], cells[c]) : QString();
        if (!m_mapping[c].isEmpty() && !value.isEmpty())
            row.person.set(QStringView(m_mapping[c]), value);
    }
    PersonStore store(m_db);
    if (Status st = store.validate(row.person); !st.ok()) {
        row.problems = st.error().fieldMessages();
        if (row.problems.isEmpty()) row.problems.append({QString(), st.error().message()});
        return row;
    }
    DuplicateFinder::Candidate who{row.person.text("given_name"), row.person.text("family_name"),
                                   int(row.person.integer("birth_year")), row.person.text("phone"),
                                   0};
    if (!row.person.isNull("birth_date")) who.birthYear = row.person.date("birth_date").year();
    if (auto found = DuplicateFinder(m_db).find(who, 3)) row.duplicates = *found;
    return row;
}

int PeopleImport::problemCount() const
{
    int n = 0;
    for (const Row& r : m_rows)
        n += r.ok() ? 0 : 1;
    return n;
}

Result<int> PeopleImport::apply()
{
    preview();
    for (const Row& r : m_rows)
        if (!r.ok())
            return Error::invalid(tr("Line %1: %2. Nothing was imported.")
                                      .arg(r.line)
                                      .arg(r.problems.first().message));
    Transaction tx(m_db.connection());
    if (!tx.ok()) return tx.error();
    PersonStore store(m_db);
    for (const Row& r : m_rows)
        if (auto created = store.create(r.person); !created)
            return Error::invalid(tr("Line %1: %2. Nothing was imported.")
                                      .arg(r.line)
                                      .arg(created.error().message()));
    if (Status st = tx.commit(); !st.ok()) return st.error();
    return int(m_rows.size());
}

} // namespace percorsi
