#include "ui/pages/ServicesPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/search/NameFolding.h"
#include "core/storage/RecordStore.h"
#include "ui/format/FieldFormatter.h"
#include "ui/forms/RecordDialog.h"
#include "ui/models/RecordTableModel.h"
#include "ui/pages/ListSpecs.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi {

ServicesPage::ServicesPage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_search(new QLineEdit(this)),
      m_category(new QComboBox(this)), m_add(new QPushButton(tr("&Add service…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_count(new QLabel(this)),
      m_model(new RecordTableModel(store, schema::def(Entity::Service),
                                   ListSpecs::services().columns, this)),
      m_view(new RecordTableView(this))
{
    m_search->setPlaceholderText(tr("Search by name, address, language or eligibility"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search services"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("Every category"), QVariant());
    for (const Code& c : codes::set(u"service_category"))
        m_category->addItem(codes::label(u"service_category", QLatin1StringView(c.code)),
                            QString::fromLatin1(c.code));
    m_count->setAccessibleName(tr("Number of services"));
    m_model->setSource(
        [this](int offset, int limit) -> Result<std::vector<Record>> {
            const std::vector<Record> all = filtered();
            const auto first = all.begin() + qMin<qsizetype>(offset, all.size());
            return std::vector<Record>(first, first + qMin<qsizetype>(limit, all.end() - first));
        },
        [this]() -> Result<qint64> { return qint64(filtered().size()); });
    m_view->setRecordModel(m_model);
    m_view->setAccessibleName(tr("Services"));
    createLayout();
    connect(m_search, &QLineEdit::textChanged, this, &ServicesPage::refresh);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_add, &QPushButton::clicked, this, &ServicesPage::addService);
    connect(m_edit, &QPushButton::clicked, this,
            [this] { editService(m_view->currentIndex().row()); });
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { editService(index.row()); });
    auto all = m_store.list(schema::def(Entity::Service), {.equals = {}, .orderBy = "name"});
    m_all = all ? std::move(*all) : std::vector<Record>();
    refresh();
}

void ServicesPage::createLayout()
{
    auto* trailing = new QWidget(this);
    auto* buttons = new QHBoxLayout(trailing);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_count);
    buttons->addSpacing(12);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_category, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Services"),
                                     tr("The shared directory of local services people are "
                                        "referred to."),
                                     trailing, this));
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search);
}

bool ServicesPage::matches(const Record& s, const QStringList& words) const
{
    QStringList languages;
    for (const QString& code : s.text(u"languages").split(QLatin1Char(','), Qt::SkipEmptyParts))
        languages << FieldFormatter::language(code.trimmed());
    const QString text = NameFolding::fold(
        QStringList{s.text(u"name"), s.text(u"address"), s.text(u"city"), s.text(u"hours"),
                    s.text(u"eligibility"), s.text(u"notes"),
                    codes::label(u"service_category", s.text(u"category")),
                    languages.join(QLatin1Char(' '))}
            .join(QLatin1Char(' ')));
    for (const QString& w : words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

std::vector<Record> ServicesPage::filtered() const
{
    const QStringList words = NameFolding::fold(m_search->text()).split(QLatin1Char(' '),
                                                                        Qt::SkipEmptyParts);
    const QString category = m_category->currentData().toString();
    std::vector<Record> out;
    for (const Record& s : m_all) {
        if ((category.isEmpty() || s.text(u"category") == category) && matches(s, words))
            out.push_back(s);
    }
    return out;
}

QString ServicesPage::countText() const
{
    return m_count->text();
}

void ServicesPage::refresh()
{
    m_model->reload();
    m_count->setText(ListSpecs::count(m_model->totalCount(), tr("1 service"), tr("%1 services")));
}

RecordDialog* ServicesPage::addService()
{
    return openDialog(Record(Entity::Service), tr("New service"));
}

RecordDialog* ServicesPage::editService(int row)
{
    const Record* record = m_model->recordAt(row);
    return record ? openDialog(*record, tr("Edit service")) : nullptr;
}

RecordDialog* ServicesPage::openDialog(const Record& record, const QString& title)
{
    auto* dialog = new RecordDialog(m_store, record, title, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        auto all = m_store.list(schema::def(Entity::Service), {.equals = {}, .orderBy = "name"});
        m_all = all ? std::move(*all) : std::vector<Record>();
        refresh();
    });
    dialog->open();
    return dialog;
}

} // namespace percorsi
