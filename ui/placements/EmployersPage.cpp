#include "ui/placements/EmployersPage.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/search/NameFolding.h"
#include "core/storage/PlacementStore.h"
#include "ui/forms/RecordDialog.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/ListSpecs.h"
#include "ui/placements/EmployerPanel.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi {

namespace {

QString searchText(const Record& e)
{
    QStringList parts;
    for (const char* f : {"name", "sector", "contact_name", "email", "address", "city", "notes"})
        parts << e.text(QLatin1StringView(f));
    parts << codes::label(u"employer_size", e.text(u"size"));
    return NameFolding::fold(parts.join(QLatin1Char(' ')));
}

std::vector<RecordColumn> listColumns()
{
    std::vector<RecordColumn> all = ListSpecs::employers().columns;
    return {all[0], all[1], all[2], all.back()}; // name, sector, size, city: the panel has the rest
}

} // namespace

EmployersPage::EmployersPage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(std::make_unique<PlacementStore>(store.database())),
      m_search(new QLineEdit(this)), m_add(new QPushButton(tr("&New employer…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_count(new QLabel(this)),
      m_model(new RecordTableModel(*m_store, schema::def(Entity::Employer), listColumns(), this)),
      m_view(new RecordTableView(this)), m_panel(new EmployerPanel(*m_store, this))
{
    m_search->setPlaceholderText(tr("Search by name, sector, contact or address"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search employers"));
    m_count->setAccessibleName(tr("Number of employers"));
    m_model->setSource(
        [this](int offset, int limit) -> Result<std::vector<Record>> {
            const std::vector<Record> all = filtered();
            const auto first = all.begin() + qMin<qsizetype>(offset, all.size());
            return std::vector<Record>(first, first + qMin<qsizetype>(limit, all.end() - first));
        },
        [this]() -> Result<qint64> { return qint64(filtered().size()); });
    m_view->setRecordModel(m_model);
    m_view->setAccessibleName(tr("Employers"));
    createLayout();
    connect(m_search, &QLineEdit::textChanged, this, &EmployersPage::refresh);
    connect(m_add, &QPushButton::clicked, this, &EmployersPage::addEmployer);
    connect(m_edit, &QPushButton::clicked, this,
            [this] { editEmployer(m_view->currentIndex().row()); });
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { editEmployer(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EmployersPage::showCurrent);
    readAll();
    refresh();
}

EmployersPage::~EmployersPage() = default;

void EmployersPage::createLayout()
{
    auto* trailing = new QWidget(this);
    auto* buttons = new QHBoxLayout(trailing);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_count);
    buttons->addSpacing(12);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);
    auto* left = new QWidget(this);
    auto* list = new QVBoxLayout(left);
    list->setContentsMargins(0, 0, 0, 0);
    list->addWidget(m_search);
    list->addWidget(m_view, 1);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Employers"),
                                     tr("Companies engaged in placements, awareness and "
                                        "diversity management."),
                                     trailing, this));
    layout->addWidget(split, 1);
    setFocusProxy(m_search);
}

void EmployersPage::readAll()
{
    auto all = m_store->list(schema::def(Entity::Employer), {.equals = {}, .orderBy = "name"});
    m_all = all ? std::move(*all) : std::vector<Record>();
}

std::vector<Record> EmployersPage::filtered() const
{
    const QStringList words =
        NameFolding::fold(m_search->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<Record> out;
    for (const Record& e : m_all) {
        const QString text = searchText(e);
        if (std::all_of(words.begin(), words.end(),
                        [&text](const QString& w) { return text.contains(w); }))
            out.push_back(e);
    }
    return out;
}

QString EmployersPage::countText() const
{
    return m_count->text();
}

void EmployersPage::refresh()
{
    const qint64 shown = m_panel->employerId();
    m_model->reload();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({}); // the first page now, to select the employer shown
    m_count->setText(ListSpecs::count(m_model->totalCount(), tr("1 employer"), tr("%1 employers")));
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->recordAt(i)->id() == shown) row = i;
    }
    if (m_model->rowCount() > 0) m_view->setCurrentIndex(m_model->index(row, 0));
    showCurrent();
}

void EmployersPage::showCurrent()
{
    const Record* e = m_model->recordAt(m_view->currentIndex().row());
    m_panel->showEmployer(e ? *e : Record(Entity::Employer));
}

RecordDialog* EmployersPage::addEmployer()
{
    return openDialog(Record(Entity::Employer), tr("New employer"));
}

RecordDialog* EmployersPage::editEmployer(int row)
{
    const Record* record = m_model->recordAt(row);
    return record ? openDialog(*record, tr("Edit employer")) : nullptr;
}

RecordDialog* EmployersPage::openDialog(const Record& record, const QString& title)
{
    auto* dialog = new RecordDialog(*m_store, record, title, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        readAll();
        m_search->clear();
        refresh();
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->recordAt(i)->id() == dialog->saved().id())
                m_view->setCurrentIndex(m_model->index(i, 0));
        }
    });
    dialog->open();
    return dialog;
}

} // namespace percorsi
