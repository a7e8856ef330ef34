#include "ui/profile/HistoryTab.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/storage/PersonFacts.h"
#include "core/storage/RecordStore.h"
#include "ui/format/FieldFormatter.h"

namespace percorsi {

namespace {

// The code set of the `what` column of each kind of record, where it is a code.
const char* codeSetOf(const QString& entity)
{
    static const std::pair<const char*, const char*> kSets[] = {
        {"consent", "consent_purpose"},  {"attendance", "attendance_status"},
        {"intervention", "intervention_kind"}, {"placement", "placement_type"},
        {"person", "close_reason"},
    };
    for (const auto& [e, set] : kSets) {
        if (entity == QLatin1String(e))
            return set;
    }
    return nullptr;
}

} // namespace

HistoryTab::HistoryTab(RecordStore& store, qint64 personId, QWidget* parent)
    : QWidget(parent), m_store(store), m_personId(personId), m_table(new QTableWidget(this))
{
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("What"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 120);
    m_table->setColumnWidth(1, 180);
    m_table->setAccessibleName(tr("History"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    reload();
}

QString HistoryTab::kind(const QString& entity, const QString& what) const
{
    if (entity == QLatin1String("person"))
        return what == QLatin1String("intake") ? tr("Intake") : tr("Case closed");
    const std::pair<const char*, QString> kinds[] = {
        {"consent", tr("Consent")},       {"assessment", tr("Screening")},
        {"plan_goal", tr("Plan goal")},   {"enrolment", tr("Enrolment in a path")},
        {"attendance", tr("Attendance")}, {"intervention", tr("Support")},
        {"referral", tr("Referral")},     {"placement", tr("Placement")},
    };
    for (const auto& [e, label] : kinds) {
        if (entity == QLatin1String(e))
            return label;
    }
    return entity;
}

QString HistoryTab::describe(const QString& entity, const QString& what) const
{
    if (entity == QLatin1String("person") && what == QLatin1String("intake"))
        return tr("First contact and intake");
    if (const char* set = codeSetOf(entity); set && !what.isEmpty())
        return codes::label(QLatin1StringView(set), what);
    return what;
}

void HistoryTab::reload()
{
    auto events = PersonFacts(m_store.database()).history(m_personId);
    const auto& list = events ? *events : std::vector<PersonFacts::Event>();
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < int(list.size()); ++row) {
        const PersonFacts::Event& e = list[size_t(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(FieldFormatter::date(e.date)));
        m_table->setItem(row, 1, new QTableWidgetItem(kind(e.entity, e.what)));
        m_table->setItem(row, 2, new QTableWidgetItem(describe(e.entity, e.what)));
    }
}

} // namespace percorsi
