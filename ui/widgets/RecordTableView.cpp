#include "ui/widgets/RecordTableView.h"

#include <QHeaderView>

#include "ui/models/RecordTableModel.h"

namespace percorsi {

RecordTableView::RecordTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setTabKeyNavigation(false);
    setCornerButtonEnabled(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();
    QHeaderView* columns = horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void RecordTableView::setRecordModel(RecordTableModel* model)
{
    m_model = model;
    setModel(model);
    applyColumnWidths();
}

const Record* RecordTableView::currentRecord() const
{
    const QModelIndex index = currentIndex();
    return m_model && index.isValid() ? m_model->recordAt(index.row()) : nullptr;
}

void RecordTableView::limitHeightToRows(int rows)
{
    const int height = horizontalHeader()->sizeHint().height() +
                       rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth();
    setMaximumHeight(height);
}

void RecordTableView::applyColumnWidths()
{
    const int charWidth = fontMetrics().averageCharWidth();
    const QFontMetrics headerMetrics = horizontalHeader()->fontMetrics();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString header = m_model->headerData(c, Qt::Horizontal).toString();
        const int width =
            qMax(m_model->columnWidthChars(c) * charWidth, headerMetrics.horizontalAdvance(header));
        setColumnWidth(c, width + 16);
    }
}

} // namespace percorsi
