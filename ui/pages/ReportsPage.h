#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace percorsi {

struct EntityDef;
class RecordStore;

// How many records of each kind the database holds. The indicator reports
// for funders will join this page.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(RecordStore& store, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public slots:
    void refresh();

private:
    void setUpTable();
    void setRow(int row, const EntityDef& entity, const QString& count);

    RecordStore& m_store;
    QTableWidget* m_table;
    QLabel* m_updated;
};

} // namespace percorsi
