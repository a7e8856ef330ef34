#pragma once

#include <QGroupBox>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace percorsi {

class Database;
class EraseDialog;

// How long closed cases are kept, and the closed cases past that period,
// each of which can be erased (with the same confirmation as in her profile).
class RetentionBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit RetentionBox(Database& db, QWidget* parent = nullptr);

    QSpinBox* months() const { return m_months; }
    QTableWidget* table() const { return m_table; }
    QPushButton* eraseButton() const { return m_erase; }
    // Asks to erase the case of the selected row; null when none is selected.
    EraseDialog* eraseSelected();
    void reload();

signals:
    void personErased(qint64 personId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void saveMonths(int months);

    Database& m_db;
    QSpinBox* m_months;
    QTableWidget* m_table;
    QPushButton* m_erase;
    bool m_loaded = false; // read when first shown, not while the main window starts
};

} // namespace percorsi
