#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace percorsi {

class Database;

// The administrator's view of the audit log: who did what and when, filtered
// by user, action and a range of days, and a check of the hash chain.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Database& db, QWidget* parent = nullptr);

    QComboBox* who() const { return m_who; }
    QComboBox* action() const { return m_action; }
    QDateEdit* from() const { return m_from; }
    QDateEdit* to() const { return m_to; }
    QTableWidget* table() const { return m_table; }
    QString verification() const;
    void refresh();
    void verify();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createFilters();
    void fillChoices();

    Database& m_db;
    QComboBox* m_who;
    QComboBox* m_action;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_verdict;
};

} // namespace percorsi
