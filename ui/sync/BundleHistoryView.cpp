#include "ui/sync/BundleHistoryView.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

#include "core/storage/RecordStore.h"
#include "core/storage/SyncStore.h"

namespace percorsi {

BundleHistoryView::BundleHistoryView(RecordStore& store, QWidget* parent)
    : QTableWidget(0, 6, parent), m_store(store)
{
    setHorizontalHeaderLabels(
        {tr("When"), tr("Direction"), tr("Desk"), tr("Format"), tr("Records"), tr("Bundle")});
    setAccessibleName(tr("Bundles sent and received"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    reload();
}

void BundleHistoryView::reload()
{
    clearContents();
    auto history = SyncStore(m_store.database()).history();
    setRowCount(history ? int(history->size()) : 0);
    if (!history) return;
    const QLocale locale;
    for (int row = 0; row < int(history->size()); ++row) {
        const SyncStore::HistoryEntry& e = (*history)[size_t(row)];
        const bool sent = e.direction == QLatin1String("sent");
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODate).toLocalTime();
        const QString desk = sent ? (e.peerDesk.isEmpty() ? tr("anyone (full bundle)")
                                                          : tr("to %1").arg(deskName(e.peerDesk)))
                                  : tr("from %1").arg(deskName(e.sourceDesk));
        const QString format = e.format == QLatin1String("csv") ? tr("CSV") : tr("JSON Lines");
        const QStringList cells{at.isValid() ? locale.toString(at, QLocale::ShortFormat) : e.at,
                                sent ? tr("Sent") : tr("Received"),
                                desk,
                                format,
                                locale.toString(e.rows),
                                e.bundleUuid};
        for (int col = 0; col < cells.size(); ++col)
            setItem(row, col, new QTableWidgetItem(cells[col]));
        item(row, 4)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    resizeColumnsToContents();
}

QString BundleHistoryView::deskName(const QString& uuid)
{
    auto desk = m_store.getByUuid(schema::def(Entity::Desk), uuid);
    return desk ? tr("%1 (%2)").arg(desk->text("name"), desk->text("code")) : uuid;
}

} // namespace percorsi
