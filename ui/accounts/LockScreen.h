#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace percorsi {

class Database;

// What the window shows while locked: no personal data, only the signed-in
// user's name and a field for her password.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(Database& db, QWidget* parent = nullptr);

    QLineEdit* password() const { return m_password; }
    QString errorText() const;
    // Shows the screen afresh for the current user.
    void reset();
    void unlock();

signals:
    void unlocked();

private:
    Database& m_db;
    QLabel* m_who;
    QLineEdit* m_password;
    QLabel* m_error;
};

} // namespace percorsi
