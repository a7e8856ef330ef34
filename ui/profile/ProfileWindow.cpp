#include "ui/profile/ProfileWindow.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QGuiApplication>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/exchange/PersonExport.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PersonStore.h"
#include "core/util/SystemUser.h"
#include "ui/format/FieldLabels.h"
#include "ui/models/RecordTableModel.h"
#include "ui/print/PersonDocument.h"
#include "ui/profile/CloseCaseDialog.h"
#include "ui/profile/DetailsTab.h"
#include "ui/profile/EraseDialog.h"
#include "ui/profile/HistoryTab.h"
#include "ui/profile/PathsTab.h"
#include "ui/profile/PersonEditCommand.h"
#include "ui/profile/ProfileHeader.h"
#include "ui/profile/ProfileTabs.h"
#include "ui/profile/ScreeningTab.h"

namespace percorsi {

ProfileWindow::ProfileWindow(RecordStore& store, qint64 personId, QWidget* parent)
    : QMainWindow(parent, Qt::Window),
      m_store(std::make_unique<PersonStore>(store.database())), m_person(Entity::Person),
      m_undo(new QUndoStack(this)), m_header(new ProfileHeader(store, this)),
      m_tabs(new QTabWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    if (auto person = m_store->get(schema::def(Entity::Person), personId)) {
        m_person = *person;
        // Every opening of a profile is a view of her data, and is audited.
        AuditLog(store.database()).viewed(QStringLiteral("person"), m_person.uuid());
    }
    createTabs(store);
    createActions();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    display(m_person);
    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    resize(QSize(1200, 720).boundedTo(screen * 0.95));
}

ProfileWindow::~ProfileWindow() = default;

void ProfileWindow::createTabs(RecordStore& store)
{
    const qint64 id = m_person.id();
    m_details = new DetailsTab(store, m_person, this);
    m_tabs->addTab(m_details, tr("&Details"));
    connect(m_details, &DetailsTab::saveRequested, this, &ProfileWindow::save);
    addRecordsTab(new ScreeningTab(store, id, this), tr("S&creening"));
    addRecordsTab(new PlanTab(store, id, this), tr("&Plan"));
    addRecordsTab(new PathsTab(store, id, this), tr("P&aths"));
    addRecordsTab(new SupportTab(store, id, this), tr("S&upport"));
    addRecordsTab(new ReferralsTab(store, id, this), tr("&Referrals"));
    addRecordsTab(new PlacementsTab(store, id, this), tr("Placem&ents"));
    addRecordsTab(new FollowupsTab(store, id, this), tr("&Follow-ups"));
    addRecordsTab(new VenturesTab(store, id, this), tr("&Business"));
    addRecordsTab(new ConsentsTab(store, id, this), tr("C&onsents"));
    m_history = new HistoryTab(store, id, this);
    m_tabs->addTab(m_history, tr("&History"));
}

void ProfileWindow::addRecordsTab(RecordsTab* tab, const QString& title)
{
    m_tabs->addTab(tab, title);
    m_recordTabs.push_back(tab);
    connect(tab, &RecordsTab::changed, this, &ProfileWindow::refreshAll);
}

RecordsTab* ProfileWindow::tab(const char* entity) const
{
    for (RecordsTab* t : m_recordTabs) {
        if (t->model()->entity().name == std::string_view(entity))
            return t;
    }
    return nullptr;
}

void ProfileWindow::createActions()
{
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_closeCase = new QAction(tr("&Close case…"), this);
    m_reopen = new QAction(tr("Re&open case"), this);
    auto* save = new QAction(tr("&Save changes"), this);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, m_details, [this] { m_details->saveButton()->click(); });
    auto* closeWindow = new QAction(tr("Close &window"), this);
    closeWindow->setShortcut(QKeySequence::Close);
    connect(m_closeCase, &QAction::triggered, this, &ProfileWindow::closeCase);
    connect(m_reopen, &QAction::triggered, this, &ProfileWindow::reopenCase);
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    m_export = new QAction(tr("E&xport her data…"), this);
    m_erase = new QAction(tr("E&rase…"), this);
    connect(m_export, &QAction::triggered, this, &ProfileWindow::chooseExport);
    connect(m_erase, &QAction::triggered, this, &ProfileWindow::erase);
    QMenu* person = menuBar()->addMenu(tr("&Person"));
    person->addActions({save, m_closeCase, m_reopen});
    person->addSeparator();
    person->addActions({m_export, m_erase});
    person->addSeparator();
    person->addAction(closeWindow);
    // On the window too, so that the shortcuts work wherever the focus is.
    addActions({save, undo, redo, m_closeCase, m_reopen, closeWindow});
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    QToolBar* bar = addToolBar(tr("Case"));
    bar->setObjectName(QStringLiteral("case"));
    bar->setMovable(false);
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({m_closeCase, m_reopen});
}

