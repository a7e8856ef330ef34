#pragma once

#include <functional>
#include <memory>

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace percorsi {

class BundleDropFilter;
class Database;
class IdleLock;
class LockScreen;
class PeoplePage;
class RecordStore;
class SettingsPage;

// The main window: a sidebar of pages and the page shown. It only assembles
// the pages (those the signed-in user's role may use); each page is its own
// class and does its own work. Locking (by hand or after the idle time)
// destroys every page, and with them every view of personal data, until the
// user's password is given again.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    int currentPage() const;
    void showPage(int index);
    QListWidget* sidebar() const { return m_sidebar; }
    QWidget* page(int index) const;
    PeoplePage* peoplePage() const { return m_people; }
    SettingsPage* settingsPage() const { return m_settings; }
    int indexOfPage(const QString& title) const;

    void lock();
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleLock* idleLock() const { return m_idle; }
    void changePassword();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildPages();
    bool keepWork();
    void refreshIcons();
    void retranslate();
    void createLayout();
    void createPages();
    void destroyPages();
    void unlock();
    void createMenus();
    void addPage(const QString& icon, const QString& title, QWidget* page);
    // A page made the first time it is shown (or asked for by page()), so
    // that the window opens without building the pages no one looks at yet.
    void addPage(const QString& icon, const QString& title, std::function<QWidget*()> make);
    void fitSidebar();
    void createShortcuts();
    void createStatusBar();
    void searchPeople();

    std::unique_ptr<RecordStore> m_store;
    QStackedWidget* m_root;
    QWidget* m_workspace = nullptr;
    LockScreen* m_lockScreen;
    IdleLock* m_idle;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    PeoplePage* m_people = nullptr;
    SettingsPage* m_settings = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_deskLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    bool m_rebuildQueued = false;
};

} // namespace percorsi
