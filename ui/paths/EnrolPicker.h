#pragma once

#include <vector>

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace percorsi {

class Database;

// Chooses people to enrol: search as you type, tick several (Space), Enter
// enrols. People already in the path are not offered. When the path is full
// the dialog says that the rest go to the waiting list.
class EnrolPicker : public QDialog
{
    Q_OBJECT

public:
    EnrolPicker(Database& db, qint64 pathId, QWidget* parent = nullptr);

    // The people ticked, in the order they were ticked.
    std::vector<qint64> chosen() const { return m_chosen; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* results() const { return m_results; }
    QString seatsText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void toggled(QListWidgetItem* item);
    void updateSeats();

    Database& m_db;
    qint64 m_pathId;
    int m_free = 0;
    std::vector<qint64> m_taken; // already in the path
    std::vector<qint64> m_chosen;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLabel* m_seats;
};

} // namespace percorsi
