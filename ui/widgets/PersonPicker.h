#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace percorsi {

class Database;

// Chooses one person: search by name or case number as you type, Down to
// the list, Enter chooses.
class PersonPicker : public QDialog
{
    Q_OBJECT

public:
    PersonPicker(Database& db, const QString& title, QWidget* parent = nullptr);

    qint64 chosenId() const;
    QString chosenName() const;
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* results() const { return m_results; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);

    Database& m_db;
    QLineEdit* m_search;
    QListWidget* m_results;
};

} // namespace percorsi
