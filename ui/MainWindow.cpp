#include "ui/MainWindow.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

#include "core/domain/Codes.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/storage/UserStore.h"
#include "ui/LocalDesk.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/AuditPage.h"
#include "ui/accounts/IdleLock.h"
#include "ui/accounts/LockScreen.h"
#include "ui/accounts/PasswordDialog.h"
#include "ui/attendance/AttendancePage.h"
#include "ui/events/EventsPage.h"
#include "ui/paths/PathsPage.h"
#include "ui/reports/DashboardPage.h"
#include "ui/pages/PeoplePage.h"
#include "ui/pages/ServicesPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/SyncPage.h"
#include "ui/placements/EmployersPage.h"
#include "ui/placements/PlacementsPage.h"
#include "ui/sync/BundleDropFilter.h"

namespace percorsi {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_store(std::make_unique<RecordStore>(db)),
      m_root(new QStackedWidget(this)), m_lockScreen(new LockScreen(db, this)),
      m_idle(new IdleLock(UserStore(db).idleMinutes(), this)), m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Percorsi — %1").arg(LocalDesk::name(*m_store)));
    createLayout();
    createPages();
    createShortcuts();
    createMenus();
    createStatusBar();
    connect(m_idle, &IdleLock::lockRequested, this, &MainWindow::lock);
    new BundleDropFilter(this, [this](const QString& path) {
        auto* sync = qobject_cast<SyncPage*>(page(indexOfPage(tr("Sync"))));
        if (!sync || isLocked())
            return;
        showPage(m_pages->indexOf(sync));
        sync->openBundle(path);
    });
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    showPage(0);

    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    resize(QSize(1280, 760).boundedTo(screen * 0.95));
}

MainWindow::~MainWindow() = default;

int MainWindow::pageCount() const
{
    return m_pages->count();
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::showPage(int index)
{
    m_sidebar->setCurrentRow(index);
}

QWidget* MainWindow::page(int index) const
{
    return m_pages->widget(index);
}

void MainWindow::createLayout()
{
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    m_workspace = new QWidget(this);
    auto* layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    m_root->addWidget(m_workspace);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);
}

// Pages a role cannot use are not made at all.
void MainWindow::createPages()
{
    using A = AccessPolicy::Action;
    RecordStore& store = *m_store;
    const AccessPolicy policy(store.database());
    m_people = new PeoplePage(store);
    m_settings = new SettingsPage(store);
    addPage(QStringLiteral("people"), tr("People"), m_people);
    auto* attendance = new AttendancePage(store);
    if (policy.allows(A::ManagePaths)) {
        auto* paths = new PathsPage(store);
        addPage(QStringLiteral("paths"), tr("Paths"), paths);
        connect(paths, &PathsPage::registerRequested, this, [this, attendance](qint64 path) {
            showPage(m_pages->indexOf(attendance));
            attendance->openPath(path);
        });
    }
    addPage(QStringLiteral("attendance"), tr("Attendance"), attendance);
    if (policy.allows(A::EditPeople))
        addPage(QStringLiteral("placements"), tr("Placements"), new PlacementsPage(store));
    if (policy.allows(A::ManageCatalogue)) {
        addPage(QStringLiteral("services"), tr("Services"), new ServicesPage(store));
        addPage(QStringLiteral("employers"), tr("Employers"), new EmployersPage(store));
        addPage(QStringLiteral("events"), tr("Events"), new EventsPage(store));
    }
    if (policy.allows(A::ViewAggregates))
        addPage(QStringLiteral("reports"), tr("Reports"), new DashboardPage(store));
    if (policy.allows(A::Sync))
        addPage(QStringLiteral("sync"), tr("Sync"), new SyncPage(store));
    addPage(QStringLiteral("settings"), tr("Settings"), m_settings);
    if (policy.allows(A::ManageUsers)) {
        auto* accounts = new AccountsPage(store.database());
        addPage(QStringLiteral("settings"), tr("Accounts"), accounts);
        connect(accounts, &AccountsPage::idleMinutesChanged, m_idle, &IdleLock::setIdleMinutes);
    }
    if (policy.allows(A::ViewAudit))
        addPage(QStringLiteral("reports"), tr("Audit"), new AuditPage(store.database()));
    fitSidebar();
}

