#pragma once

#include <memory>

#include <QWidget>

class QLabel;
class QPushButton;

namespace percorsi {

class Record;

class EventDialog;
class EventStore;
class RecordStore;
class RecordTableModel;
class RecordTableView;

// Community events (community desks, open days, awareness campaigns, city
// visits …), newest first, with their headcounts; add and edit, Enter opens.
class EventsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPage(RecordStore& store, QWidget* parent = nullptr);
    ~EventsPage() override;

    RecordTableModel* model() const { return m_model; }
    RecordTableView* view() const { return m_view; }
    QString countText() const;
    EventDialog* addEvent();
    EventDialog* editEvent(int row);

public slots:
    void refresh();

private:
    EventDialog* openDialog(const Record& event);

    std::unique_ptr<EventStore> m_store;
    QPushButton* m_add;
    QPushButton* m_edit;
    QLabel* m_count;
    RecordTableModel* m_model;
    RecordTableView* m_view;
};

} // namespace percorsi
