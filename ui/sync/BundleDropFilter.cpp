#include "ui/sync/BundleDropFilter.h"

#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace percorsi {

BundleDropFilter::BundleDropFilter(QWidget* window, Handler handler)
    : QObject(window), m_handler(std::move(handler))
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

QString BundleDropFilter::bundlePath(const QMimeData* data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1) return {};
    const QUrl url = data->urls().first();
    const QString path = url.toLocalFile();
    return url.isLocalFile() && path.endsWith(QLatin1String(".percorsi"), Qt::CaseInsensitive)
               ? path
               : QString();
}

bool BundleDropFilter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDropEvent*>(event);
        if (bundlePath(drag->mimeData()).isEmpty()) return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QString path = bundlePath(drop->mimeData());
        if (path.isEmpty()) return false;
        drop->acceptProposedAction();
        m_handler(path);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace percorsi
