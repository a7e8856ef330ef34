#include "ui/attendance/RegisterModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "core/storage/Database.h"
#include "core/storage/PathStore.h"
#include "core/storage/Transaction.h"

namespace percorsi {

namespace {

const char* const kCodes[] = {"", "present", "absent", "excused"};

RegisterModel::Mark markOf(const QString& code)
{
    for (int m = RegisterModel::Present; m <= RegisterModel::Excused; ++m) {
        if (code == QLatin1StringView(kCodes[m])) return RegisterModel::Mark(m);
    }
    return RegisterModel::None;
}

} // namespace

RegisterModel::RegisterModel(RecordStore& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

bool RegisterModel::load(qint64 pathId)
{
    beginResetModel();
    m_pathId = pathId;
    m_people.clear();
    m_sessions.clear();
    m_cells.clear();
    m_dirty.clear();
    const bool ok = pathId == 0 || (loadPeople() && loadMarks());
    loadFigures();
    endResetModel();
    emit dirtyChanged(false);
    return ok;
}

bool RegisterModel::loadPeople()
{
    PathStore paths(m_store.database());
    auto sessions = paths.sessions(m_pathId);
    auto people = paths.enrolments(m_pathId);
    if (!sessions || !people) {
        m_error = (sessions ? people.error() : sessions.error()).message();
        return false;
    }
    for (const Record& s : sessions.value()) {
        if (!s.integer(u"cancelled")) m_sessions.push_back(s);
    }
    for (const PathStore::Enrolled& e : people.value()) {
        const QString status = e.enrolment.text(u"status");
        if (status == u"enrolled" || status == u"completed")
            m_people.push_back({e.enrolment.integer(u"person_id"), e.name});
    }
    return true;
}

bool RegisterModel::loadMarks()
{
    auto rows = AttendanceStore(m_store.database()).ofPath(m_pathId);
    if (!rows) {
        m_error = rows.error().message();
        return false;
    }
    std::map<qint64, int> rowOf, columnOf;
    for (int r = 0; r < personCount(); ++r)
        rowOf[personId(r)] = r;
    for (int c = 0; c < sessionCount(); ++c)
        columnOf[m_sessions[size_t(c)].id()] = c;
    for (const Record& a : rows.value()) {
        const auto r = rowOf.find(a.integer(u"person_id"));
        const auto c = columnOf.find(a.integer(u"session_id"));
        if (r == rowOf.end() || c == columnOf.end()) continue;
        m_cells[{r->second, c->second}] = {markOf(a.text(u"status")),
                                           a.isNull(u"hours") ? 0.0 : a.value(u"hours").toDouble()};
    }
    return true;
}

void RegisterModel::loadFigures()
{
    AttendanceStore store(m_store.database());
    auto tallies = store.talliesOfPath(m_pathId);
    auto streaks = store.consecutiveAbsencesOfPath(m_pathId);
    m_tallies = tallies ? tallies.value() : decltype(m_tallies)();
    m_streaks = streaks ? streaks.value() : decltype(m_streaks)();
}

int RegisterModel::columnFor(QDate day) const
{
    for (int c = 0; c < sessionCount(); ++c) {
        if (session(c).date(u"date") >= day) return c;
    }
    return sessionCount() - 1;
}

RegisterModel::Mark RegisterModel::mark(int row, int column) const
{
    const auto it = m_cells.find({row, column});
    return it == m_cells.end() ? None : it->second.mark;
}

double RegisterModel::sessionHours(int column) const
{
    return session(column).integer(u"minutes") / 60.0;
}

double RegisterModel::hours(int row, int column) const
{
    const auto it = m_cells.find({row, column});
    if (it == m_cells.end() || it->second.mark != Present) return 0;
    return it->second.hours < 0 ? sessionHours(column) : it->second.hours;
}

void RegisterModel::touch(int row, int column)
{
    const bool was = isDirty();
    m_dirty[column] = true;
    emit dataChanged(index(row, column), index(row, column));
    if (!was) emit dirtyChanged(true);
}

void RegisterModel::setMark(int row, int column, Mark mark)
{
    Cell& cell = m_cells[{row, column}];
    if (cell.mark == mark) return;
    cell.mark = mark;
    cell.hours = -1;
    touch(row, column);
}

void RegisterModel::cycle(int row, int column)
{
    setMark(row, column,
            Mark(mark(row, column) % 3 + 1)); // none, present, absent, excused, present …
}

void RegisterModel::setHours(int row, int column, double hours)
{
    Cell& cell = m_cells[{row, column}];
    cell.mark = Present;
    cell.hours = hours;
    touch(row, column);
}

void RegisterModel::markSessionPresent(int column)
{
    for (int r = 0; r < personCount(); ++r) {
        if (mark(r, column) == None) setMark(r, column, Present);
    }
}

bool RegisterModel::save()
{
    AttendanceStore store(m_store.database());
    Transaction tx(m_store.database().connection());
    for (const auto& [column, changed] : m_dirty) {
        std::vector<AttendanceStore::Mark> marks;
        for (int r = 0; r < personCount(); ++r) {
            const auto it = m_cells.find({r, column});
            const Mark m = it == m_cells.end() ? None : it->second.mark;
            marks.push_back({personId(r), QLatin1StringView(kCodes[m]).toString(),
                             m == Present ? hours(r, column) : -1});
        }
        if (Status st = store.saveSession(session(column).id(), marks); !st.ok()) {
            m_error = st.error().message();
            return false;
        }
    }
    if (Status st = tx.commit(); !st.ok()) {
        m_error = st.error().message();
        return false;
    }
    m_dirty.clear();
    beginResetModel();
    loadFigures();
    endResetModel();
    emit dirtyChanged(false);
    return true;
}

double RegisterModel::rate(int row) const
{
    const auto it = m_tallies.find(personId(row));
    return it == m_tallies.end() ? 0.0 : it->second.rate();
}

int RegisterModel::absencesInRow(int row) const
{
    const auto it = m_streaks.find(personId(row));
    return it == m_streaks.end() ? 0 : it->second;
}

int RegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : personCount();
}

int RegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : sessionCount() + 2; // then the rate and the hours
}

