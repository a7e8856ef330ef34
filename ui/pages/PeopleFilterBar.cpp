#include "ui/pages/PeopleFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>

#include "core/domain/Codes.h"
#include "core/storage/RecordStore.h"

namespace percorsi {

PeopleFilterBar::PeopleFilterBar(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_status(combo(tr("Status"), tr("Any status"))),
      m_desk(combo(tr("Desk"), tr("Any desk"))), m_path(combo(tr("Path"), tr("Any path"))),
      m_operator(combo(tr("Operator"), tr("Any operator"))),
      m_needs(new QCheckBox(tr("Open &needs"), this)), m_alerts(new QCheckBox(tr("&Alerts"), this))
{
    for (const Code& c : codes::set(u"person_status"))
        m_status->addItem(codes::label(u"person_status", QLatin1StringView(c.code)),
                          QString::fromLatin1(c.code));
    fillRecords(m_desk, store, "desk");
    fillRecords(m_path, store, "path");
    fillRecords(m_operator, store, "user");
    m_needs->setToolTip(tr("The latest screening rates a need at level 2 or more"));
    m_alerts->setToolTip(tr("Residence permit expiring within 60 days, follow-up due, "
                            "or three absences in a row"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* box : {m_status, m_desk, m_path, m_operator}) {
        layout->addWidget(box, 1);
        connect(box, &QComboBox::currentIndexChanged, this, &PeopleFilterBar::changed);
    }
    layout->addWidget(m_needs);
    layout->addWidget(m_alerts);
    connect(m_needs, &QCheckBox::toggled, this, &PeopleFilterBar::changed);
    connect(m_alerts, &QCheckBox::toggled, this, &PeopleFilterBar::changed);
}

QComboBox* PeopleFilterBar::combo(const QString& accessibleName, const QString& anyText)
{
    auto* box = new QComboBox(this);
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    box->addItem(anyText, QVariant());
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    return box;
}

void PeopleFilterBar::fillRecords(QComboBox* box, RecordStore& store, const char* entity)
{
    const EntityDef* def = schema::find(QLatin1StringView(entity));
    auto records = store.list(*def, {.equals = {}, .orderBy = def->label, .limit = 2000});
    if (!records)
        return;
    for (const Record& r : *records)
        box->addItem(r.text(QLatin1StringView(def->label)), r.id());
}

PersonQuery::Filter PeopleFilterBar::filter() const
{
    PersonQuery::Filter f;
    f.status = m_status->currentData().toString();
    f.deskId = m_desk->currentData().toLongLong();
    f.pathId = m_path->currentData().toLongLong();
    f.operatorId = m_operator->currentData().toLongLong();
    f.openNeeds = m_needs->isChecked();
    f.alerts = m_alerts->isChecked();
    return f;
}

} // namespace percorsi
