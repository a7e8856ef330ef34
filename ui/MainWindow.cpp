#include "ui/MainWindow.h"

#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/storage/UserStore.h"
#include "ui/Appearance.h"
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
#include "ui/profile/ProfileWindow.h"
#include "ui/sync/BundleDropFilter.h"

namespace percorsi {

namespace {

// Holds the place of a page in the stack until it is first wanted.
class LazyPage : public QWidget
{
public:
    explicit LazyPage(std::function<QWidget*()> make) : m_make(std::move(make))
    {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    QWidget* page()
    {
        if (!m_page) {
            m_page = m_make();
            m_page->setAccessibleName(accessibleName());
            layout()->addWidget(m_page);
            m_make = nullptr;
        }
        return m_page;
    }

private:
    std::function<QWidget*()> m_make;
    QWidget* m_page = nullptr;
};

} // namespace

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_store(std::make_unique<RecordStore>(db)),
      m_root(new QStackedWidget(this)), m_lockScreen(new LockScreen(db, this)),
      m_idle(new IdleLock(UserStore(db).idleMinutes(), this)), m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this))
{
    createLayout();
    createPages();
    createShortcuts();
    createStatusBar();
    connect(m_idle, &IdleLock::lockRequested, this, &MainWindow::lock);
    new BundleDropFilter(this, [this](const QString& path) {
        const int index = indexOfPage(tr("Sync"));
        auto* sync = index < 0 ? nullptr : qobject_cast<SyncPage*>(page(index));
        if (!sync || isLocked())
            return;
        showPage(index);
        sync->openBundle(path);
    });
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    retranslate();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            page(row); // made now if it was not yet
        m_pages->setCurrentIndex(row);
    });
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
    QWidget* held = m_pages->widget(index);
    auto* lazy = dynamic_cast<LazyPage*>(held);
    return lazy ? lazy->page() : held;
}

// A new language: the pages are built again in it, on the same page as before.
// Rebuilding (rather than retranslating each label) also renews texts that pages
// compute once, such as column titles, code labels and formatted dates.
void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) refreshIcons();
    if (event->type() != QEvent::LanguageChange || m_rebuildQueued) return;
    m_rebuildQueued = true;
    QMetaObject::invokeMethod(this, &MainWindow::rebuildPages, Qt::QueuedConnection);
}

void MainWindow::rebuildPages()
{
    m_rebuildQueued = false;
    if (isLocked() || !keepWork()) return; // unlocking builds the pages anew
    const int current = currentPage();
    const bool onSettings = m_pages->currentWidget() == m_settings;
    m_sidebar->clear();
    while (QWidget* page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    createPages();
    retranslate();
    showPage(current);
    if (onSettings) m_settings->languageSelector()->setFocus(Qt::OtherFocusReason);
}

// The high-contrast choice recolours the sidebar's icons.
void MainWindow::refreshIcons()
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QListWidgetItem* item = m_sidebar->item(i);
        item->setIcon(Appearance::icon(item->data(Qt::UserRole).toString()));
    }
}

// Work in progress survives a new language: the register's unsaved marks are
// saved (if that fails, the pages stay as they are), and open profiles stay
// open, in the language they were opened in.
bool MainWindow::keepWork()
{
    for (auto* attendance : m_pages->findChildren<AttendancePage*>())
        if (!attendance->save()) return false;
    for (auto* profile : m_people->findChildren<ProfileWindow*>(Qt::FindDirectChildrenOnly)) {
        const bool shown = profile->isVisible();
        profile->setParent(this, profile->windowFlags());
        if (shown) profile->show();
    }
    return true;
}

void MainWindow::retranslate()
{
    menuBar()->clear();
    createMenus();
    setWindowTitle(tr("Percorsi — %1").arg(LocalDesk::name(*m_store)));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setAccessibleDescription(
        tr("The pages of Percorsi; Ctrl+1 to Ctrl+0 open them directly."));
    m_deskLabel->setText(tr("Desk: %1").arg(LocalDesk::nameAndCode(*m_store)));
    m_deskLabel->setAccessibleName(tr("Desk"));
    m_pathLabel->setAccessibleName(tr("Database file"));
    const Principal& me = m_store->database().principal();
    m_userLabel->setText(
        tr("Signed in: %1 (%2)").arg(me.username, codes::label("role", Principal::codeOf(me.role))));
    m_userLabel->setAccessibleName(tr("User"));
}

void MainWindow::createLayout()
{
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
        addPage(QStringLiteral("paths"), tr("Paths"), [this, attendance]() -> QWidget* {
            auto* paths = new PathsPage(*m_store);
            connect(paths, &PathsPage::registerRequested, this, [this, attendance](qint64 path) {
                showPage(m_pages->indexOf(attendance));
                attendance->openPath(path);
            });
            return paths;
        });
    }
    addPage(QStringLiteral("attendance"), tr("Attendance"), attendance);
    if (policy.allows(A::EditPeople))
        addPage(QStringLiteral("placements"), tr("Placements"), [this] { return new PlacementsPage(*m_store); });
    if (policy.allows(A::ManageCatalogue)) {
        addPage(QStringLiteral("services"), tr("Services"), [this] { return new ServicesPage(*m_store); });
        addPage(QStringLiteral("employers"), tr("Employers"), [this] { return new EmployersPage(*m_store); });
        addPage(QStringLiteral("events"), tr("Events"), [this] { return new EventsPage(*m_store); });
    }
    if (policy.allows(A::ViewAggregates))
        addPage(QStringLiteral("reports"), tr("Reports"), [this] { return new DashboardPage(*m_store); });
    if (policy.allows(A::Sync))
        addPage(QStringLiteral("sync"), tr("Sync"), [this] { return new SyncPage(*m_store); });
    addPage(QStringLiteral("settings"), tr("Settings"), m_settings);
    if (policy.allows(A::ManageUsers)) {
        addPage(QStringLiteral("settings"), tr("Accounts"), [this]() -> QWidget* {
            auto* accounts = new AccountsPage(m_store->database());
            connect(accounts, &AccountsPage::idleMinutesChanged, m_idle, &IdleLock::setIdleMinutes);
            return accounts;
        });
    }
    if (policy.allows(A::ViewAudit))
        addPage(QStringLiteral("reports"), tr("Audit"), [this] { return new AuditPage(m_store->database()); });
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
    // The data key leaves memory with the pages; unlocking opens it again.
    m_store->database().forgetDataKey();
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
    auto* item = new QListWidgetItem(Appearance::icon(icon), title, m_sidebar);
    item->setData(Qt::UserRole, icon);
    const int shortcut = (m_sidebar->count()) % 10;
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(shortcut));
    item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 16));
    page->setAccessibleName(title);
    m_pages->addWidget(page);
}

void MainWindow::addPage(const QString& icon, const QString& title, std::function<QWidget*()> make)
{
    addPage(icon, title, new LazyPage(std::move(make)));
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
    m_deskLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_pathLabel = new QLabel(m_store->database().path(), this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_deskLabel);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
}

void MainWindow::searchPeople()
{
    if (!m_people)
        return;
    showPage(m_pages->indexOf(m_people));
    m_people->focusSearch();
}

} // namespace percorsi