QString RegisterModel::markText(Mark mark) const
{
    switch (mark) {
    case Present:
        return tr("P", "present");
    case Absent:
        return tr("A", "absent");
    case Excused:
        return tr("E", "excused");
    case None:
        break;
    }
    return {};
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const
{
    const int r = index.row(), c = index.column();
    if (c == sessionCount() + 1) {
        const auto it = m_tallies.find(personId(r));
        if (role == Qt::DisplayRole)
            return QLocale().toString(it == m_tallies.end() ? 0.0 : it->second.hours);
        return role == Qt::TextAlignmentRole ? QVariant(int(Qt::AlignCenter)) : QVariant();
    }
    if (c == sessionCount()) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(rate(r) * 100, 'f', 0) + QLocale().percent();
        if (role == Qt::ForegroundRole && absencesInRow(r) >= kFlagAt)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (role == Qt::ToolTipRole && absencesInRow(r) >= kFlagAt)
            return tr("%n absences in a row", nullptr, absencesInRow(r));
        return {};
    }
    const Mark m = mark(r, c);
    if (role == Qt::DisplayRole) {
        const double h = hours(r, c);
        const bool partial = m == Present && qAbs(h - sessionHours(c)) > 1e-9;
        return partial ? markText(m) + QLatin1Char(' ') + QLocale().toString(h) : markText(m);
    }
    if (role == Qt::EditRole) return hours(r, c);
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignCenter);
    if (role == Qt::AccessibleTextRole)
        return tr("%1, %2: %3")
            .arg(personName(r), session(c).text(u"date"),
                 m == None ? tr("not recorded") : markText(m));
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (o == Qt::Vertical) return section < personCount() ? personName(section) : QVariant();
    if (section == sessionCount()) return tr("Rate");
    if (section == sessionCount() + 1) return tr("Hours");
    const Record& s = session(section);
    const QString day = QLocale().toString(s.date(u"date"), QStringLiteral("d MMM"));
    return role == Qt::DisplayRole ? day : tr("%1 at %2").arg(day, s.text(u"start_time"));
}

Qt::ItemFlags RegisterModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() < sessionCount() ? f | Qt::ItemIsEditable : f;
}

bool RegisterModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() >= sessionCount()) return false;
    bool ok = false;
    const double h = value.toDouble(&ok);
    if (!ok || h < 0 || h > sessionHours(index.column())) return false;
    setHours(index.row(), index.column(), h);
    return true;
}

} // namespace percorsi
