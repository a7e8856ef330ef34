#pragma once

#include <functional>
#include <memory>

#include <QDialog>

#include "core/reports/Indicators.h"
#include "print/ReportNarrative.h"

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
class QPrintPreviewDialog;
class QPrinter;
QT_END_NAMESPACE

namespace percorsi {

// The progress summary before it is printed: the coordinator types the
// narrative, then opens the print preview or saves the PDF.
class ReportPreview : public QDialog
{
    Q_OBJECT

public:
    ReportPreview(Indicators indicators, QWidget* parent = nullptr);

    ReportNarrative narrative() const;
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    // The print preview, not yet shown, with a "Save as PDF…" action beside Print.
    std::unique_ptr<QPrintPreviewDialog> createPreview(QPrinter& printer);
    // Writes the PDF; an error message, or empty.
    QString savePdf(const QString& file);

    // Asks where to save a PDF (a file dialog; tests put their own chooser here).
    static std::function<QString(QWidget* parent, const QString& suggested)> chooseFile;

public slots:
    void openPreview();
    void saveAsPdf();

private:
    QPlainTextEdit* addField(const QString& label, const QString& name);

    Indicators m_indicators;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_achievements;
    QPlainTextEdit* m_difficulties;
    QPlainTextEdit* m_nextSteps;
};

} // namespace percorsi
