#include "ui/placements/PlacementsPage.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/storage/FollowupStore.h"
#include "core/storage/PlacementStore.h"
#include "ui/forms/RecordDialog.h"
#include "ui/placements/DeskBox.h"
#include "ui/placements/FollowupsDueView.h"
#include "ui/placements/PipelineView.h"
#include "ui/placements/PlacementDialogs.h"
#include "ui/placements/StageList.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/PersonPicker.h"

namespace percorsi {

PlacementsPage::PlacementsPage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_placements(std::make_unique<PlacementStore>(store.database())),
      m_followupStore(std::make_unique<FollowupStore>(store.database())),
      m_desk(new DeskBox(store, this)), m_new(new QPushButton(tr("&New placement…"), this)),
      m_tabs(new QTabWidget(this)), m_pipeline(new PipelineView(*m_placements, this)),
      m_followups(new FollowupsDueView(*m_followupStore, this))
{
    auto* trailing = new QWidget(this);
    auto* bar = new QHBoxLayout(trailing);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_desk);
    bar->addWidget(m_new);
    m_tabs->addTab(m_pipeline, tr("&Pipeline"));
    m_tabs->addTab(m_followups, tr("&Follow-ups due"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Placements"),
                                     tr("Internships, vouchers and jobs by stage, and the "
                                        "follow-ups due six months after."),
                                     trailing, this));
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tabs);
    connect(m_desk, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_new, &QPushButton::clicked, this, &PlacementsPage::newPlacement);
    connect(m_pipeline, &PipelineView::openRequested, this, &PlacementsPage::editPlacement);
    connect(m_pipeline, &PipelineView::changed, m_followups, &FollowupsDueView::reload);
    connect(m_followups, &FollowupsDueView::reloaded, this, &PlacementsPage::updateTabTitles);
    // Read when first shown (showEvent), not while the main window starts.
}

PlacementsPage::~PlacementsPage() = default;

void PlacementsPage::refresh()
{
    m_pipeline->setDesk(m_desk->deskId());
    m_followups->setDesk(m_desk->deskId());
}

// Placements are also made from profiles and employers: show them on return.
// Reading only when shown also keeps them out of the main window's start.
void PlacementsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void PlacementsPage::updateTabTitles()
{
    m_tabs->setTabText(1, tr("&Follow-ups due (%1)").arg(m_followups->dueCount()));
}

PersonPicker* PlacementsPage::newPlacement()
{
    return PlacementDialogs::create(
        *m_placements, Record(Entity::Placement), this, [this](const Record& saved) {
            refresh();
            if (StageList* list = m_pipeline->column(saved.text(u"stage")))
                list->select(saved.id());
        });
}

RecordDialog* PlacementsPage::editPlacement(qint64 placementId)
{
    auto placement = m_placements->get(schema::def(Entity::Placement), placementId);
    if (!placement) return nullptr;
    return PlacementDialogs::edit(*m_placements, *placement, this,
                                  [this](const Record&) { refresh(); });
}

} // namespace percorsi