void MainWindow::destroyPages()
{
    m_people = nullptr;
    m_settings = nullptr;
    m_sidebar->clear();
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page; // with it its models, dialogs and profile windows
    }
}

int MainWindow::indexOfPage(const QString& title) const
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        if (m_sidebar->item(i)->text() == title)
            return i;
    }
    return -1;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    destroyPages();
    m_root->setCurrentWidget(m_lockScreen);
    m_lockScreen->reset();
    AuditLog(m_store->database()).append(m_store->database().principal().auditName(),
                                         QStringLiteral("lock"));
}

bool MainWindow::isLocked() const
{
    return m_root->currentWidget() == m_lockScreen;
}

void MainWindow::unlock()
{
    createPages();
    m_root->setCurrentWidget(m_workspace);
    m_idle->touch();
    showPage(0);
}

void MainWindow::createMenus()
{
    QMenu* account = menuBar()->addMenu(tr("&Account"));
    QAction* password = account->addAction(tr("Change &password…"));
    connect(password, &QAction::triggered, this, &MainWindow::changePassword);
    QAction* lockNow = account->addAction(tr("&Lock"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockNow, &QAction::triggered, this, &MainWindow::lock);
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(m_store->database(), 0, QString(), this);
    dialog.exec();
}

// Wide enough for the longest title in the current language, and no wider.
void MainWindow::fitSidebar()
{
    int widest = 0;
    for (int i = 0; i < m_sidebar->count(); ++i)
        widest =
            qMax(widest, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->item(i)->text()));
    m_sidebar->setFixedWidth(widest + m_sidebar->iconSize().width() + 48);
}

void MainWindow::addPage(const QString& icon, const QString& title, QWidget* page)
{
    const QIcon image(QStringLiteral(":/percorsi/icons/%1.svg").arg(icon));
    auto* item = new QListWidgetItem(image, title, m_sidebar);
    const int shortcut = (m_sidebar->count()) % 10;
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(shortcut));
    item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 16));
    page->setAccessibleName(title);
    m_pages->addWidget(page);
}

// Ctrl+1 … Ctrl+9 and Ctrl+0 open the pages in sidebar order; Ctrl+F searches people,
// Ctrl+N registers a new person.
void MainWindow::createShortcuts()
{
    for (int i = 0; i < m_pages->count() && i < 10; ++i) {
        const int key = Qt::Key_0 + (i + 1) % 10;
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(key)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(i); });
    }
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &MainWindow::searchPeople);
    auto* newPerson = new QShortcut(QKeySequence::New, this);
    connect(newPerson, &QShortcut::activated, this, [this] {
        if (m_people && AccessPolicy(m_store->database()).allows(AccessPolicy::Action::RegisterPeople))
            m_people->newPerson();
    });
}

void MainWindow::createStatusBar()
{
    auto* desk = new QLabel(tr("Desk: %1").arg(LocalDesk::nameAndCode(*m_store)), this);
    desk->setAccessibleName(tr("Desk"));
    auto* path = new QLabel(m_store->database().path(), this);
    path->setAccessibleName(tr("Database file"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const Principal& me = m_store->database().principal();
    auto* user = new QLabel(tr("Signed in: %1 (%2)")
                                .arg(me.username, codes::label("role", Principal::codeOf(me.role))),
                            this);
    user->setAccessibleName(tr("User"));
    statusBar()->addWidget(desk);
    statusBar()->addWidget(user);
    statusBar()->addPermanentWidget(path);
}

void MainWindow::searchPeople()
{
    if (!m_people)
        return;
    showPage(m_pages->indexOf(m_people));
    m_people->focusSearch();
}

} // namespace percorsi
