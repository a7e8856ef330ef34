#include "ui/pages/PeoplePage.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "core/exchange/ListSheets.h"
#include "core/search/PersonSearch.h"
#include "core/storage/Database.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/RecordStore.h"
#include "ui/format/FieldFormatter.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/ListSpecs.h"
#include "ui/pages/PeopleFilterBar.h"
#include "ui/profile/IntakeDialog.h"
#include "ui/profile/ProfileWindow.h"
#include "ui/sync/PeopleImportWizard.h"
#include "ui/sync/SheetFile.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi {

namespace {

// The order behind each column of ListSpecs::peopleColumns(); -1: not sortable.
int sortOf(int column)
{
    using S = PersonQuery::Sort;
    static const int kSorts[] = {int(S::CaseNumber), int(S::FamilyName), int(S::GivenName),
                                 int(S::BirthYear),  -1, int(S::Status), -1, int(S::IntakeDate)};
    return column >= 0 && column < int(std::size(kSorts)) ? kSorts[column] : -1;
}

} // namespace

PeoplePage::PeoplePage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_finder(std::make_unique<PersonSearch>(store.database())),
      m_query(std::make_unique<PersonQuery>(store.database())), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_new(new QPushButton(tr("&New person…"), this)),
      m_export(new QPushButton(tr("E&xport list…"), this)),
      m_import(new QPushButton(tr("&Import…"), this)), m_message(new QLabel(this)),
      m_filters(new PeopleFilterBar(store, this)),
      m_model(new RecordTableModel(store, schema::def(Entity::Person), ListSpecs::peopleColumns(),
                                   this)),
      m_view(new RecordTableView(this)), m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search by name or case number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));
    m_count->setAccessibleName(tr("Number of people"));
    m_new->setToolTip(tr("Register a new person (Ctrl+N)"));
    m_export->setToolTip(tr("Save the people listed, as filtered and sorted, as XLSX or CSV"));
    m_import->setToolTip(tr("Import people from a spreadsheet the desk already keeps"));
    m_message->setAccessibleName(tr("Export result"));
    m_message->hide();
    m_new->setVisible(AccessPolicy(store.database()).allows(AccessPolicy::Action::RegisterPeople));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(20);
    setUpModel();
    createLayout();

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PeoplePage::search);
    connect(m_search, &QLineEdit::returnPressed, this, &PeoplePage::openCurrent);
    connect(m_filters, &PeopleFilterBar::changed, this, &PeoplePage::refresh);
    connect(m_view, &QAbstractItemView::activated, this, &PeoplePage::openDetails);
    connect(m_new, &QPushButton::clicked, this, &PeoplePage::newPerson);
    connect(m_export, &QPushButton::clicked, this, &PeoplePage::chooseFileAndExport);
    connect(m_import, &QPushButton::clicked, this, &PeoplePage::importPeople);
    updateCount();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::createLayout()
{
    auto* trailing = new QWidget(this);
    auto* row = new QHBoxLayout(trailing);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_count);
    row->addSpacing(12);
    row->addWidget(m_import);
    row->addWidget(m_export);
    row->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        tr("People"), tr("Everyone the programme serves, from every desk."), trailing, this));
    layout->addWidget(m_search);
    layout->addWidget(m_filters);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search);
    m_search->installEventFilter(this);
    setTabOrder(m_search, m_filters);
    setTabOrder(m_filters, m_view);
    setTabOrder(m_view, m_import);
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_new);
}

void PeoplePage::setUpModel()
{
    const EntityDef& def = schema::def(Entity::Person);
    m_model->setSource(
        [this, &def](int offset, int limit) -> Result<std::vector<Record>> {
            auto ids = m_query->ids(currentFilter(), m_sort, m_descending, limit, offset);
            if (!ids) return ids.error();
            std::vector<Record> people;
            for (qint64 id : *ids) {
                auto person = m_store.get(def, id);
                if (!person) return person.error();
                people.push_back(std::move(*person));
            }
            return people;
        },
        [this] { return m_query->count(currentFilter()); });
    // The scroll bar reaches everyone at once; only the rows in view are read.
    m_model->setWindowed(true);
    m_model->reload();
    m_view->setRecordModel(m_model);
    m_view->setAccessibleName(tr("People"));
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(0, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &PeoplePage::sortBy);
}

