#include "ui/models/RecordTableModel.h"

#include <algorithm>
#include <climits>

#include "core/storage/RecordStore.h"

namespace percorsi {

RecordTableModel::RecordTableModel(RecordStore& store, const EntityDef& entity,
                                   std::vector<RecordColumn> columns, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_entity(entity), m_columns(std::move(columns)),
      m_format(store)
{
    reload();
}

void RecordTableModel::setOrder(const char* field, bool descending)
{
    m_orderBy = field;
    m_descending = descending;
    // Nothing read yet: the first fetch reads in the new order anyway.
    if (m_lazy && (!m_records.empty() || !m_window.empty())) reload();
}

void RecordTableModel::setSource(Pager pager, Counter counter)
{
    m_pager = std::move(pager);
    m_counter = std::move(counter);
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_records.clear();
    m_window.clear();
    m_format.clearCache();
    m_error.clear();
    m_lazy = true;
    m_atEnd = false;
    auto count = m_counter ? m_counter() : m_store.count(m_entity);
    m_total = count ? *count : 0;
    endResetModel();
    if (!count) fail(count.error().message());
}

void RecordTableModel::showRecords(std::vector<Record> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_lazy = false;
    m_atEnd = true;
    m_total = qint64(m_records.size());
    endResetModel();
}

const Record* RecordTableModel::recordAt(int row) const
{
    if (isWindowed()) return windowRecord(row);
    if (row < 0 || row >= int(m_records.size())) return nullptr;
    return &m_records[size_t(row)];
}

int RecordTableModel::columnWidthChars(int column) const
{
    return m_columns[size_t(column)].widthChars;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) return 0;
    return isWindowed() ? int(std::min<qint64>(m_total, INT_MAX)) : int(m_records.size());
}

int RecordTableModel::rowsHeld() const
{
    if (!isWindowed()) return int(m_records.size());
    int held = 0;
    for (const auto& [number, page] : m_window)
        held += int(page.records.size());
    return held;
}

const Record* RecordTableModel::windowRecord(int row) const
{
    if (row < 0 || row >= rowCount()) return nullptr;
    const std::vector<Record>& page = windowPage(row / kWindowPageSize);
    const size_t at = size_t(row % kWindowPageSize);
    return at < page.size() ? &page[at] : nullptr;
}

// Reads a page on first sight, dropping the least recently used beyond
// kWindowPages. A failed read leaves the page empty (blank rows) and the
// message is sent once painting is over.
const std::vector<Record>& RecordTableModel::windowPage(int page) const
{
    auto found = m_window.find(page);
    if (found != m_window.end()) {
        found->second.used = ++m_uses;
        return found->second.records;
    }
    if (m_window.size() >= size_t(kWindowPages)) {
        auto oldest = m_window.begin();
        for (auto it = m_window.begin(); it != m_window.end(); ++it)
            if (it->second.used < oldest->second.used) oldest = it;
        m_window.erase(oldest);
    }
    RecordStore::Query query;
    query.orderBy = m_orderBy;
    query.descending = m_descending;
    query.limit = kWindowPageSize;
    query.offset = page * kWindowPageSize;
    auto read = m_pager ? m_pager(query.offset, kWindowPageSize) : m_store.list(m_entity, query);
    Page& slot = m_window[page];
    slot.used = ++m_uses;
    if (read) {
        slot.records = std::move(*read);
    } else {
        auto* self = const_cast<RecordTableModel*>(this);
        QMetaObject::invokeMethod(self, [self, message = read.error().message()] { self->fail(message); },
                                  Qt::QueuedConnection);
    }
    return slot.records;
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    const Record* record = recordAt(index.row());
    if (!record || index.column() >= columnCount()) return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(*record, m_columns[size_t(index.column())]);
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) return m_columns[size_t(section)].header;
    if (role == Qt::TextAlignmentRole) return alignment(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_lazy && !m_windowed && !m_atEnd;
}

void RecordTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) return;
    RecordStore::Query query;
    query.orderBy = m_orderBy;
    query.descending = m_descending;
    query.limit = kPageSize;
    query.offset = int(m_records.size());
    auto page = m_pager ? m_pager(query.offset, kPageSize) : m_store.list(m_entity, query);
    if (!page) return fail(page.error().message());
    m_atEnd = int(page->size()) < kPageSize;
    if (page->empty()) return;
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    std::move(page->begin(), page->end(), std::back_inserter(m_records));
    endInsertRows();
}

QString RecordTableModel::text(const Record& record, const RecordColumn& column) const
{
    if (column.compute) return column.compute(record, m_format);
    return m_format.display(record, column.field);
}

bool RecordTableModel::isNumeric(int column) const
{
    const RecordColumn& c = m_columns[size_t(column)];
    const FieldDef* field = c.field ? m_entity.field(QLatin1StringView(c.field)) : nullptr;
    return c.numeric || (field && FieldFormatter::isNumeric(*field));
}

QVariant RecordTableModel::alignment(int column) const
{
    if (isNumeric(column)) return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    return (Qt::AlignLeft | Qt::AlignVCenter).toInt();
}

// A failed read stops fetching; the page shows the message.
void RecordTableModel::fail(const QString& message)
{
    m_atEnd = true;
    m_error = message;
    emit loadFailed(message);
}

} // namespace percorsi
