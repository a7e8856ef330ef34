#pragma once

#include <vector>

#include <QWidget>

#include "core/domain/Record.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace percorsi {

class RecordDialog;
class RecordStore;
class RecordTableModel;
class RecordTableView;

// The shared directory of local services (health, education, social,
// housing, legal, transport, sport and leisure, employment): search by any
// word of name, address, languages or eligibility, filter by category, add
// and edit. Referrals from a profile pick their service from it.
class ServicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesPage(RecordStore& store, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QComboBox* categoryBox() const { return m_category; }
    RecordTableModel* model() const { return m_model; }
    RecordTableView* view() const { return m_view; }
    QString countText() const;
    RecordDialog* addService();
    RecordDialog* editService(int row);

public slots:
    void refresh();

private:
    void createLayout();
    bool matches(const Record& service, const QStringList& words) const;
    std::vector<Record> filtered() const;
    RecordDialog* openDialog(const Record& record, const QString& title);

    RecordStore& m_store;
    QLineEdit* m_search;
    QComboBox* m_category;
    QPushButton* m_add;
    QPushButton* m_edit;
    QLabel* m_count;
    RecordTableModel* m_model;
    RecordTableView* m_view;
    std::vector<Record> m_all; // the directory is small: read once, filtered here
};

} // namespace percorsi