bool ProfileWindow::save(const Record& edited)
{
    auto written = m_store->save(edited);
    if (!written) {
        m_details->showErrors(written.error());
        return false;
    }
    apply(m_person, *written, tr("Edit %1").arg(m_person.text(u"family_name")));
    return true;
}

CloseCaseDialog* ProfileWindow::closeCase()
{
    auto* dialog = new CloseCaseDialog(m_store->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this, dialog]() -> QString {
        auto closed = m_store->closeCase(m_person.id(), dialog->reason(), dialog->exitDate(),
                                         dialog->exitSituation());
        if (!closed)
            return closed.error().message();
        apply(m_person, *closed, tr("Close case"));
        return {};
    });
    dialog->open();
    return dialog;
}

bool ProfileWindow::reopenCase()
{
    auto reopened = m_store->reopenCase(m_person.id());
    if (reopened)
        apply(m_person, *reopened, tr("Reopen case"));
    return reopened.ok();
}

void ProfileWindow::chooseExport()
{
    const QString suggested = m_person.text(u"case_number") + QStringLiteral(".pdf");
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export her data"), suggested,
        tr("Readable document (*.pdf);;Data for another system (*.json)"));
    if (file.isEmpty())
        return;
    const QString error = exportData(file);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export her data"), error);
}

QString ProfileWindow::exportData(const QString& file)
{
    PersonExport exporter(m_store->database(),
                          [](QLatin1StringView field) { return FieldLabels::label(field); });
    auto document = exporter.build(m_person.id());
    if (!document)
        return document.error().message();
    const bool pdf = file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    QString error;
    if (pdf) {
        if (!PersonDocument::writePdf(*document, file, &error))
            return tr("Cannot write %1: %2").arg(file, error);
    } else {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return tr("Cannot write %1: %2").arg(file, out.errorString());
        if (Status st = PersonExport::writeJson(*document, &out); !st.ok())
            return st.error().message();
        if (!out.commit())
            return tr("Cannot write %1: %2").arg(file, out.errorString());
    }
    const QString format = pdf ? QStringLiteral("pdf") : QStringLiteral("json");
    if (Status st = exporter.audit(*document, systemUserName(), format); !st.ok())
        return st.error().message();
    return {};
}

EraseDialog* ProfileWindow::erase()
{
    const QString name = m_person.text(u"given_name") + QLatin1Char(' ') + m_person.text(u"family_name");
    auto* dialog = new EraseDialog(m_store->database(), m_person.id(), m_person.text(u"case_number"),
                                   name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EraseDialog::erased, this, [this](qint64 id) {
        m_undo->clear(); // nothing of hers is left to undo into
        emit personErased(id);
        emit personChanged(id);
        // After the dialog has returned: closing deletes the window and the dialog with it.
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
    dialog->open();
    return dialog;
}

// The edit is written already; the command keeps it for undo and redo.
void ProfileWindow::apply(Record before, const Record& after, const QString& text)
{
    display(after); // `before` is a copy: it is often m_person, which this changes
    m_undo->push(new PersonEditCommand(*m_store, std::move(before), after, text,
                                       [this](const Record& r) { display(r); }));
}

void ProfileWindow::display(const Record& person)
{
    m_person = person;
    setWindowTitle(tr("%1 %2 — %3")
                       .arg(person.text(u"given_name"), person.text(u"family_name"),
                            person.text(u"case_number")));
    m_header->showPerson(person);
    m_details->setRecord(person);
    const bool closed = person.text(u"status") == QLatin1String("closed");
    m_closeCase->setEnabled(!closed);
    m_reopen->setEnabled(closed);
    m_history->reload();
    reloadFollowups(); // closing or reopening her case schedules or drops one
    emit personChanged(person.id());
}

void ProfileWindow::reloadFollowups()
{
    if (RecordsTab* followups = tab("followup"))
        followups->reload();
}

void ProfileWindow::refreshAll()
{
    m_header->showPerson(m_person);
    reloadFollowups(); // an ended placement schedules one
    m_history->reload();
    emit personChanged(m_person.id());
}

} // namespace percorsi
