#include "ui/pages/RecordListPage.h"

#include <QLabel>
#include <QVBoxLayout>

#include "core/domain/Schema.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi {

RecordListPage::RecordListPage(RecordStore& store, Spec spec, QWidget* parent)
    : QWidget(parent), m_spec(std::move(spec)),
      m_model(new RecordTableModel(store, *m_spec.entity, m_spec.columns, this)),
      m_view(new RecordTableView(this)), m_count(new QLabel(this))
{
    m_model->setOrder(m_spec.orderBy, m_spec.descending);
    m_view->setRecordModel(m_model);
    m_view->setAccessibleName(m_spec.title);
    m_count->setAccessibleName(tr("Number of records"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(m_spec.title, m_spec.description, m_count, this));
    layout->addWidget(m_view, 1);

    connect(m_model, &RecordTableModel::loadFailed, this, &RecordListPage::updateCount);
    updateCount();
}

QString RecordListPage::countText() const
{
    return m_count->text();
}

void RecordListPage::refresh()
{
    m_model->reload();
    updateCount();
}

void RecordListPage::updateCount()
{
    if (!m_model->errorString().isEmpty())
        m_count->setText(tr("Cannot read the records: %1").arg(m_model->errorString()));
    else
        m_count->setText(m_spec.countText(m_model->totalCount()));
}

} // namespace percorsi
