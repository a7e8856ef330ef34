#include "ui/profile/ProfileTabs.h"

#include <QPushButton>

#include "core/storage/PlacementStore.h"
#include "ui/format/FieldLabels.h"

namespace percorsi {

RecordColumn profileColumn(const char* field, int widthChars)
{
    return RecordColumn::of(field, FieldLabels::label(QLatin1StringView(field)), widthChars);
}

PlanTab::PlanTab(RecordStore& store, qint64 personId, QWidget* parent)
    : RecordsTab(store, personId,
                 {Entity::PlanGoal,
                  {profileColumn("goal", 40), profileColumn("domain", 16),
                   profileColumn("target_date"), profileColumn("status", 12)},
                  "target_date", nullptr, {}, tr("&New goal…"), {}},
                 parent)
{
}

SupportTab::SupportTab(RecordStore& store, qint64 personId, QWidget* parent)
    : RecordsTab(store, personId,
                 {Entity::Intervention,
                  {profileColumn("date"), profileColumn("kind", 28), profileColumn("minutes", 8),
                   profileColumn("operator_id", 20)},
                  "date", "date", {}, tr("&New intervention…"),
                  tr("Notes are special-category data (health, legal, psychological): they are "
                     "not shown in the list; open an intervention to read its note.")},
                 parent)
{
}

ReferralsTab::ReferralsTab(RecordStore& store, qint64 personId, QWidget* parent)
    : RecordsTab(store, personId,
                 {Entity::Referral,
                  {profileColumn("referred_on"), profileColumn("service_id", 36),
                   profileColumn("status", 12), profileColumn("reason", 30),
                   profileColumn("outcome", 24)},
                  "referred_on", "referred_on",
                  {"service_id", "referred_on", "reason", "status", "outcome", "closed_on"},
                  tr("&New referral…"),
                  tr("Pick a service of the directory; open a referral to change its status.")},
                 parent)
{
}

PlacementsTab::PlacementsTab(RecordStore& store, qint64 personId, QWidget* parent)
    : RecordsTab(store, personId,
                 {Entity::Placement,
                  {profileColumn("employer_id", 26), profileColumn("type", 24),
                   profileColumn("stage", 10), profileColumn("start_date"),
                   profileColumn("end_date"), profileColumn("outcome")},
                  "start_date", "start_date", {}, tr("&New placement…"), {}},
                 parent)
{
}

Result<Record> PlacementsTab::save(const Record& record)
{
    return PlacementStore(store().database()).save(record);
}

FollowupsTab::FollowupsTab(RecordStore& store, qint64 personId, QWidget* parent)
    : RecordsTab(store, personId,
                 {Entity::Followup,
                  {profileColumn("due_on"), profileColumn("reason", 20),
                   profileColumn("placement_id", 24), profileColumn("done_on"),
                   profileColumn("situation", 22), profileColumn("improved", 8)},
                  "due_on", nullptr, {"due_on", "done_on", "situation", "improved", "note"},
                  tr("&New follow-up…"),
                  tr("A follow-up falls due six months after she leaves the programme or a "
                     "placement ends; open one (Enter) to record her situation then.")},
                 parent)
{
    addButton()->hide(); // the application schedules them
}

VenturesTab::VenturesTab(RecordStore& store, qint64 personId, QWidget* parent)
    : RecordsTab(store, personId,
                 {Entity::Venture,
                  {profileColumn("business_idea", 34), profileColumn("sector", 16),
                   profileColumn("stage", 16), profileColumn("started_on"),
                   profileColumn("path_id", 24)},
                  "started_on", nullptr, {}, tr("&New business idea…"), {}},
                 parent)
{
}

ConsentsTab::ConsentsTab(RecordStore& store, qint64 personId, QWidget* parent)
    : RecordsTab(store, personId,
                 {Entity::Consent,
                  {profileColumn("purpose", 26), profileColumn("legal_basis", 20),
                   profileColumn("given_on"), profileColumn("expires_on"),
                   profileColumn("withdrawn_on")},
                  "given_on", "given_on", {}, tr("&New consent…"), {}},
                 parent)
{
}

} // namespace percorsi
