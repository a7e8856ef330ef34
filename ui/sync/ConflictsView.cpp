#include "ui/sync/ConflictsView.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/storage/RecordStore.h"
#include "core/sync/ConflictResolver.h"
#include "ui/format/EntityLabels.h"
#include "ui/format/FieldLabels.h"

namespace percorsi {

namespace {

QString detected(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

ConflictsView::ConflictsView(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_table(new QTableWidget(0, 6, this)),
      m_keepThis(new QPushButton(tr("Keep &this"), this)),
      m_keepThat(new QPushButton(tr("Keep t&hat"), this)), m_message(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Record"), tr("Field"), tr("Kept value"),
                                        tr("Lost value"), tr("Detected")});
    m_table->setAccessibleName(tr("Open conflicts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_keepThis->setToolTip(tr("Confirm the value that was kept"));
    m_keepThis->setAccessibleName(tr("Keep the kept value"));
    m_keepThat->setToolTip(tr("Write the lost value back; the change reaches every desk"));
    m_keepThat->setAccessibleName(tr("Keep the lost value"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Conflicts message"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keepThis);
    buttons->addWidget(m_keepThat);
    buttons->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_keepThis, &QPushButton::clicked, this, &ConflictsView::keepThis);
    connect(m_keepThat, &QPushButton::clicked, this, &ConflictsView::keepThat);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsView::updateButtons);
    reload();
}

void ConflictsView::reload()
{
    m_conflicts.clear();
    SyncStore sync(m_store.database());
    Status st = sync.forEachConflict(
        [this](const SyncStore::Conflict& c) {
            m_conflicts.push_back(c);
            return true;
        },
        true);
    m_table->clearContents();
    m_table->setRowCount(int(m_conflicts.size()));
    for (int i = 0; i < int(m_conflicts.size()); ++i)
        addRow(i, m_conflicts[size_t(i)]);
    m_table->resizeColumnsToContents();
    if (!st.ok())
        m_message->setText(st.error().message());
    else if (m_conflicts.empty())
        m_message->setText(tr("No open conflicts."));
    else
        m_message->setText(tr("%n open conflict(s).", nullptr, int(m_conflicts.size())));
    if (!m_conflicts.empty()) m_table->selectRow(0);
    updateButtons();
}

void ConflictsView::addRow(int row, const SyncStore::Conflict& c)
{
    const EntityDef* def = schema::find(c.entity);
    const QString field = FieldLabels::label(QLatin1StringView(c.field.toLatin1()));
    const QStringList cells{def ? EntityLabels::plural(*def) : c.entity,
                            recordName(c.entity, c.recordUuid),
                            field,
                            tr("%1 (%2)").arg(c.keptValue, deskName(c.keptDesk)),
                            tr("%1 (%2)").arg(c.lostValue, deskName(c.lostDesk)),
                            detected(c.detectedAt)};
    for (int col = 0; col < cells.size(); ++col)
        m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
}

QString ConflictsView::recordName(const QString& entity, const QString& uuid)
{
    const EntityDef* def = schema::find(entity);
    if (!def) return uuid;
    auto record = m_store.getByUuid(*def, uuid);
    if (!record) return tr("(deleted)");
    if (def->name == std::string_view("person"))
        return tr("%1 %2, %3")
            .arg(record->text("given_name"), record->text("family_name"),
                 record->text("case_number"));
    const QString label = m_store.labelOf(*def, record->id());
    return label.isEmpty() ? uuid : label;
}

QString ConflictsView::deskName(const QString& uuid)
{
    auto desk = m_store.getByUuid(schema::def(Entity::Desk), uuid);
    return desk ? desk->text("code") : tr("unknown desk");
}

void ConflictsView::keepThis()
{
    resolve(false);
}

void ConflictsView::keepThat()
{
    resolve(true);
}

void ConflictsView::resolve(bool reverse)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_conflicts.size())) return;
    ConflictResolver resolver(m_store.database());
    const qint64 id = m_conflicts[size_t(row)].id;
    Status st = reverse ? resolver.reverse(id) : resolver.keep(id);
    reload();
    if (!st.ok()) {
        m_message->setText(st.error().message());
        return;
    }
    m_table->setFocus();
    emit resolved();
}

void ConflictsView::updateButtons()
{
    const bool any = m_table->currentRow() >= 0 && !m_conflicts.empty();
    m_keepThis->setEnabled(any);
    m_keepThat->setEnabled(any);
}

} // namespace percorsi
