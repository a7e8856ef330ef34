#include "ui/profile/RecordsTab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/storage/RecordStore.h"
#include "ui/forms/RecordDialog.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/RecordTableView.h"

namespace percorsi {

RecordsTab::RecordsTab(RecordStore& store, qint64 personId, Spec spec, QWidget* parent)
    : QWidget(parent), m_store(store), m_personId(personId), m_spec(std::move(spec)),
      m_layout(new QVBoxLayout(this)),
      m_model(new RecordTableModel(store, schema::def(m_spec.entity), m_spec.columns, this)),
      m_view(new RecordTableView(this)), m_add(new QPushButton(m_spec.addText, this))
{
    m_view->setRecordModel(m_model);
    m_view->setAccessibleName(schema::def(m_spec.entity).displayName());
    auto* bar = new QHBoxLayout;
    if (!m_spec.note.isEmpty()) {
        auto* note = new QLabel(m_spec.note, this);
        note->setWordWrap(true);
        bar->addWidget(note, 1);
    } else {
        bar->addStretch(1);
    }
    bar->addWidget(m_add);
    m_layout->addLayout(bar);
    m_layout->addWidget(m_view, 1);
    connect(m_add, &QPushButton::clicked, this, &RecordsTab::addRecord);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { editRecord(index.row()); });
    RecordsTab::reload();
}

void RecordsTab::reload()
{
    const EntityDef& def = schema::def(m_spec.entity);
    auto records = m_store.list(def, {.field = "person_id", .equals = m_personId,
                                      .orderBy = m_spec.orderBy, .descending = true});
    m_model->showRecords(records ? std::move(*records) : std::vector<Record>());
}

RecordDialog* RecordsTab::addRecord()
{
    Record record(m_spec.entity);
    record.set(u"person_id", m_personId);
    if (m_spec.dateField)
        record.set(QLatin1StringView(m_spec.dateField), m_store.today().toString(Qt::ISODate));
    return openDialog(record, m_add->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
}

RecordDialog* RecordsTab::editRecord(int row)
{
    const Record* record = m_model->recordAt(row);
    if (!record)
        return nullptr;
    return openDialog(*record, tr("Edit %1").arg(schema::def(m_spec.entity).displayName()));
}

Result<Record> RecordsTab::save(const Record& record)
{
    return record.id() ? m_store.update(record) : m_store.insert(record);
}

RecordDialog* RecordsTab::openDialog(const Record& record, const QString& title)
{
    auto* dialog = new RecordDialog(m_store, record, title, m_spec.formFields, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this](const Record& r) { return save(r); });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
    return dialog;
}

} // namespace percorsi
