#pragma once

#include <functional>

#include <QObject>

class QProgressDialog;
class QWidget;

namespace percorsi {

// A window-modal progress dialog for bundle work that runs on the GUI
// thread: the core's progress callback moves the bar and processes events,
// so the window repaints and Cancel is heard; returning false cancels.
class BundleProgress : public QObject
{
    Q_OBJECT

public:
    BundleProgress(const QString& label, QWidget* parent);
    ~BundleProgress() override;

    std::function<bool(int)> callback();
    bool wasCancelled() const;

private:
    QProgressDialog* m_dialog;
};

} // namespace percorsi
