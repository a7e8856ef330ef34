#pragma once

#include <map>
#include <vector>

#include <QAbstractTableModel>

#include "core/domain/Record.h"
#include "core/storage/AttendanceStore.h"

namespace percorsi {

class RecordStore;

// The attendance register of one path: a row per person enrolled, a column
// per session (cancelled ones left out), then the attendance rate and hours. Marks are
// edited here and written with save(), a session at a time, each in one
// transaction. Three absences in a row flag the person.
class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Mark { None, Present, Absent, Excused };
    // The letter the register shows for a mark, in the current language.
    QString markText(Mark mark) const;
    static constexpr int kFlagAt = 3;

    explicit RegisterModel(RecordStore& store, QObject* parent = nullptr);

    // Loads the register of a path; false with errorString() on failure.
    bool load(qint64 pathId);
    qint64 pathId() const { return m_pathId; }
    int sessionCount() const { return int(m_sessions.size()); }
    int personCount() const { return int(m_people.size()); }
    const Record& session(int column) const { return m_sessions[size_t(column)]; }
    qint64 personId(int row) const { return m_people[size_t(row)].id; }
    QString personName(int row) const { return m_people[size_t(row)].name; }
    // The column of the first session on or after `day`, or the last one.
    int columnFor(QDate day) const;

    Mark mark(int row, int column) const;
    double hours(int row, int column) const;
    void setMark(int row, int column, Mark mark);
    void cycle(int row, int column);
    void setHours(int row, int column, double hours);
    // Marks every person present at a session (those already marked keep their mark).
    void markSessionPresent(int column);

    bool isDirty() const { return !m_dirty.empty(); }
    // Writes the sessions changed since the last load or save.
    bool save();
    QString errorString() const { return m_error; }
    double rate(int row) const;
    int absencesInRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void dirtyChanged(bool dirty);

private:
    struct Person
    {
        qint64 id = 0;
        QString name;
    };
    struct Cell
    {
        Mark mark = None;
        double hours = -1; // < 0: the session's length
    };
    using Key = std::pair<int, int>; // row, column

    bool loadPeople();
    bool loadMarks();
    void loadFigures();
    double sessionHours(int column) const;
    void touch(int row, int column);

    RecordStore& m_store;
    qint64 m_pathId = 0;
    std::vector<Person> m_people;
    std::vector<Record> m_sessions;
    std::map<Key, Cell> m_cells;
    std::map<int, bool> m_dirty;                        // columns changed
    std::map<qint64, AttendanceStore::Tally> m_tallies; // as saved
    std::map<qint64, int> m_streaks;                    // as saved
    QString m_error;
};

} // namespace percorsi
