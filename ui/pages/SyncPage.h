#pragma once

#include <QWidget>

class QTabWidget;

namespace percorsi {

class BundleExportBox;
class BundleHistoryView;
class BundleImportBox;
class ConflictsView;
class DesksTab;
class RecordStore;
class RecordTableModel;
class SpreadsheetsTab;

// Where desks exchange their data: bundles sent and received, the conflicts
// they left for a coordinator, their history, spreadsheets, and the desks
// this database has met with the digest of its content.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(RecordStore& store, QWidget* parent = nullptr);

    RecordTableModel* desks() const;
    QString digest() const;
    QTabWidget* tabs() const { return m_tabs; }
    BundleExportBox* exportBox() const { return m_export; }
    BundleImportBox* importBox() const { return m_import; }
    ConflictsView* conflicts() const { return m_conflicts; }
    BundleHistoryView* history() const { return m_history; }
    SpreadsheetsTab* spreadsheets() const { return m_sheets; }

public slots:
    void computeDigest();
    // Shows the bundles tab and previews the bundle (a file dropped on the window).
    void openBundle(const QString& path);

private:
    QWidget* createBundlesTab();
    void refresh();
    void updateConflictsTitle();

    RecordStore& m_store;
    QTabWidget* m_tabs;
    BundleExportBox* m_export = nullptr;
    BundleImportBox* m_import = nullptr;
    ConflictsView* m_conflicts = nullptr;
    BundleHistoryView* m_history = nullptr;
    SpreadsheetsTab* m_sheets = nullptr;
    DesksTab* m_desks = nullptr;
};

} // namespace percorsi
