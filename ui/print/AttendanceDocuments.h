#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace percorsi {

struct SheetData;

// The printed documents of a path as PDF files (A4) or in a print preview:
// the sign-in sheet of a session, the summary register, the certificates.
class AttendanceDocuments
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceDocuments)

public:
    enum class Kind { SignInSheet, SummaryRegister, Certificates };

    // `session` is an index into data.sessions, for the sign-in sheet.
    static bool paint(QPagedPaintDevice& device, const SheetData& data, Kind kind, int session,
                      QDate issued);
    // Writes a PDF; false with `error` set when nothing could be written.
    static bool writePdf(const QString& file, const SheetData& data, Kind kind, int session,
                         QDate issued, QString* error = nullptr);
    static void preview(QWidget* parent, const SheetData& data, Kind kind, int session,
                        QDate issued);
    // The preview dialog, not yet shown, with a "Save as PDF…" action beside Print.
    static std::unique_ptr<QPrintPreviewDialog> createPreview(QPrinter& printer, QWidget* parent,
                                                             const SheetData& data, Kind kind,
                                                             int session, QDate issued);
    // Asks where to save a PDF (a file dialog; tests put their own chooser here).
    static std::function<QString(QWidget* parent, const QString& suggested)> chooseFile;
    static QString title(const SheetData& data, Kind kind);
};

} // namespace percorsi
