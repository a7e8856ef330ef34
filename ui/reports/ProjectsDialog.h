#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

namespace percorsi {

class Record;
class RecordDialog;
class RecordStore;
class RecordTableModel;
class RecordTableView;

// Projects and their targets: add and edit a project (name, funder, dates,
// sites), and the targets of the chosen one.
class ProjectsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProjectsDialog(RecordStore& store, QWidget* parent = nullptr);

    RecordTableView* projects() const { return m_projects; }
    RecordTableView* targets() const { return m_targets; }
    qint64 currentProject() const;

    // Each opens the form (non-modal, deleted on close) and returns it.
    RecordDialog* addProject();
    RecordDialog* editProject();
    RecordDialog* addTarget();
    RecordDialog* editTarget();

private:
    RecordTableView* createTable(RecordTableModel* model, const QString& name);
    RecordDialog* openDialog(const Record& record, const QString& title);
    void reloadProjects();
    void reloadTargets();

    RecordStore& m_store;
    RecordTableModel* m_projectModel;
    RecordTableModel* m_targetModel;
    RecordTableView* m_projects;
    RecordTableView* m_targets;
    QPushButton* m_addTarget;
};

} // namespace percorsi
