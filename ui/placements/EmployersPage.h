#pragma once

#include <memory>
#include <vector>

#include <QWidget>

#include "core/domain/Record.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace percorsi {

class EmployerPanel;
class PlacementStore;
class RecordDialog;
class RecordStore;
class RecordTableModel;
class RecordTableView;

// Companies engaged by the programme: search by any word of name, sector,
// contact or address; the employer selected is shown in detail beside the
// list with its engagement log and the people placed there.
class EmployersPage : public QWidget
{
    Q_OBJECT

public:
    explicit EmployersPage(RecordStore& store, QWidget* parent = nullptr);
    ~EmployersPage() override;

    QLineEdit* searchField() const { return m_search; }
    RecordTableModel* model() const { return m_model; }
    RecordTableView* view() const { return m_view; }
    EmployerPanel* panel() const { return m_panel; }
    QString countText() const;
    RecordDialog* addEmployer();
    RecordDialog* editEmployer(int row);

public slots:
    void refresh();

private:
    void createLayout();
    void readAll();
    std::vector<Record> filtered() const;
    void showCurrent();
    RecordDialog* openDialog(const Record& record, const QString& title);

    std::unique_ptr<PlacementStore> m_store;
    QLineEdit* m_search;
    QPushButton* m_add;
    QPushButton* m_edit;
    QLabel* m_count;
    RecordTableModel* m_model;
    RecordTableView* m_view;
    EmployerPanel* m_panel;
    std::vector<Record> m_all; // employers number in the hundreds: read once, filtered here
};

} // namespace percorsi
