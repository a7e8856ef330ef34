#include "ui/events/EventDialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/storage/EventStore.h"
#include "ui/forms/RecordForm.h"
#include "ui/widgets/PersonPicker.h"

namespace percorsi {

namespace {

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    layout->addStretch(1);
    return box;
}

} // namespace

EventDialog::EventDialog(EventStore& store, const Record& event, QWidget* parent)
    : QDialog(parent), m_store(store), m_saved(event),
      m_details(new RecordForm(store, event.def(),
                               {"name", "type", "date", "place", "project_id", "partners", "notes"},
                               this)),
      m_gender(new RecordForm(store, event.def(), {"women", "men", "non_binary"}, this)),
      m_age(new RecordForm(store, event.def(),
                           {"age_under_18", "age_18_29", "age_30_54", "age_55_plus"}, this)),
      m_participants(new QListWidget(this)), m_add(new QPushButton(tr("&Add person…"), this)),
      m_remove(new QPushButton(tr("Re&move"), this)), m_error(new QLabel(this))
{
    setWindowTitle(event.id() ? tr("Edit event") : tr("New event"));
    for (RecordForm* form : {m_details, m_gender, m_age})
        form->setRecord(event);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* columns = new QHBoxLayout;
    columns->addWidget(group(tr("Event"), m_details, this), 3);
    auto* right = new QVBoxLayout;
    right->addWidget(createHeadcounts());
    right->addWidget(createParticipants(), 1);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (event.id()) {
        if (auto named = store.participants(event.id())) {
            for (const EventStore::Participant& p : *named)
                addPerson(p.personId, tr("%1 (%2)").arg(p.name, p.caseNumber));
        }
    }
    resize(900, 560);
}

QWidget* EventDialog::createHeadcounts()
{
    auto* box = new QGroupBox(tr("Headcount"), this);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(group(tr("By gender"), m_gender, box));
    layout->addWidget(group(tr("By age band"), m_age, box));
    return box;
}

QWidget* EventDialog::createParticipants()
{
    auto* box = new QGroupBox(tr("People who came, by name (optional)"), this);
    m_participants->setAccessibleName(tr("Named participants"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_add);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_participants, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &EventDialog::addParticipant);
    connect(m_remove, &QPushButton::clicked, this, &EventDialog::removeParticipant);
    return box;
}

void EventDialog::addPerson(qint64 personId, const QString& text)
{
    for (int i = 0; i < m_participants->count(); ++i) {
        if (m_participants->item(i)->data(Qt::UserRole).toLongLong() == personId)
            return m_participants->setCurrentRow(i);
    }
    auto* item = new QListWidgetItem(text, m_participants);
    item->setData(Qt::UserRole, personId);
    m_participants->setCurrentItem(item);
}

PersonPicker* EventDialog::addParticipant()
{
    auto* picker = new PersonPicker(m_store.database(), tr("Add a participant"), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        const QListWidgetItem* item = picker->results()->currentItem();
        addPerson(picker->chosenId(), item ? item->text() : picker->chosenName());
    });
    picker->open();
    return picker;
}

void EventDialog::removeParticipant()
{
    delete m_participants->currentItem();
}

QString EventDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

// The details form holds the record; the headcount forms add their fields.
Record EventDialog::edited() const
{
    Record r = m_details->record();
    for (RecordForm* form : {m_gender, m_age}) {
        const Record part = form->record();
        for (int i = 0; i < r.size(); ++i) {
            if (form->editor(r.def().fields[size_t(i)].name)) r.set(i, part.value(i));
        }
    }
    return r;
}

void EventDialog::accept()
{
    std::vector<qint64> people;
    for (int i = 0; i < m_participants->count(); ++i)
        people.push_back(m_participants->item(i)->data(Qt::UserRole).toLongLong());
    auto result = m_store.save(edited(), people);
    if (!result) {
        bool shown = false;
        for (RecordForm* form : {m_details, m_gender, m_age}) {
            form->clearErrors();
            shown = form->showErrors(result.error()) || shown;
        }
        m_error->setText(result.error().message());
        m_error->setVisible(!shown || result.error().fieldMessages().isEmpty());
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace percorsi
