#pragma once

#include <QWidget>

#include "core/util/Result.h"

class QSpinBox;
class QTableWidget;

namespace percorsi {

class Database;

// The administrator's page of accounts: create them, change a role, turn an
// account off or on, reset a password; and the idle time before the lock.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QSpinBox* idleMinutes() const { return m_idle; }
    void refresh();
    void newAccount();
    void resetPassword();
    void changeRole();
    void toggleActive();

signals:
    void idleMinutesChanged(int minutes);

private:
    QWidget* createButtons();
    QWidget* createIdleBox();
    qint64 selectedUser() const;
    QString selectedName() const;
    void report(const Status& status);

    Database& m_db;
    QTableWidget* m_table;
    QSpinBox* m_idle = nullptr;
};

} // namespace percorsi