PersonQuery::Filter PeoplePage::currentFilter() const
{
    PersonQuery::Filter f = m_filters->filter();
    f.restrictToIds = m_searching;
    f.ids = m_hits;
    return f;
}

void PeoplePage::sortBy(int column, Qt::SortOrder order)
{
    const int sort = sortOf(column);
    if (sort < 0) {
        // Columns without an index behind them keep the current order.
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
        m_sort = PersonQuery::Sort::CaseNumber;
        m_descending = false;
    } else {
        m_sort = PersonQuery::Sort(sort);
        m_descending = order == Qt::DescendingOrder;
    }
    refresh();
}

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

QString PeoplePage::message() const
{
    return m_message->text();
}

void PeoplePage::chooseFileAndExport()
{
    const QString name = tr("people") + QLatin1Char('-') +
                         m_store.database().today().toString(Qt::ISODate) + QStringLiteral(".xlsx");
    const QString file = SheetFile::chooseFile(this, QDir::home().filePath(name));
    if (!file.isEmpty()) exportListTo(file);
}

bool PeoplePage::exportListTo(const QString& file)
{
    auto ids = m_query->ids(currentFilter(), m_sort, m_descending, -1, 0);
    Status st = ids ? Status() : Status(ids.error());
    if (st.ok() && ids->empty())
        st = Error::invalid(tr("There is nobody in the list to export."));
    if (st.ok()) {
        auto sheet = ListSheets(m_store.database()).people(*ids);
        st = sheet ? SheetFile::write(file, *sheet, SheetFile::isXlsx(file)) : Status(sheet.error());
    }
    m_message->setText(st.ok() ? tr("Wrote %n person(s) to %1.", nullptr, int(ids->size()))
                                     .arg(QFileInfo(file).fileName())
                               : st.error().message());
    m_message->show();
    return st.ok();
}

void PeoplePage::importPeople()
{
    PeopleImportWizard wizard(m_store.database(), this);
    if (wizard.exec() == QDialog::Accepted) refresh();
}

void PeoplePage::search()
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    m_searching = !text.isEmpty();
    m_hits.clear();
    m_searchError.clear();
    if (m_searching) {
        auto hits = m_finder->find(text, kSearchLimit);
        if (!hits) m_searchError = hits.error().message();
        for (const PersonSearch::Hit& hit : hits ? *hits : std::vector<PersonSearch::Hit>())
            m_hits.push_back(hit.id);
    }
    refresh();
    if (m_searching && m_model->rowCount()) m_view->setCurrentIndex(m_model->index(0, 0));
}

void PeoplePage::refresh()
{
    m_model->reload();
    updateCount();
}

// A trainer reads only names: her people's profile is the register.
void PeoplePage::openDetails(const QModelIndex& index)
{
    if (!AccessPolicy(m_store.database()).readsPersonDetails()) return;
    if (const Record* person = m_model->recordAt(index.row())) openProfile(person->id());
}

ProfileWindow* PeoplePage::openProfile(qint64 personId)
{
    for (ProfileWindow* open : findChildren<ProfileWindow*>()) {
        if (open->personId() == personId) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto* window = new ProfileWindow(m_store, personId, this);
    connect(window, &ProfileWindow::personChanged, this, &PeoplePage::refresh);
    window->show();
    return window;
}

IntakeDialog* PeoplePage::newPerson()
{
    auto* dialog = new IntakeDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IntakeDialog::created, this, [this](qint64 id) {
        refresh();
        openProfile(id);
    });
    connect(dialog, &IntakeDialog::openExisting, this, &PeoplePage::openProfile);
    dialog->open();
    return dialog;
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
    const QString error = m_searchError.isEmpty() ? m_model->errorString() : m_searchError;
    if (!error.isEmpty())
        m_count->setText(tr("Cannot read the people: %1").arg(error));
    else if (!m_searching)
        m_count->setText(ListSpecs::count(n, tr("1 person"), tr("%1 people")));
    else if (qint64(m_hits.size()) >= kSearchLimit)
        m_count->setText(tr("First %1 matches").arg(FieldFormatter::number(n)));
    else
        m_count->setText(ListSpecs::count(n, tr("1 match"), tr("%1 matches")));
}

} // namespace percorsi
