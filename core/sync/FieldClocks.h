#pragma once

#include <map>

#include <QString>

namespace percorsi {

// The clock stamps of the fields of one record that were written after the
// record itself (the record's own stamp covers every other field).
//
// Each entry also keeps what its value has seen: for every other desk whose
// edits of this field it incorporates, the latest such stamp. A merge compares
// them to tell an edit made after seeing the local value from a concurrent one
// (a conflict to keep for a coordinator).
//
// Stored in the hlc_fields column as "field:stamp@desk^desk=stamp^…,…" with
// local desk ids; JSON numbers would lose the low bits of a 64-bit stamp.
class FieldClocks
{
public:
    struct Stamp
    {
        qint64 hlc = 0;
        qint64 desk = 0;                // local id of the desk that wrote the value
        std::map<qint64, qint64> seen;  // other desks' latest incorporated stamps

        // Whether this value's history includes `other` (or is it).
        bool hasSeen(const Stamp& other) const;
        // This stamp after also seeing `other`'s history.
        void absorb(const Stamp& other);
    };

    static FieldClocks parse(const QString& text);
    QString toString() const;

    void set(const QString& field, Stamp stamp) { m_stamps[field] = std::move(stamp); }
    const Stamp* find(const QString& field) const;
    bool isEmpty() const { return m_stamps.empty(); }
    const std::map<QString, Stamp>& stamps() const { return m_stamps; }

    static Stamp parseStamp(QStringView text);
    static QString stampToString(const Stamp& stamp);

private:
    std::map<QString, Stamp> m_stamps;
};

} // namespace percorsi
