#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace percorsi {

class Database;

// Signs a user in to the database at start. On a database without any
// account it asks instead for the first administrator's name and password.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, FirstAdministrator };

    explicit LoginDialog(Database& db, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QLineEdit* username() const { return m_username; }
    QLineEdit* fullName() const { return m_fullName; }
    QLineEdit* password() const { return m_password; }
    QLineEdit* repeat() const { return m_repeat; }
    QString errorText() const;
    // What the signed-in user should know about her access to notes, or empty.
    QString notice() const { return m_notice; }

    void accept() override;

private:
    void build();
    bool createAdministrator();
    bool signIn();
    void showError(const QString& message);

    Database& m_db;
    Mode m_mode = Mode::SignIn;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    QString m_notice;
};

} // namespace percorsi
