#pragma once

#include <array>

#include <QByteArray>
#include <QByteArrayView>

struct sqlite3;
typedef struct sqlite3_value sqlite3_value;

namespace percorsi::reportfacts {

// What the dashboard counts of a person, as report_facts keeps it (migration
// 18): these columns of her person row, in this order, packed into one blob
// by report_facts() when the row is written. The dashboard reads one column
// for each person in scope instead of fifteen: a column cost it about as
// much as all the counting done with it.
inline constexpr const char* kColumns[] = {
    "intake_date", "desk_id",           "gender",    "birth_date",     "birth_year",
    "citizenships", "country_of_birth", "employment_status", "housing", "status",
    "exit_date",   "exit_situation",    "education_isced",   "disability", "minority"};
inline constexpr int kCount = int(std::size(kColumns));

enum Field {
    IntakeDate, DeskId, Gender, BirthDate, BirthYear, Citizenships, CountryOfBirth, Employment,
    Housing, CaseStatus, ExitDate, ExitSituation, Isced, Disability, Minority
};

// One column's value: null, an integer, or text. A real is kept as its
// integer part (it can only be in a column of integers), a blob as text.
struct Value
{
    enum Type : quint8 { Null, Integer, Text };
    Type type = Null;
    qint64 integer = 0;
    QByteArrayView text;

    // The integer, or 0 for a null or text, as sqlite3_value_int64() would
    // give for a null; text of digits reads as its number.
    qint64 toInteger() const;
    // The text, empty for a null; an integer has none.
    QByteArrayView toText() const { return type == Text ? text : QByteArrayView(); }
};
using Facts = std::array<Value, kCount>;

// Each value as a tag (0 null, 1 integer, 2 + n text of n bytes) in a varint,
// followed by the integer as a zigzag varint or by the bytes.
QByteArray pack(const Facts& facts);
// The values of `packed`, whose text points into it; false when it is not
// kCount values exactly.
bool unpack(QByteArrayView packed, Facts& facts);

// report_facts(intake_date, desk_id, …): the columns of kColumns, packed.
void registerFunctions(sqlite3* db);

} // namespace percorsi::reportfacts
