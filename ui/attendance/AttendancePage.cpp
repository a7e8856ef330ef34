#include "ui/attendance/AttendancePage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include "core/storage/Database.h"
#include "core/storage/PathStore.h"
#include "ui/attendance/RegisterModel.h"
#include "ui/attendance/RegisterView.h"
#include "ui/print/AttendanceDocuments.h"
#include "ui/print/SheetData.h"
#include "ui/widgets/PageHeader.h"

namespace percorsi {

AttendancePage::AttendancePage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_paths(new QComboBox(this)),
      m_model(new RegisterModel(store, this)), m_view(new RegisterView(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_print(new QPushButton(tr("Print sign-in &sheet…"), this)), m_status(new QLabel(this))
{
    m_paths->setAccessibleName(tr("Path"));
    m_save->setAccessibleName(tr("Save the register"));
    m_print->setAccessibleName(tr("Print the sign-in sheet of the current session"));
    m_status->setAccessibleName(tr("Register status"));
    m_view->setRegister(m_model);
    auto* pathLabel = new QLabel(tr("&Path:"), this);
    pathLabel->setBuddy(m_paths);

    auto* bar = new QHBoxLayout;
    bar->addWidget(pathLabel);
    bar->addWidget(m_paths, 1);
    bar->addWidget(m_print);
    bar->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Attendance"), tr("The register of a path: a row per person, a column per session.")));
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("P present, A absent, E excused, Space cycles, M marks the "
                                    "whole session present, Enter edits the hours, Ctrl+S saves."),
                                 this));

    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &AttendancePage::save);
    connect(m_save, &QPushButton::clicked, this, &AttendancePage::save);
    connect(m_print, &QPushButton::clicked, this, &AttendancePage::printSheet);
    connect(m_paths, &QComboBox::currentIndexChanged, this, &AttendancePage::pathChosen);
    connect(m_model, &RegisterModel::dirtyChanged, this, &AttendancePage::updateState);
    // The paths are read when the page is shown (showEvent), not while the main window starts.
    updateState();
}

void AttendancePage::reloadPaths()
{
    const QSignalBlocker block(m_paths);
    const QVariant current = m_paths->currentData();
    m_paths->clear();
    auto paths = PathStore(m_store.database()).catalogue();
    if (paths) {
        for (const PathStore::Summary& s : paths.value())
            m_paths->addItem(s.path.text(u"name"), s.path.id());
    }
    const int at = m_paths->findData(current);
    m_paths->setCurrentIndex(at >= 0 ? at : 0);
    pathChosen(m_paths->currentIndex());
}

void AttendancePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_model->isDirty()) // reloading would drop marks not saved yet
        reloadPaths();
}

void AttendancePage::openPath(qint64 pathId)
{
    const int at = m_paths->findData(pathId);
    if (at < 0) reloadPaths();
    m_paths->setCurrentIndex(m_paths->findData(pathId));
    pathChosen(m_paths->currentIndex());
    m_view->setFocus();
}

void AttendancePage::pathChosen(int index)
{
    m_model->load(index < 0 ? 0 : m_paths->itemData(index).toLongLong());
    m_view->goToSession(m_model->columnFor(m_store.today()));
    updateState();
}

bool AttendancePage::save()
{
    if (!m_model->isDirty()) return true;
    const QModelIndex at = m_view->currentIndex();
    const bool ok = m_model->save();
    m_status->setText(ok ? tr("Saved.") : tr("Not saved: %1").arg(m_model->errorString()));
    if (at.isValid()) m_view->setCurrentIndex(m_model->index(at.row(), at.column()));
    return ok;
}

void AttendancePage::updateState()
{
    m_save->setEnabled(m_model->isDirty());
    m_print->setEnabled(m_model->sessionCount() > 0);
    if (m_model->isDirty()) m_status->setText(tr("Changes not saved yet."));
}

void AttendancePage::printSheet()
{
    const QModelIndex at = m_view->currentIndex();
    if (!at.isValid() || at.column() >= m_model->sessionCount()) return;
    auto data = SheetData::load(m_store.database(), m_model->pathId());
    if (!data) return;
    const int session = data->indexOf(m_model->session(at.column()).id());
    AttendanceDocuments::preview(this, *data, AttendanceDocuments::Kind::SignInSheet, session,
                                 m_store.today());
}

QString AttendancePage::statusText() const
{
    return m_status->text();
}

} // namespace percorsi
