#include "ui/reports/ReportPreview.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QToolBar>
#include <QVBoxLayout>

#include "print/ReportPainter.h"

namespace percorsi {

std::function<QString(QWidget*, const QString&)> ReportPreview::chooseFile =
    [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, ReportPreview::tr("Save as PDF"), suggested,
                                            ReportPreview::tr("PDF documents (*.pdf)"));
    };

ReportPreview::ReportPreview(Indicators indicators, QWidget* parent)
    : QDialog(parent), m_indicators(std::move(indicators))
{
    setWindowTitle(tr("Progress summary"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("%1, %2 to %3. Counts only people who consented to anonymous "
           "reporting; counts from 1 to 4 show as \"<5\".")
            .arg(m_indicators.projectName.isEmpty() ? tr("All people") : m_indicators.projectName,
                 m_indicators.from.toString(Qt::ISODate), m_indicators.to.toString(Qt::ISODate)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_summary = addField(tr("&Summary of the period:"), QStringLiteral("summary"));
    m_achievements = addField(tr("&Achievements:"), QStringLiteral("achievements"));
    m_difficulties = addField(tr("&Difficulties:"), QStringLiteral("difficulties"));
    m_nextSteps = addField(tr("&Next steps:"), QStringLiteral("nextSteps"));
    for (QPlainTextEdit* edit : {m_summary, m_achievements, m_difficulties, m_nextSteps})
        form->addRow(edit->property("label").toString(), edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* preview = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("openPreview"));
    QPushButton* pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("saveAsPdf"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, &ReportPreview::openPreview);
    connect(pdf, &QPushButton::clicked, this, &ReportPreview::saveAsPdf);
}

QPlainTextEdit* ReportPreview::addField(const QString& label, const QString& name)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    edit->setProperty("label", label);
    edit->setMinimumHeight(fontMetrics().height() * 4);
    return edit;
}

ReportNarrative ReportPreview::narrative() const
{
    return {m_summary->toPlainText(), m_achievements->toPlainText(), m_difficulties->toPlainText(),
            m_nextSteps->toPlainText()};
}

std::unique_ptr<QPrintPreviewDialog> ReportPreview::createPreview(QPrinter& printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(windowTitle());
    auto dialog = std::make_unique<QPrintPreviewDialog>(&printer, this);
    QPrintPreviewDialog* d = dialog.get();
    d->setWindowTitle(windowTitle());
    const ReportNarrative text = narrative();
    connect(d, &QPrintPreviewDialog::paintRequested, d,
            [this, text](QPrinter* p) { ReportPainter::paint(*p, m_indicators, text); });
    if (auto* bar = d->findChild<QToolBar*>()) {
        QAction* save = bar->addAction(tr("Save as &PDF…"));
        save->setObjectName(QStringLiteral("saveAsPdf"));
        save->setShortcut(QKeySequence::Save);
        connect(save, &QAction::triggered, this, &ReportPreview::saveAsPdf);
    }
    return dialog;
}

void ReportPreview::openPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    createPreview(printer)->exec();
}

QString ReportPreview::savePdf(const QString& file)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) return out.errorString();
    if (Status st = ReportPainter::writePdf(&out, m_indicators, narrative()); !st.ok())
        return st.error().message();
    return out.commit() ? QString() : out.errorString();
}

void ReportPreview::saveAsPdf()
{
    const QString file = chooseFile(this, tr("progress-summary.pdf"));
    if (file.isEmpty()) return;
    if (const QString error = savePdf(file); !error.isEmpty())
        QMessageBox::warning(this, tr("Save as PDF"),
                             tr("%1 could not be written: %2").arg(file, error));
}

} // namespace percorsi
