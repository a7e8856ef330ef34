#include "ui/pages/ReportsPage.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domain/Schema.h"
#include "core/storage/RecordStore.h"
#include "ui/format/EntityLabels.h"
#include "ui/format/FieldFormatter.h"
#include "ui/widgets/PageHeader.h"

namespace percorsi {

ReportsPage::ReportsPage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_table(new QTableWidget(this)), m_updated(new QLabel(this))
{
    auto* button = new QPushButton(tr("&Refresh"), this);
    button->setAccessibleName(tr("Refresh the counts"));
    button->setObjectName(QStringLiteral("refreshCounts"));
    m_updated->setAccessibleName(tr("Time of the count"));
    setUpTable();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(button);
    buttons->addWidget(m_updated, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Reports"),
                                     tr("How many records of each kind this "
                                        "database holds, from every desk."),
                                     nullptr, this));
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(button, &QPushButton::clicked, this, &ReportsPage::refresh);
    refresh();
}

void ReportsPage::setUpTable()
{
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Kind of record"), tr("Records"), tr("What it holds")});
    m_table->setAccessibleName(tr("Records per kind"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(0, 26 * charWidth);
    m_table->setColumnWidth(1, 12 * charWidth);
    m_table->horizontalHeaderItem(1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void ReportsPage::refresh()
{
    const auto& entities = schema::entities();
    m_table->setRowCount(int(entities.size()));
    for (size_t i = 0; i < entities.size(); ++i) {
        auto n = m_store.count(*entities[i]);
        setRow(int(i), *entities[i], n ? FieldFormatter::number(*n) : n.error().message());
    }
    m_updated->setText(
        tr("Counted at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void ReportsPage::setRow(int row, const EntityDef& entity, const QString& count)
{
    m_table->setItem(row, 0, new QTableWidgetItem(EntityLabels::plural(entity)));
    auto* number = new QTableWidgetItem(count);
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, 1, number);
    m_table->setItem(row, 2, new QTableWidgetItem(EntityLabels::description(entity)));
}

} // namespace percorsi
