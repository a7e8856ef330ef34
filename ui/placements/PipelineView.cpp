#include "ui/placements/PipelineView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/storage/PlacementStore.h"
#include "ui/format/FieldFormatter.h"
#include "ui/placements/EndPlacementDialog.h"
#include "ui/placements/StageList.h"

namespace percorsi {

namespace {

constexpr int kMaxCards = 300;

QString stageLabel(const QString& stage)
{
    return codes::label(u"placement_stage", stage);
}

QString cardText(const PlacementStore::Card& c)
{
    const Record& p = c.placement;
    QStringList lines{PipelineView::tr("%1 · %2").arg(c.person, c.caseNumber)};
    const QString type = codes::label(u"placement_type", p.text(u"type"));
    lines << (c.employer.isEmpty() ? type : PipelineView::tr("%1 at %2").arg(type, c.employer));
    if (!p.isNull(u"end_date"))
        lines << PipelineView::tr("%1 to %2, %3")
                     .arg(FieldFormatter::date(p.date(u"start_date")),
                          FieldFormatter::date(p.date(u"end_date")),
                          codes::label(u"placement_outcome", p.text(u"outcome")).toLower());
    else if (!p.isNull(u"start_date"))
        lines << PipelineView::tr("From %1").arg(FieldFormatter::date(p.date(u"start_date")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PipelineView::PipelineView(PlacementStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_error(new QLabel(this))
{
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    auto* columns = new QHBoxLayout;
    for (const QString& stage : PlacementStore::stages())
        addColumn(stage, columns);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* hint = new QLabel(tr("Ctrl+Right moves the selected placement to the next stage, "
                               "Ctrl+Left back; or drag it to another column. Enter opens it."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addLayout(columns, 1);
}

void PipelineView::addColumn(const QString& stage, QHBoxLayout* layout)
{
    auto* list = new StageList(stage, this);
    list->setAccessibleName(stageLabel(stage));
    auto* title = new QLabel(this);
    title->setBuddy(list);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(list, 1);
    layout->addLayout(column, 1);
    m_columns[stage] = list;
    m_titles[stage] = title;
    connect(list, &StageList::stepRequested, this, &PipelineView::step);
    connect(list, &StageList::openRequested, this, &PipelineView::openRequested);
    // Queued: the drag finishes with the old items before the columns are rebuilt.
    connect(list, &StageList::dropped, this, &PipelineView::moveTo, Qt::QueuedConnection);
}

StageList* PipelineView::column(const QString& stage) const
{
    const auto it = m_columns.find(stage);
    return it == m_columns.end() ? nullptr : it->second;
}

QString PipelineView::columnTitle(const QString& stage) const
{
    const auto it = m_titles.find(stage);
    return it == m_titles.end() ? QString() : it->second->text();
}

QString PipelineView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PipelineView::setDesk(qint64 deskId)
{
    m_deskId = deskId;
    reload();
}

void PipelineView::reload()
{
    for (auto& [stage, list] : m_columns)
        list->clear();
    auto cards = m_store.pipeline(m_deskId);
    if (!cards) return showError(cards.error().message());
    std::map<QString, int> totals;
    for (const PlacementStore::Card& c : *cards) {
        const QString stage = c.placement.text(u"stage");
        StageList* list = column(stage);
        // Years of ended placements would bury the rest: the latest ones are shown.
        if (!list || ++totals[stage] > kMaxCards) continue;
        auto* item = new QListWidgetItem(cardText(c), list);
        item->setData(StageList::IdRole, c.placement.id());
    }
    for (auto& [stage, list] : m_columns) {
        const int total = totals[stage];
        m_titles[stage]->setText(total > list->count()
                                     ? tr("%1 (latest %2 of %3)")
                                           .arg(stageLabel(stage))
                                           .arg(list->count())
                                           .arg(FieldFormatter::number(total))
                                     : tr("%1 (%2)").arg(stageLabel(stage)).arg(total));
    }
}

void PipelineView::step(qint64 placementId, int step)
{
    auto p = m_store.get(schema::def(Entity::Placement), placementId);
    if (!p) return showError(p.error().message());
    const QString stage = p->text(u"stage");
    const QString to =
        step > 0 ? PlacementStore::nextStage(stage) : PlacementStore::previousStage(stage);
    if (to.isEmpty())
        return showError(step > 0
                             ? tr("The placement has ended: there is no stage after it.")
                             : tr("The placement is only proposed: there is no stage before it."));
    moveTo(placementId, to);
}

void PipelineView::moveTo(qint64 placementId, const QString& stage)
{
    if (stage == QLatin1String("ended")) return askEnding(placementId);
    auto moved = m_store.moveTo(placementId, stage);
    if (!moved) return showError(moved.error().message());
    this->moved(placementId, stage);
}

void PipelineView::askEnding(qint64 placementId)
{
    StageList* from = nullptr;
    for (auto& [stage, list] : m_columns) {
        if (list->select(placementId)) from = list;
    }
    const QString what = from && from->currentItem() ? from->currentItem()->text() : QString();
    m_endDialog = new EndPlacementDialog(what, m_store.today(), this);
    m_endDialog->setAttribute(Qt::WA_DeleteOnClose);
    EndPlacementDialog* dialog = m_endDialog;
    dialog->setApply([this, dialog, placementId] {
        auto ended = m_store.moveTo(placementId, QStringLiteral("ended"),
                                    {dialog->endDate(), dialog->outcome(), dialog->note()});
        return ended ? QString() : ended.error().message();
    });
    connect(dialog, &QDialog::accepted, this,
            [this, placementId] { moved(placementId, QStringLiteral("ended")); });
    connect(dialog, &QObject::destroyed, this, [this] { m_endDialog = nullptr; });
    dialog->open();
}

void PipelineView::moved(qint64 placementId, const QString& stage)
{
    m_error->hide();
    reload();
    if (StageList* list = column(stage)) {
        list->select(placementId);
        list->setFocus(Qt::OtherFocusReason);
    }
    emit changed();
}

void PipelineView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace percorsi
