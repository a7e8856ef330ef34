#include "ui/pages/PeoplePage.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

#include "core/search/PersonSearch.h"
#include "core/storage/RecordStore.h"
#include "ui/dialogs/PersonDetailsDialog.h"
#include "ui/format/FieldFormatter.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/ListSpecs.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi {

PeoplePage::PeoplePage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_finder(std::make_unique<PersonSearch>(store.database())),
      m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_model(new RecordTableModel(store, schema::def(Entity::Person), ListSpecs::peopleColumns(),
                                   this)),
      m_view(new RecordTableView(this)), m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search by name or case number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));
    m_count->setAccessibleName(tr("Number of people"));
    // By case number: its unique index keeps every page cheap to read at 100k people
    // (family name would need a sort per page; search is the way to find a name).
    m_model->setOrder("case_number", false);
    m_view->setRecordModel(m_model);
    m_view->setAccessibleName(tr("People"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(20);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("People"), tr("Everyone the programme serves, from every desk."), m_count, this));
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search);
    m_search->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PeoplePage::search);
    connect(m_search, &QLineEdit::returnPressed, this, &PeoplePage::openCurrent);
    connect(m_view, &QAbstractItemView::activated, this, &PeoplePage::openDetails);
    updateCount();
}

PeoplePage::~PeoplePage() = default;

// Down in the search field moves into the results, as in a combo box.
bool PeoplePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress) return false;
    if (static_cast<QKeyEvent*>(event)->key() != Qt::Key_Down || !m_model->rowCount()) return false;
    m_view->setFocus(Qt::TabFocusReason);
    if (!m_view->currentIndex().isValid()) m_view->setCurrentIndex(m_model->index(0, 0));
    return true;
}

void PeoplePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString PeoplePage::countText() const
{
    return m_count->text();
}

void PeoplePage::search()
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        showAll();
    else
        showMatches(text);
    updateCount();
}

void PeoplePage::showAll()
{
    if (!m_model->isShowingAll()) m_model->reload();
}

void PeoplePage::showMatches(const QString& text)
{
    auto hits = m_finder->find(text, kSearchLimit);
    m_searchError = hits ? QString() : hits.error().message();
    std::vector<Record> people;
    if (hits) {
        const EntityDef& def = schema::def(Entity::Person);
        for (const PersonSearch::Hit& hit : *hits) {
            if (auto person = m_store.get(def, hit.id)) people.push_back(std::move(person.value()));
        }
    }
    m_model->showRecords(std::move(people));
    if (!m_model->rowCount()) return;
    m_view->setCurrentIndex(m_model->index(0, 0));
}

void PeoplePage::openDetails(const QModelIndex& index)
{
    const Record* person = m_model->recordAt(index.row());
    if (!person) return;
    auto* dialog = new PersonDetailsDialog(m_model->formatter(), *person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// Enter in the search field opens the highlighted person, the first match by default.
void PeoplePage::openCurrent()
{
    if (m_debounce->isActive()) search();
    const QModelIndex current = m_view->currentIndex();
    openDetails(current.isValid() ? current : m_model->index(0, 0));
}

void PeoplePage::updateCount()
{
    const qint64 n = m_model->totalCount();
    const QString error = m_model->isShowingAll() ? m_model->errorString() : m_searchError;
    if (!error.isEmpty())
        m_count->setText(tr("Cannot read the people: %1").arg(error));
    else if (m_model->isShowingAll())
        m_count->setText(ListSpecs::count(n, tr("1 person"), tr("%1 people")));
    else if (n >= kSearchLimit)
        m_count->setText(tr("First %1 matches").arg(FieldFormatter::number(n)));
    else
        m_count->setText(ListSpecs::count(n, tr("1 match"), tr("%1 matches")));
}

} // namespace percorsi
