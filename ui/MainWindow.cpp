#include "ui/MainWindow.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "ui/LocalDesk.h"
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
      m_sidebar(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Percorsi — %1").arg(LocalDesk::name(*m_store)));
    createLayout();
    createPages();
    createShortcuts();
    createStatusBar();
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

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createPages()
{
    RecordStore& store = *m_store;
    m_people = new PeoplePage(store);
    m_settings = new SettingsPage(store);
    addPage(QStringLiteral("people"), tr("People"), m_people);
    auto* paths = new PathsPage(store);
    auto* attendance = new AttendancePage(store);
    addPage(QStringLiteral("paths"), tr("Paths"), paths);
    addPage(QStringLiteral("attendance"), tr("Attendance"), attendance);
    connect(paths, &PathsPage::registerRequested, this, [this, attendance](qint64 path) {
        showPage(m_pages->indexOf(attendance));
        attendance->openPath(path);
    });
    addPage(QStringLiteral("placements"), tr("Placements"), new PlacementsPage(store));
    addPage(QStringLiteral("services"), tr("Services"), new ServicesPage(store));
    addPage(QStringLiteral("employers"), tr("Employers"), new EmployersPage(store));
    addPage(QStringLiteral("events"), tr("Events"), new EventsPage(store));
    addPage(QStringLiteral("reports"), tr("Reports"), new DashboardPage(store));
    auto* sync = new SyncPage(store);
    addPage(QStringLiteral("sync"), tr("Sync"), sync);
    new BundleDropFilter(this, [this, sync](const QString& path) {
        showPage(m_pages->indexOf(sync));
        sync->openBundle(path);
    });
    addPage(QStringLiteral("settings"), tr("Settings"), m_settings);
    fitSidebar();
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
    connect(newPerson, &QShortcut::activated, m_people, &PeoplePage::newPerson);
}

void MainWindow::createStatusBar()
{
    auto* desk = new QLabel(tr("Desk: %1").arg(LocalDesk::nameAndCode(*m_store)), this);
    desk->setAccessibleName(tr("Desk"));
    auto* path = new QLabel(m_store->database().path(), this);
    path->setAccessibleName(tr("Database file"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(desk);
    statusBar()->addPermanentWidget(path);
}

void MainWindow::searchPeople()
{
    showPage(m_pages->indexOf(m_people));
    m_people->focusSearch();
}

} // namespace percorsi
