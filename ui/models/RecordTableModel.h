#pragma once

#include <functional>
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
// (search results), in which case nothing more is fetched.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    RecordTableModel(RecordStore& store, const EntityDef& entity, std::vector<RecordColumn> columns,
                     QObject* parent = nullptr);

    using Pager = std::function<Result<std::vector<Record>>(int offset, int limit)>;
    using Counter = std::function<Result<qint64>()>;

    void setOrder(const char* field, bool descending);
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
    qint64 m_total = 0;
    QString m_error;
};

} // namespace percorsi
