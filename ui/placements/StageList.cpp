#include "ui/placements/StageList.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>

namespace percorsi {

namespace {

const QString kMime = QStringLiteral("application/x-percorsi-placement");

} // namespace

StageList::StageList(const QString& stage, QWidget* parent) : QListWidget(parent), m_stage(stage)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(3);
    setAlternatingRowColors(true);
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openRequested(item->data(IdRole).toLongLong()); });
}

qint64 StageList::currentPlacement() const
{
    const QListWidgetItem* item = currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

bool StageList::select(qint64 placementId)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(IdRole).toLongLong() == placementId) {
            setCurrentRow(i);
            scrollToItem(item(i));
            return true;
        }
    }
    return false;
}

void StageList::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int step = event->key() == Qt::Key_Right ? 1 : event->key() == Qt::Key_Left ? -1 : 0;
    if (ctrl && step != 0) {
        if (const qint64 id = currentPlacement()) emit stepRequested(id, step);
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

QStringList StageList::mimeTypes() const
{
    return {kMime};
}

QMimeData* StageList::dragData(QListWidgetItem* item) const
{
    return mimeData({item});
}

QMimeData* StageList::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty()) return nullptr;
    auto* data = new QMimeData;
    data->setData(kMime, QByteArray::number(items.first()->data(IdRole).toLongLong()));
    return data;
}

Qt::DropActions StageList::supportedDropActions() const
{
    return Qt::MoveAction;
}

void StageList::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(kMime) && event->source() != this)
        event->acceptProposedAction();
    else
        event->ignore();
}

void StageList::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(kMime) && event->source() != this)
        event->acceptProposedAction();
    else
        event->ignore();
}

// The pipeline moves the placement and rebuilds the columns; the list itself
// never inserts the dropped item.
void StageList::dropEvent(QDropEvent* event)
{
    if (!event->mimeData()->hasFormat(kMime) || event->source() == this) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit dropped(event->mimeData()->data(kMime).toLongLong(), m_stage);
}

} // namespace percorsi
