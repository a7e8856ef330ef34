#include "ui/profile/ProfileWindow.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/storage/AuditLog.h"
#include "core/storage/PersonStore.h"
#include "ui/models/RecordTableModel.h"
#include "ui/profile/CloseCaseDialog.h"
#include "ui/profile/DetailsTab.h"
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
    QMenu* person = menuBar()->addMenu(tr("&Person"));
    person->addActions({save, m_closeCase, m_reopen, closeWindow});
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
    auto written = m_store->update(edited);
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
    emit personChanged(person.id());
}

void ProfileWindow::refreshAll()
{
    m_header->showPerson(m_person);
    m_history->reload();
    emit personChanged(m_person.id());
}

} // namespace percorsi
