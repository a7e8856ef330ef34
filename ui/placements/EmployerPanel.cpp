#include "ui/placements/EmployerPanel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/storage/PlacementStore.h"
#include "ui/format/FieldFormatter.h"
#include "ui/format/FieldLabels.h"
#include "ui/forms/RecordDialog.h"
#include "ui/models/RecordTableModel.h"
#include "ui/placements/PlacementDialogs.h"
#include "ui/widgets/PersonPicker.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi {

namespace {

RecordColumn column(const char* name, int widthChars)
{
    return RecordColumn::of(name, FieldLabels::label(QLatin1StringView(name)), widthChars);
}

QStringList placedRow(const PlacementStore::Card& c)
{
    const Record& p = c.placement;
    auto date = [&p](const char16_t* f) {
        return p.isNull(f) ? QString() : FieldFormatter::date(p.date(f));
    };
    return {c.person,
            c.caseNumber,
            codes::label(u"placement_type", p.text(u"type")),
            codes::label(u"placement_stage", p.text(u"stage")),
            date(u"start_date"),
            date(u"end_date"),
            codes::label(u"placement_outcome", p.text(u"outcome"))};
}

} // namespace

EmployerPanel::EmployerPanel(PlacementStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_summary(new QLabel(this)),
      m_log(new RecordTableModel(store, schema::def(Entity::Engagement),
                                 {column("date", 12), column("kind", 26), column("note", 40)},
                                 this)),
      m_logView(new RecordTableView(this)), m_placed(new QTreeWidget(this)),
      m_addEntry(new QPushButton(tr("Add &entry…"), this)),
      m_newPlacement(new QPushButton(tr("New &placement here…"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Employer"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(createLog(), 1);
    layout->addWidget(createPlaced(), 1);
    setEnabled(false);
}

QWidget* EmployerPanel::createLog()
{
    auto* box = new QGroupBox(tr("Engagement log"), this);
    m_logView->setRecordModel(m_log);
    m_logView->setAccessibleName(tr("Engagement log"));
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_addEntry);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_logView, 1);
    layout->addLayout(bar);
    connect(m_addEntry, &QPushButton::clicked, this, &EmployerPanel::addEngagement);
    connect(m_logView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { editEngagement(index.row()); });
    return box;
}

QWidget* EmployerPanel::createPlaced()
{
    auto* box = new QGroupBox(tr("People placed here"), this);
    m_placed->setAccessibleName(tr("People placed here"));
    m_placed->setRootIsDecorated(false);
    m_placed->setAlternatingRowColors(true);
    m_placed->setHeaderLabels({tr("Person"), tr("Case number"), tr("Type"), tr("Stage"),
                               tr("Start"), tr("End"), tr("Outcome")});
    m_placed->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_newPlacement);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_placed, 1);
    layout->addLayout(bar);
    connect(m_newPlacement, &QPushButton::clicked, this, &EmployerPanel::newPlacement);
    return box;
}

void EmployerPanel::showEmployer(const Record& employer)
{
    m_employer = employer;
    setEnabled(employer.id() != 0);
    FieldFormatter& f = m_log->formatter();
    QStringList parts;
    for (const char* field :
         {"sector", "size", "contact_name", "phone", "email", "address", "city"}) {
        const QString value = f.display(employer, field);
        if (!value.isEmpty()) parts << value;
    }
    m_summary->setText(QStringLiteral("<b>%1</b><br>%2")
                           .arg(employer.text(u"name").toHtmlEscaped(),
                                parts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    reloadLog();
    reloadPlaced();
}

QString EmployerPanel::summaryText() const
{
    return m_summary->text();
}

void EmployerPanel::reloadLog()
{
    auto entries = m_store.list(
        schema::def(Entity::Engagement),
        {.field = "employer_id", .equals = m_employer.id(), .orderBy = "date", .descending = true});
    m_log->showRecords(entries ? std::move(*entries) : std::vector<Record>());
}

void EmployerPanel::reloadPlaced()
{
    m_placed->clear();
    auto cards = m_store.atEmployer(m_employer.id());
    if (!cards) return;
    for (const PlacementStore::Card& c : *cards)
        new QTreeWidgetItem(m_placed, placedRow(c));
}

RecordDialog* EmployerPanel::addEngagement()
{
    Record entry(Entity::Engagement);
    entry.set(u"employer_id", m_employer.id());
    entry.set(u"date", m_store.today().toString(Qt::ISODate));
    return openEngagement(entry, tr("New engagement"));
}

RecordDialog* EmployerPanel::editEngagement(int row)
{
    const Record* entry = m_log->recordAt(row);
    return entry ? openEngagement(*entry, tr("Edit engagement")) : nullptr;
}

RecordDialog* EmployerPanel::openEngagement(const Record& entry, const QString& title)
{
    auto* dialog = new RecordDialog(m_store, entry, title, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &EmployerPanel::reloadLog);
    dialog->open();
    return dialog;
}

PersonPicker* EmployerPanel::newPlacement()
{
    Record preset(Entity::Placement);
    preset.set(u"employer_id", m_employer.id());
    return PlacementDialogs::create(m_store, preset, this, [this](const Record&) {
        reloadPlaced();
        emit placementsChanged();
    });
}

} // namespace percorsi
