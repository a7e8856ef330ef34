#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPagedPaintDevice;
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
    static QString title(const SheetData& data, Kind kind);
};

} // namespace percorsi
