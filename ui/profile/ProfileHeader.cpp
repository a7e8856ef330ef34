#include "ui/profile/ProfileHeader.h"

#include <QLabel>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/storage/PersonFacts.h"
#include "core/storage/RecordStore.h"
#include "ui/format/FieldFormatter.h"

namespace percorsi {

ProfileHeader::ProfileHeader(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_name(new QLabel(this)), m_facts(new QLabel(this)),
      m_consents(new QLabel(this)), m_alerts(new QLabel(this))
{
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setAccessibleName(tr("Name"));
    m_facts->setAccessibleName(tr("Case"));
    m_facts->setWordWrap(true);
    m_consents->setAccessibleName(tr("Consents"));
    m_alerts->setAccessibleName(tr("Alerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    for (QLabel* l : {m_name, m_facts, m_consents, m_alerts})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addWidget(m_consents);
    layout->addWidget(m_alerts);
}

void ProfileHeader::showPerson(const Record& person)
{
    QString name = person.text(u"given_name") + QLatin1Char(' ') + person.text(u"family_name");
    if (!person.isNull(u"preferred_name"))
        name += tr(" (“%1”)").arg(person.text(u"preferred_name"));
    m_name->setText(name);
    m_facts->setText(facts(person));
    m_consents->setText(consents(person.id()));
    const QString warning = alerts(person.id());
    m_alerts->setText(warning);
    m_alerts->setVisible(!warning.isEmpty());
}

QString ProfileHeader::facts(const Record& person)
{
    FieldFormatter format(m_store);
    QStringList parts{person.text(u"case_number")};
    const int born = person.isNull(u"birth_date") ? int(person.integer(u"birth_year"))
                                                  : person.date(u"birth_date").year();
    if (born > 0)
        parts << tr("%1 years").arg(m_store.today().year() - born);
    if (!person.isNull(u"languages"))
        parts << format.display(person, "languages");
    parts << format.display(person, "status");
    if (!person.isNull(u"exit_date"))
        parts << tr("closed on %1: %2").arg(format.display(person, "exit_date"),
                                            format.display(person, "close_reason"));
    const QString op = format.display(person, "operator_id");
    parts << (op.isEmpty() ? tr("no operator assigned") : tr("operator %1").arg(op));
    return parts.join(QStringLiteral(" · "));
}

QString ProfileHeader::consents(qint64 personId)
{
    auto list = m_store.list(schema::def(Entity::Consent), {.field = "person_id", .equals = personId});
    QStringList badges;
    for (const Code& c : codes::set(u"consent_purpose")) {
        bool given = false;
        for (const Record& r : list ? *list : std::vector<Record>())
            given |= r.text(u"purpose") == QLatin1String(c.code) && r.isNull(u"withdrawn_on");
        const QString label = codes::label(u"consent_purpose", QLatin1StringView(c.code));
        badges << (given ? tr("✔ %1").arg(label) : tr("✘ %1").arg(label));
    }
    return tr("Consent: %1").arg(badges.join(QStringLiteral("   ")));
}

QString ProfileHeader::alerts(qint64 personId)
{
    auto a = PersonFacts(m_store.database()).alerts(personId);
    if (!a)
        return tr("Cannot read the alerts: %1").arg(a.error().message());
    QStringList out;
    if (a->permitExpiry.isValid())
        out << tr("Residence permit expires on %1").arg(FieldFormatter::date(a->permitExpiry));
    if (a->followUpsDue > 0)
        out << tr("Follow-up due");
    if (a->absencesInARow >= 3)
        out << tr("%1 absences in a row").arg(a->absencesInARow);
    return out.join(QStringLiteral(" · "));
}

QString ProfileHeader::nameText() const { return m_name->text(); }
QString ProfileHeader::factsText() const { return m_facts->text(); }
QString ProfileHeader::consentText() const { return m_consents->text(); }
QString ProfileHeader::alertText() const { return m_alerts->text(); }

} // namespace percorsi
