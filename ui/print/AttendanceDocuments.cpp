#include "ui/print/AttendanceDocuments.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QToolBar>

#include "ui/print/SheetData.h"
#include "ui/print/SheetPainter.h"

namespace percorsi {

bool AttendanceDocuments::paint(QPagedPaintDevice& device, const SheetData& data, Kind kind,
                                int session, QDate issued)
{
    QPainter painter(&device);
    if (!painter.isActive()) return false;
    SheetPainter sheet(painter, device);
    switch (kind) {
    case Kind::SignInSheet:
        if (session < 0 || session >= int(data.sessions.size())) return false;
        sheet.signInSheet(data, session);
        return true;
    case Kind::SummaryRegister:
        sheet.summaryRegister(data);
        return true;
    case Kind::Certificates:
        return sheet.certificates(data, issued);
    }
    return false;
}

bool AttendanceDocuments::writePdf(const QString& file, const SheetData& data, Kind kind,
                                   int session, QDate issued, QString* error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error) *error = out.errorString();
        return false;
    }
    bool painted = false;
    {
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        pdf.setTitle(title(data, kind));
        pdf.setCreator(QStringLiteral("Percorsi"));
        painted = paint(pdf, data, kind, session, issued);
    }
    if (!painted) {
        out.cancelWriting();
        if (error)
            *error =
                kind == Kind::Certificates
                    ? tr("Nobody's attendance reaches the threshold of %1%.").arg(data.threshold)
                    : tr("There is nothing to print.");
        return false;
    }
    if (!out.commit()) {
        if (error) *error = out.errorString();
        return false;
    }
    return true;
}

std::function<QString(QWidget*, const QString&)> AttendanceDocuments::chooseFile =
    [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, AttendanceDocuments::tr("Save as PDF"), suggested,
                                            AttendanceDocuments::tr("PDF documents (*.pdf)"));
    };

std::unique_ptr<QPrintPreviewDialog> AttendanceDocuments::createPreview(
    QPrinter& printer, QWidget* parent, const SheetData& data, Kind kind, int session, QDate issued)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(title(data, kind));
    auto dialog = std::make_unique<QPrintPreviewDialog>(&printer, parent);
    QPrintPreviewDialog* d = dialog.get();
    d->setWindowTitle(title(data, kind));
    QObject::connect(d, &QPrintPreviewDialog::paintRequested, d,
                     [=, &data](QPrinter* p) { paint(*p, data, kind, session, issued); });
    if (auto* bar = d->findChild<QToolBar*>()) {
        QAction* save = bar->addAction(tr("Save as &PDF…"));
        save->setObjectName(QStringLiteral("saveAsPdf"));
        save->setShortcut(QKeySequence::Save);
        QObject::connect(save, &QAction::triggered, d, [=, &data] {
            QString name = title(data, kind);
            name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
            const QString file = chooseFile(d, name + QStringLiteral(".pdf"));
            if (file.isEmpty())
                return;
            QString error;
            if (!writePdf(file, data, kind, session, issued, &error))
                QMessageBox::warning(d, tr("Save as PDF"),
                                     tr("%1 could not be written: %2").arg(file, error));
        });
    }
    return dialog;
}

void AttendanceDocuments::preview(QWidget* parent, const SheetData& data, Kind kind, int session,
                                  QDate issued)
{
    QPrinter printer(QPrinter::HighResolution);
    createPreview(printer, parent, data, kind, session, issued)->exec();
}

QString AttendanceDocuments::title(const SheetData& data, Kind kind)
{
    switch (kind) {
    case Kind::SignInSheet:
        return tr("Sign-in sheet — %1").arg(data.path);
    case Kind::SummaryRegister:
        return tr("Attendance register — %1").arg(data.path);
    case Kind::Certificates:
        return tr("Certificates of attendance — %1").arg(data.path);
    }
    return data.path;
}

} // namespace percorsi
