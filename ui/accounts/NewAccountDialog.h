#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace percorsi {

class Database;

// An administrator creates an account: name, full name, role and a first password.
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAccountDialog(Database& db, QWidget* parent = nullptr);

    QLineEdit* username() const { return m_username; }
    QLineEdit* fullName() const { return m_fullName; }
    QComboBox* role() const { return m_role; }
    QLineEdit* password() const { return m_password; }
    QString errorText() const;

    void accept() override;

private:
    Database& m_db;
    QLineEdit* m_username;
    QLineEdit* m_fullName;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLabel* m_error;
};

} // namespace percorsi
