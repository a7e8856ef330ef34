#include "ui/reports/ProjectsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domain/Schema.h"
#include "core/storage/RecordStore.h"
#include "ui/format/FieldLabels.h"
#include "ui/forms/RecordDialog.h"
#include "ui/models/RecordColumn.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi {

namespace {

RecordColumn column(const char* name, int widthChars)
{
    return RecordColumn::of(name, FieldLabels::label(QLatin1StringView(name)), widthChars);
}

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1StringView(name));
    return b;
}

} // namespace

ProjectsDialog::ProjectsDialog(RecordStore& store, QWidget* parent)
    : QDialog(parent), m_store(store),
      m_projectModel(
          new RecordTableModel(store, schema::def(Entity::Project),
                               {column("name", 30), column("funder", 26), column("start_date", 11),
                                column("end_date", 11), column("sites", 30)},
                               this)),
      m_targetModel(new RecordTableModel(
          store, schema::def(Entity::ProjectTarget),
          {column("indicator", 36), column("target", 10), column("note", 30)}, this))
{
    setWindowTitle(tr("Projects and targets"));
    m_projects = createTable(m_projectModel, tr("Projects"));
    m_targets = createTable(m_targetModel, tr("Targets of the project"));
    auto* addProjectButton = button(tr("&New project…"), "addProject", this);
    auto* editProjectButton = button(tr("&Edit project…"), "editProject", this);
    m_addTarget = button(tr("New &target…"), "addTarget", this);
    auto* editTargetButton = button(tr("Ed&it target…"), "editTarget", this);
    auto* closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    const auto section = [&](const QString& title, RecordTableView* view, QPushButton* add,
                             QPushButton* edit) {
        auto* label = new QLabel(title, this);
        label->setBuddy(view);
        layout->addWidget(label);
        layout->addWidget(view, 1);
        auto* row = new QHBoxLayout;
        row->addWidget(add);
        row->addWidget(edit);
        row->addStretch(1);
        layout->addLayout(row);
    };
    section(tr("&Projects:"), m_projects, addProjectButton, editProjectButton);
    section(tr("T&argets of the chosen project:"), m_targets, m_addTarget, editTargetButton);
    layout->addWidget(closeBox);
    resize(900, 560);

    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addProjectButton, &QPushButton::clicked, this, &ProjectsDialog::addProject);
    connect(editProjectButton, &QPushButton::clicked, this, &ProjectsDialog::editProject);
    connect(m_addTarget, &QPushButton::clicked, this, &ProjectsDialog::addTarget);
    connect(editTargetButton, &QPushButton::clicked, this, &ProjectsDialog::editTarget);
    connect(m_projects, &QAbstractItemView::activated, this, &ProjectsDialog::editProject);
    connect(m_targets, &QAbstractItemView::activated, this, &ProjectsDialog::editTarget);
    reloadProjects();
}

RecordTableView* ProjectsDialog::createTable(RecordTableModel* model, const QString& name)
{
    auto* view = new RecordTableView(this);
    view->setRecordModel(model);
    view->setAccessibleName(name);
    return view;
}

qint64 ProjectsDialog::currentProject() const
{
    const Record* project = m_projects->currentRecord();
    return project ? project->id() : 0;
}

void ProjectsDialog::reloadProjects()
{
    const qint64 current = currentProject();
    auto all =
        m_store.list(schema::def(Entity::Project), {.orderBy = "start_date", .descending = true});
    m_projectModel->showRecords(all ? std::move(*all) : std::vector<Record>());
    int row = 0;
    for (int i = 0; i < m_projectModel->rowCount(); ++i)
        row = m_projectModel->recordAt(i)->id() == current ? i : row;
    if (m_projectModel->rowCount() > 0) m_projects->setCurrentIndex(m_projectModel->index(row, 0));
    connect(m_projects->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectsDialog::reloadTargets, Qt::UniqueConnection);
    reloadTargets();
}

void ProjectsDialog::reloadTargets()
{
    const qint64 project = currentProject();
    m_addTarget->setEnabled(project != 0);
    auto targets = m_store.list(schema::def(Entity::ProjectTarget),
                                {.field = "project_id", .equals = project});
    m_targetModel->showRecords(project && targets ? std::move(*targets) : std::vector<Record>());
}

RecordDialog* ProjectsDialog::openDialog(const Record& record, const QString& title)
{
    auto* dialog = new RecordDialog(m_store, record, title, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool isProject = record.def().name == std::string_view("project");
    connect(dialog, &QDialog::accepted, this,
            [this, isProject] { isProject ? reloadProjects() : reloadTargets(); });
    dialog->open();
    return dialog;
}

RecordDialog* ProjectsDialog::addProject()
{
    return openDialog(Record(Entity::Project), tr("New project"));
}

RecordDialog* ProjectsDialog::editProject()
{
    const Record* project = m_projects->currentRecord();
    return project ? openDialog(*project, tr("Edit project")) : nullptr;
}

RecordDialog* ProjectsDialog::addTarget()
{
    if (!currentProject()) return nullptr;
    Record target(Entity::ProjectTarget);
    target.set(u"project_id", currentProject());
    return openDialog(target, tr("New target"));
}

RecordDialog* ProjectsDialog::editTarget()
{
    const Record* target = m_targets->currentRecord();
    return target ? openDialog(*target, tr("Edit target")) : nullptr;
}

} // namespace percorsi
