#include "ui/placements/FollowupsDueView.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "ui/format/FieldFormatter.h"
#include "ui/placements/SituationDialog.h"

namespace percorsi {

namespace {

QStringList rowText(const FollowupStore::Due& d)
{
    const Record& f = d.followup;
    QString placement;
    if (!d.placementType.isEmpty()) {
        const QString type = codes::label(u"placement_type", d.placementType);
        placement =
            d.employer.isEmpty() ? type : FollowupsDueView::tr("%1 at %2").arg(type, d.employer);
    }
    return {FieldFormatter::date(f.date(u"due_on")), d.name, d.caseNumber,
            codes::label(u"followup_reason", f.text(u"reason")), placement};
}

} // namespace

FollowupsDueView::FollowupsDueView(FollowupStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_dueBy(new QDateEdit(store.today(), this)),
      m_list(new QTreeWidget(this)), m_record(new QPushButton(tr("&Record situation…"), this)),
      m_count(new QLabel(this))
{
    m_dueBy->setCalendarPopup(true);
    m_dueBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dueBy->setAccessibleName(tr("Due by"));
    m_list->setAccessibleName(tr("Follow-ups due"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Due"), tr("Person"), tr("Case number"), tr("Because she"), tr("Placement")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_count->setAccessibleName(tr("Number of follow-ups due"));
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("D&ue by"), this);
    label->setBuddy(m_dueBy);
    bar->addWidget(label);
    bar->addWidget(m_dueBy);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    connect(m_dueBy, &QDateEdit::dateChanged, this, &FollowupsDueView::reload);
    connect(m_record, &QPushButton::clicked, this,
            [this] { recordSituation(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { recordSituation(m_list->indexOfTopLevelItem(item)); });
}

void FollowupsDueView::setDesk(qint64 deskId)
{
    m_deskId = deskId;
    reload();
}

void FollowupsDueView::reload()
{
    m_list->clear();
    auto due = m_store.dueBy(m_dueBy->date(), m_deskId);
    m_due = due ? std::move(due.value()) : std::vector<FollowupStore::Due>();
    for (const FollowupStore::Due& d : m_due)
        new QTreeWidgetItem(m_list, rowText(d));
    if (!due)
        m_count->setText(tr("Cannot read the follow-ups: %1").arg(due.error().message()));
    else
        m_count->setText(
            m_due.size() == 1
                ? tr("1 follow-up due")
                : tr("%1 follow-ups due").arg(FieldFormatter::number(qint64(m_due.size()))));
    if (m_list->topLevelItemCount() > 0) m_list->setCurrentItem(m_list->topLevelItem(0));
    m_record->setEnabled(!m_due.empty());
    emit reloaded(dueCount());
}

SituationDialog* FollowupsDueView::recordSituation(int row)
{
    if (row < 0 || row >= int(m_due.size())) return nullptr;
    const FollowupStore::Due& d = m_due[size_t(row)];
    const qint64 id = d.followup.id();
    auto* dialog = new SituationDialog(
        tr("%1 (%2), due %3")
            .arg(d.name, d.caseNumber, FieldFormatter::date(d.followup.date(u"due_on"))),
        m_store.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this, dialog, id] {
        auto done = m_store.recordSituation(id, dialog->doneOn(), dialog->situation(),
                                            dialog->improved(), dialog->note());
        return done ? QString() : done.error().message();
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
    return dialog;
}

} // namespace percorsi
