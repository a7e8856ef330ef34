#pragma once

#include <functional>

#include <QObject>
#include <QString>

class QMimeData;
class QWidget;

namespace percorsi {

// Lets a window take a .percorsi file dropped on it and hands the path on
// (to the Sync page, which previews it).
class BundleDropFilter : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QString& path)>;
    // Makes `window` accept drops; the filter is a child of the window.
    BundleDropFilter(QWidget* window, Handler handler);

    // The local .percorsi file the data carries, or empty.
    static QString bundlePath(const QMimeData* data);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Handler m_handler;
};

} // namespace percorsi
