#pragma once

#include <QTableView>

namespace percorsi {

class Record;
class RecordTableModel;

// A table of records, set up once for every list: whole-row selection, a
// fixed row height (never sized to contents: that reads every row), no
// wrapping, Tab leaving the table, and initial column widths from the model.
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget* parent = nullptr);

    void setRecordModel(RecordTableModel* model);
    RecordTableModel* recordModel() const { return m_model; }
    // The record of the current row, if any.
    const Record* currentRecord() const;
    // At most as tall as `rows` rows, for short lists with content below them.
    void limitHeightToRows(int rows);

private:
    void applyColumnWidths();

    RecordTableModel* m_model = nullptr;
};

} // namespace percorsi
