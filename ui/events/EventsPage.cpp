#include "ui/events/EventsPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/storage/EventStore.h"
#include "ui/events/EventDialog.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/ListSpecs.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi {

EventsPage::EventsPage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(std::make_unique<EventStore>(store.database())),
      m_add(new QPushButton(tr("&New event…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_count(new QLabel(this)), m_model(new RecordTableModel(*m_store, schema::def(Entity::Event),
                                                              ListSpecs::events().columns, this)),
      m_view(new RecordTableView(this))
{
    m_model->setOrder("date", true);
    m_view->setRecordModel(m_model);
    m_view->setAccessibleName(tr("Events"));
    m_count->setAccessibleName(tr("Number of events"));
    auto* trailing = new QWidget(this);
    auto* buttons = new QHBoxLayout(trailing);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_count);
    buttons->addSpacing(12);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("Events"), tr("Community events and their headcounts, newest first."), trailing, this));
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    connect(m_add, &QPushButton::clicked, this, &EventsPage::addEvent);
    connect(m_edit, &QPushButton::clicked, this,
            [this] { editEvent(m_view->currentIndex().row()); });
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { editEvent(index.row()); });
    refresh();
}

EventsPage::~EventsPage() = default;

QString EventsPage::countText() const
{
    return m_count->text();
}

void EventsPage::refresh()
{
    m_model->reload();
    m_count->setText(ListSpecs::count(m_model->totalCount(), tr("1 event"), tr("%1 events")));
}

EventDialog* EventsPage::addEvent()
{
    Record event(Entity::Event);
    event.set(u"date", m_store->today().toString(Qt::ISODate));
    return openDialog(event);
}

EventDialog* EventsPage::editEvent(int row)
{
    const Record* event = m_model->recordAt(row);
    return event ? openDialog(*event) : nullptr;
}

EventDialog* EventsPage::openDialog(const Record& event)
{
    auto* dialog = new EventDialog(*m_store, event, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &EventsPage::refresh);
    dialog->open();
    return dialog;
}

} // namespace percorsi
