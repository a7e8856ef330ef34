#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace percorsi {

class Database;

// Erasure of a person (GDPR Art. 17), confirmed by typing her case number:
// it cannot be undone, and the erasure reaches every desk through bundles.
class EraseDialog : public QDialog
{
    Q_OBJECT

public:
    EraseDialog(Database& db, qint64 personId, const QString& caseNumber, const QString& name,
                QWidget* parent = nullptr);

    QLineEdit* confirmation() const { return m_typed; }
    QPushButton* eraseButton() const { return m_erase; }
    QLabel* errorLabel() const { return m_error; }
    void accept() override;

signals:
    void erased(qint64 personId);

private:
    Database& m_db;
    qint64 m_personId;
    QString m_caseNumber;
    QLineEdit* m_typed;
    QPushButton* m_erase;
    QLabel* m_error;
};

} // namespace percorsi
