#pragma once

#include <vector>

#include <QList>
#include <QStringList>

#include "core/domain/Record.h"
#include "core/search/DuplicateFinder.h"
#include "core/util/Result.h"

class QIODevice;

namespace percorsi {

class Database;

// Brings in the people a desk already keeps in a spreadsheet: the CSV is
// read (comma or semicolon, UTF-8 or Windows-1252, both detected), its
// columns mapped to person fields (guessed from the headers), every row
// checked as if typed at the desk and compared with the people already here,
// and only then, when the user confirms, all rows are created in one
// transaction: one bad row refuses the whole import.
class PeopleImport
{
public:
    struct Row
    {
        int line = 0; // in the file, 1-based, the header being line 1
        Record person{Entity::Person};
        QList<Error::FieldMessage> problems;
        std::vector<DuplicateFinder::Match> duplicates;
        bool ok() const { return problems.isEmpty(); }
    };

    explicit PeopleImport(Database& db);

    Status read(QIODevice* in);
    Status load(const QByteArray& bytes);
    const QStringList& header() const { return m_header; }
    QString encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }
    int rowCount() const { return int(m_cells.size()); }

    // Per column, the person field it fills, or empty to leave it out.
    const QStringList& mapping() const { return m_mapping; }
    void setMapping(int column, const QString& field);

    // Checks every row under the current mapping; nothing is written.
    const std::vector<Row>& preview();
    int problemCount() const;
    // Creates every person, or none: the first bad row refuses the import.
    Result<int> apply();

private:
    Row buildRow(int index);
    Database& m_db;
    QStringList m_header;
    std::vector<QStringList> m_cells;
    QStringList m_mapping;
    QString m_encoding;
    QChar m_separator = QLatin1Char(',');
    std::vector<Row> m_rows;
};

} // namespace percorsi
