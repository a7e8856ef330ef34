#pragma once

#include <map>

#include <QString>

namespace percorsi {

// The clock stamps of the fields of one record that were written after the
// record itself (the record's own stamp covers every other field). Each entry
// also keeps the stamp of the value it replaced (its base): an incoming edit
// whose base is not the local stamp was made without seeing the local value,
// which is how a merge tells a concurrent edit (a conflict) from a later one.
// Stored in the hlc_fields column as "field:stamp@desk^base,…"; JSON numbers
// would lose the low bits of a 64-bit stamp.
class FieldClocks
{
public:
    struct Stamp
    {
        qint64 hlc = 0;
        qint64 desk = 0; // local id of the desk that wrote the value
        qint64 base = 0; // the stamp of the value this one replaced
    };

    static FieldClocks parse(const QString& text);
    QString toString() const;

    void set(const QString& field, Stamp stamp) { m_stamps[field] = stamp; }
    const Stamp* find(const QString& field) const;
    bool isEmpty() const { return m_stamps.empty(); }
    const std::map<QString, Stamp>& stamps() const { return m_stamps; }

private:
    std::map<QString, Stamp> m_stamps;
};

} // namespace percorsi
