#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace percorsi {

class DailyBackup;
class Database;

// Backups of this database: back up now, restore from a backup, the list of
// backups in the folder, the folder and how many days backups are kept.
class BackupsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupsBox(Database& db, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QSpinBox* keepDays() const { return m_keepDays; }
    QLineEdit* folderEdit() const { return m_folder; }
    QPushButton* backUpButton() const { return m_backUp; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* status() const { return m_status; }

    // Starts a checked backup into the folder, on a thread of its own; false
    // when one is running already. backupFinished() tells when it is done.
    bool backUpNow();
    // Replaces the database with the backup at `file` after checking it. An error message, or
    // empty.
    QString restoreFrom(const QString& file);
    void reload();

signals:
    // The database's content was replaced: every page must read it anew.
    void restored();
    // A backup started here ended; `error` is empty when it was written and checked.
    void backupFinished(const QString& path, const QString& error);

private:
    QWidget* createSettings();
    QWidget* createButtons();
    void chooseRestore();
    void chooseFolder();
    void saveFolder();
    void saveKeepDays(int days);
    void report(const QString& error, const QString& done);
    void backupDone(const QString& path, const QString& error);

    Database& m_db;
    QLineEdit* m_folder;
    QSpinBox* m_keepDays;
    QListWidget* m_list;
    DailyBackup* m_runner;
    QLabel* m_status;
    QPushButton* m_backUp = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace percorsi
