#pragma once

#include <QWidget>

class QComboBox;
class QListWidget;
class QTableWidget;

namespace percorsi {

class RecordStore;

// The Paths page: a trainer's own paths first with today's sessions on top
// (the trainer is chosen here until logins exist), the catalogue of paths
// with their figures, and the actions on the chosen path: edit, plan
// sessions, enrol, open the register, print.
class PathsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PathsPage(RecordStore& store, QWidget* parent = nullptr);

    void reload();
    void setTrainer(qint64 userId);
    qint64 currentPathId() const;
    void selectPath(qint64 pathId);
    QTableWidget* table() const { return m_table; }
    QListWidget* today() const { return m_today; }
    QComboBox* trainerBox() const { return m_trainer; }

    void newPath();
    void editPath();
    void planSessions();
    void enrolPeople();
    void managePath();
    void printDocument(int kind);

signals:
    void registerRequested(qint64 pathId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createActions();
    void fillTrainers();
    void fillToday();
    void fillTable();

    RecordStore& m_store;
    QComboBox* m_trainer;
    QListWidget* m_today;
    QTableWidget* m_table;
    bool m_loaded = false; // read when first shown, not while the main window starts
};

} // namespace percorsi
