#include "ui/profile/PathsTab.h"

#include <QLocale>

#include "core/storage/PersonFacts.h"
#include "core/storage/RecordStore.h"
#include "ui/profile/ProfileTabs.h"

namespace percorsi {

PathsTab::PathsTab(RecordStore& store, qint64 personId, QWidget* parent)
    : RecordsTab(store, personId,
                 {Entity::Enrolment,
                  {profileColumn("path_id", 34), profileColumn("enrolled_on"),
                   profileColumn("status", 12), rateColumn(&m_rates),
                   profileColumn("ended_on"), profileColumn("qualification", 20)},
                  "enrolled_on", "enrolled_on", {"path_id", "enrolled_on", "status", "ended_on",
                   "withdraw_reason", "qualification"},
                  tr("&Enrol in a path…"), {}},
                 parent)
{
    PathsTab::reload();
}

RecordColumn PathsTab::rateColumn(const std::map<qint64, QString>* rates)
{
    auto text = [rates](const Record& r, FieldFormatter&) {
        auto it = rates->find(r.id());
        return it == rates->end() ? QString() : it->second;
    };
    return RecordColumn::computed(tr("Attendance"), text, 16, true);
}

void PathsTab::reload()
{
    m_rates.clear();
    auto rows = PersonFacts(store().database()).attendance(personId());
    for (const auto& a : rows ? *rows : std::vector<PersonFacts::PathAttendance>()) {
        if (a.recorded == 0)
            continue;
        m_rates[a.enrolmentId] = tr("%1% (%2 of %3)")
                                     .arg(QLocale().toString(qRound(a.rate() * 100)))
                                     .arg(a.present)
                                     .arg(a.recorded);
    }
    RecordsTab::reload();
}

} // namespace percorsi
