#include "ui/profile/IntakeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/search/DuplicateFinder.h"
#include "core/storage/PersonStore.h"
#include "ui/forms/RecordForm.h"
#include "ui/profile/DuplicatePanel.h"

namespace percorsi {

namespace {

const std::vector<const char*> kIntakeFields = {
    "given_name",  "family_name",     "preferred_name", "gender",        "birth_date",
    "birth_year",  "country_of_birth", "languages",     "phone",         "email",
    "neighbourhood", "permit_type",   "permit_expiry",  "referral_source", "intake_date",
    "operator_id"};




} // namespace

IntakeDialog::IntakeDialog(RecordStore& store, QWidget* parent)
    : QDialog(parent), m_store(store),
      m_form(new RecordForm(store, schema::def(Entity::Person), kIntakeFields, this)),
      m_duplicates(new DuplicatePanel(this)), m_basis(new QComboBox(this)),
      m_consentDate(new QLineEdit(this)), m_error(new QLabel(this)), m_debounce(new QTimer(this))
{
    setWindowTitle(tr("New person"));
    Record blank(Entity::Person);
    blank.set(u"gender", QStringLiteral("woman"));
    blank.set(u"status", QStringLiteral("active"));
    blank.set(u"intake_date", store.today().toString(Qt::ISODate));
    m_form->setRecord(blank);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* side = new QVBoxLayout;
    side->addWidget(m_duplicates);
    side->addWidget(createConsents());
    side->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(scroll, 3);
    columns->addLayout(side, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Register"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1000, 640);

    connect(buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IntakeDialog::reject);
    connect(m_form, &RecordForm::edited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &IntakeDialog::findDuplicates);
    connect(m_duplicates, &DuplicatePanel::openRequested, this, [this](qint64 id) {
        emit openExisting(id);
        reject();
    });
}

QWidget* IntakeDialog::createConsents()
{
    auto* box = new QGroupBox(tr("Consent"), this);
    auto* form = new QFormLayout(box);
    for (const Code& c : codes::set(u"consent_purpose")) {
        auto* check =
            new QCheckBox(codes::label(u"consent_purpose", QLatin1StringView(c.code)), box);
        form->addRow(check);
        m_purposes.emplace_back(c.code, check);
    }
    for (const Code& c : codes::set(u"legal_basis"))
        m_basis->addItem(codes::label(u"legal_basis", QLatin1StringView(c.code)),
                         QString::fromLatin1(c.code));
    m_basis->setAccessibleName(tr("Legal basis"));
    m_consentDate->setText(m_store.today().toString(Qt::ISODate));
    m_consentDate->setAccessibleName(tr("Consent date"));
    form->addRow(tr("Legal &basis"), m_basis);
    form->addRow(tr("&Date"), m_consentDate);
    return box;
}

QCheckBox* IntakeDialog::consentBox(const char* purpose) const
{
    for (const auto& [code, box] : m_purposes) {
        if (qstrcmp(code, purpose) == 0)
            return box;
    }
    return nullptr;
}

QString IntakeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void IntakeDialog::findDuplicates()
{
    m_debounce->stop();
    const Record r = m_form->record();
    DuplicateFinder::Candidate c;
    c.givenName = r.text(u"given_name");
    c.familyName = r.text(u"family_name");
    c.birthYear = r.isNull(u"birth_year") ? r.text(u"birth_date").left(4).toInt()
                                          : r.text(u"birth_year").toInt();
    c.phone = r.text(u"phone");
    auto found = DuplicateFinder(m_store.database()).find(c, 5);
    m_duplicates->setMatches(found ? std::move(*found) : std::vector<DuplicateFinder::Match>());
}

std::vector<Record> IntakeDialog::consents() const
{
    std::vector<Record> out;
    for (const auto& [code, box] : m_purposes) {
        if (!box->isChecked())
            continue;
        Record consent(Entity::Consent);
        consent.set(u"purpose", QString::fromLatin1(code));
        consent.set(u"legal_basis", m_basis->currentData());
        consent.set(u"given_on", m_consentDate->text().trimmed());
        out.push_back(consent);
    }
    return out;
}

void IntakeDialog::accept()
{
    PersonStore people(m_store.database());
    auto person = people.createWithConsents(m_form->record(), consents());
    if (!person) {
        const bool shownInline = m_form->showErrors(person.error());
        m_error->setText(person.error().message());
        m_error->setVisible(!shownInline);
        return;
    }
    emit created(person->id());
    QDialog::accept();
}

} // namespace percorsi
