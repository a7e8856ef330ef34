#include "ui/profile/DetailsTab.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/util/Error.h"
#include "ui/forms/RecordForm.h"

namespace percorsi {

namespace {

const std::vector<const char*> kIdentity = {
    "given_name",   "family_name",   "preferred_name", "gender",     "birth_date",
    "birth_year",   "country_of_birth", "citizenships", "languages", "arrival_year",
    "permit_type",  "permit_expiry", "phone",          "email",      "address",
    "neighbourhood"};
const std::vector<const char*> kSituation = {
    "household_size",    "children",   "childcare_need",  "education_isced", "language_level",
    "employment_status", "disability", "minority",        "housing",         "referral_source",
    "intake_date",       "operator_id", "status",         "close_reason",    "exit_date",
    "exit_situation",    "notes"};

} // namespace

DetailsTab::DetailsTab(RecordStore& store, const Record& person, QWidget* parent)
    : QWidget(parent), m_identity(new RecordForm(store, person.def(), kIdentity)),
      m_situation(new RecordForm(store, person.def(), kSituation)),
      m_save(new QPushButton(tr("&Save changes"), this)),
      m_revert(new QPushButton(tr("Re&vert"), this)), m_person(person)
{
    auto* columns = new QWidget;
    auto* row = new QHBoxLayout(columns);
    row->addWidget(m_identity, 1);
    row->addSpacing(24);
    row->addWidget(m_situation, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_save->setToolTip(tr("Save the changes to her record (Ctrl+S)"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    setRecord(person);
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(record()); });
    connect(m_revert, &QPushButton::clicked, this, [this] { setRecord(m_person); });
}

void DetailsTab::setRecord(const Record& person)
{
    m_person = person;
    m_identity->setRecord(person);
    m_situation->setRecord(person);
}

Record DetailsTab::record() const
{
    Record r = m_identity->record();
    const Record s = m_situation->record();
    for (const char* f : kSituation)
        r.set(QLatin1StringView(f), s.value(QLatin1StringView(f)));
    return r;
}

QWidget* DetailsTab::editor(const char* field) const
{
    QWidget* w = m_identity->editor(field);
    return w ? w : m_situation->editor(field);
}

QString DetailsTab::errorText(const char* field) const
{
    const QString a = m_identity->errorText(field);
    return a.isEmpty() ? m_situation->errorText(field) : a;
}

bool DetailsTab::showErrors(const Error& error)
{
    const bool a = m_identity->showErrors(error);
    const bool b = m_situation->showErrors(error);
    return a || b;
}

} // namespace percorsi
