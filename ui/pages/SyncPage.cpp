#include "ui/pages/SyncPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/storage/RecordStore.h"
#include "ui/sync/BundleExportBox.h"
#include "ui/sync/BundleHistoryView.h"
#include "ui/sync/BundleImportBox.h"
#include "ui/sync/ConflictsView.h"
#include "ui/sync/DesksTab.h"
#include "ui/sync/SpreadsheetsTab.h"
#include "ui/widgets/PageHeader.h"

namespace percorsi {

SyncPage::SyncPage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_tabs(new QTabWidget(this))
{
    m_conflicts = new ConflictsView(store, this);
    m_history = new BundleHistoryView(store, this);
    m_sheets = new SpreadsheetsTab(store, this);
    m_desks = new DesksTab(store, this);
    m_tabs->setAccessibleName(tr("Sync sections"));
    m_tabs->addTab(createBundlesTab(), tr("&Bundles"));
    m_tabs->addTab(m_conflicts, QString());
    m_tabs->addTab(m_sheets, tr("&Spreadsheets"));
    m_tabs->addTab(m_desks, tr("&Desks"));
    updateConflictsTitle();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Sync"),
                                     tr("Desks exchange their data through bundles, on a USB "
                                        "stick or by mail; no server is needed."),
                                     nullptr, this));
    layout->addWidget(m_tabs, 1);

    connect(m_export, &BundleExportBox::exported, this, &SyncPage::refresh);
    connect(m_import, &BundleImportBox::imported, this, &SyncPage::refresh);
    connect(m_conflicts, &ConflictsView::resolved, this, &SyncPage::updateConflictsTitle);
}

QWidget* SyncPage::createBundlesTab()
{
    auto* tab = new QWidget(this);
    m_export = new BundleExportBox(m_store, tab);
    m_import = new BundleImportBox(m_store, tab);
    auto* boxes = new QHBoxLayout;
    boxes->addWidget(m_export, 1);
    boxes->addWidget(m_import, 1);
    auto* title = new QLabel(tr("Bundles sent and &received"), tab);
    title->setBuddy(m_history);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(boxes);
    layout->addWidget(title);
    layout->addWidget(m_history, 1);
    return tab;
}

RecordTableModel* SyncPage::desks() const
{
    return m_desks->desks();
}

QString SyncPage::digest() const
{
    return m_desks->digest();
}

void SyncPage::computeDigest()
{
    m_desks->computeDigest();
}

void SyncPage::openBundle(const QString& path)
{
    m_tabs->setCurrentIndex(0);
    m_import->openBundle(path);
}

// After a bundle went out or came in: new desks, conflicts and history lines.
void SyncPage::refresh()
{
    m_export->reloadDesks();
    m_conflicts->reload();
    m_history->reload();
    m_sheets->reloadPaths();
    m_desks->reload();
    updateConflictsTitle();
}

void SyncPage::updateConflictsTitle()
{
    const int open = m_conflicts->openCount();
    m_tabs->setTabText(1, open ? tr("&Conflicts (%1)").arg(open) : tr("&Conflicts"));
}

} // namespace percorsi
