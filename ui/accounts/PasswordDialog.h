#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace percorsi {

class Database;

// Changes the signed-in user's password (current one first), or, for an
// administrator, resets another user's password.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // userId 0: the signed-in user's own password.
    PasswordDialog(Database& db, qint64 userId, const QString& who, QWidget* parent = nullptr);

    QLineEdit* current() const { return m_current; }
    QLineEdit* password() const { return m_password; }
    QLineEdit* repeat() const { return m_repeat; }
    QString errorText() const;

    void accept() override;

private:
    Database& m_db;
    qint64 m_userId;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace percorsi
