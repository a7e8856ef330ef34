#pragma once

#include <memory>

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace percorsi {

class BundleDropFilter;
class Database;
class PeoplePage;
class RecordStore;
class SettingsPage;

// The main window: a sidebar of pages and the page shown. It only assembles
// the pages; each page is its own class and does its own work.
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildPages();
    bool keepWork();
    void refreshIcons();
    void retranslate();
    void createLayout();
    void createPages();
    void addPage(const QString& icon, const QString& title, QWidget* page);
    void fitSidebar();
    void createShortcuts();
    void createStatusBar();
    void searchPeople();

    std::unique_ptr<RecordStore> m_store;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    PeoplePage* m_people = nullptr;
    SettingsPage* m_settings = nullptr;
    BundleDropFilter* m_dropFilter = nullptr;
    QLabel* m_deskLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    bool m_rebuildQueued = false;
};

} // namespace percorsi
