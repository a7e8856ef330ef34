#include "ui/print/AttendanceDocuments.h"

#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

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

void AttendanceDocuments::preview(QWidget* parent, const SheetData& data, Kind kind, int session,
                                  QDate issued)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(title(data, kind));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title(data, kind));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter* p) { paint(*p, data, kind, session, issued); });
    dialog.exec();
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
