#pragma once

#include <functional>
#include <map>
#include <vector>

#include <QAbstractTableModel>

#include "core/domain/Record.h"
#include "core/util/Result.h"
#include "ui/format/FieldFormatter.h"
#include "ui/models/RecordColumn.h"

namespace percorsi {

class RecordStore;

// The records of one entity as a table, read lazily: rows arrive in pages of
// kPageSize through fetchMore() as the view scrolls, so opening a table of
// 100k people reads 200 of them. It can also show a fixed set of records
// (search results), in which case nothing more is fetched. In windowed mode
// every row exists from the start (the scroll bar reaches all of them) and
// only the pages in view are read and kept, a few at a time, so memory stays
// flat however far the view scrolls.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static constexpr int kWindowPageSize = 64;
    static constexpr int kWindowPages = 16;

    RecordTableModel(RecordStore& store, const EntityDef& entity, std::vector<RecordColumn> columns,
                     QObject* parent = nullptr);

    using Pager = std::function<Result<std::vector<Record>>(int offset, int limit)>;
    using Counter = std::function<Result<qint64>()>;

    void setOrder(const char* field, bool descending);
    // Every row at once, read a page at a time as it is shown; takes effect at the next reload().
    void setWindowed(bool windowed) { m_windowed = windowed; }
    // The rows read and kept now (all of them unless windowed).
    int rowsHeld() const;
    // Reads pages and the count through these instead of listing the whole
    // entity (a filtered, sorted query); takes effect at the next reload().
    void setSource(Pager pager, Counter counter);
    // Back to the lazy list of every record, from the first page.
    void reload();
    void showRecords(std::vector<Record> records);
    bool isShowingAll() const { return m_lazy; }

    // Every record of the entity in lazy mode, the records shown otherwise.
    qint64 totalCount() const { return m_total; }
    const Record* recordAt(int row) const;
    const EntityDef& entity() const { return m_entity; }
    int columnWidthChars(int column) const;
    bool isNumeric(int column) const;
    FieldFormatter& formatter() { return m_format; }
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    QString text(const Record& record, const RecordColumn& column) const;
    QVariant alignment(int column) const;
    void fail(const QString& message);
    bool isWindowed() const { return m_lazy && m_windowed; }
    const Record* windowRecord(int row) const;
    const std::vector<Record>& windowPage(int page) const;

    struct Page
    {
        std::vector<Record> records;
        quint64 used = 0; // the least recently used page goes first
    };

    RecordStore& m_store;
    Pager m_pager;
    Counter m_counter;
    const EntityDef& m_entity;
    std::vector<RecordColumn> m_columns;
    mutable FieldFormatter m_format; // caches labels while painting
    std::vector<Record> m_records;
    const char* m_orderBy = nullptr;
    bool m_descending = false;
    bool m_lazy = true;
    bool m_atEnd = false;
    bool m_windowed = false;
    mutable std::map<int, Page> m_window;
    mutable quint64 m_uses = 0;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace percorsi
