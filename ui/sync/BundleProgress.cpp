#include "ui/sync/BundleProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace percorsi {

BundleProgress::BundleProgress(const QString& label, QWidget* parent)
    : QObject(parent), m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 100, parent))
{
    m_dialog->setWindowTitle(tr("Sync"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAccessibleName(tr("Progress"));
    m_dialog->setValue(0);
}

BundleProgress::~BundleProgress()
{
    m_dialog->close();
    m_dialog->deleteLater();
}

std::function<bool(int)> BundleProgress::callback()
{
    return [this](int percent) {
        m_dialog->setValue(qBound(0, percent, 100));
        QCoreApplication::processEvents();
        return !m_dialog->wasCanceled();
    };
}

bool BundleProgress::wasCancelled() const
{
    return m_dialog->wasCanceled();
}

} // namespace percorsi
