#include "ui/print/PersonDocument.h"

#include <QJsonArray>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace percorsi {

QString PersonDocument::html(const QJsonObject& exported)
{
    QString out = QStringLiteral("<html><body>");
    out +=
        QStringLiteral("<h1>%1</h1>")
            .arg(
                tr("Personal data held about case %1")
                    .arg(exported.value(QStringLiteral("case_number")).toString().toHtmlEscaped()));
    out +=
        QStringLiteral("<p>%1</p>")
            .arg(
                tr("Everything Percorsi holds about this person, as of %1 (UTC). "
                   "Provided under Articles 15 and 20 of the GDPR.")
                    .arg(exported.value(QStringLiteral("exported_at")).toString().toHtmlEscaped()));
    for (const QJsonValue& record : exported.value(QStringLiteral("records")).toArray())
        out += recordHtml(record.toObject());
    out += QStringLiteral("</body></html>");
    return out;
}

QString PersonDocument::recordHtml(const QJsonObject& record)
{
    QString entity = record.value(QStringLiteral("entity_label")).toString();
    if (!entity.isEmpty()) entity[0] = entity[0].toUpper();
    QString out = QStringLiteral("<h2>%1</h2><table cellspacing='0' cellpadding='3' border='0'>")
                      .arg(entity.toHtmlEscaped());
    for (const QJsonValue& value : record.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = value.toObject();
        const QString text = fieldText(field);
        if (text.isEmpty()) continue; // empty fields would bury the ones that say something
        out += QStringLiteral("<tr><td width='40%'><b>%1</b></td><td>%2</td></tr>")
                   .arg(field.value(QStringLiteral("label")).toString().toHtmlEscaped(),
                        text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    return out + QStringLiteral("</table>");
}

QString PersonDocument::fieldText(const QJsonObject& field)
{
    if (field.contains(QStringLiteral("text")))
        return field.value(QStringLiteral("text")).toString();
    const QJsonValue value = field.value(QStringLiteral("value"));
    if (value.isBool()) return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble()) return QString::number(value.toDouble());
    return value.toString();
}

bool PersonDocument::writePdf(const QJsonObject& exported, const QString& file, QString* error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error) *error = out.errorString();
        return false;
    }
    {
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setTitle(tr("Personal data of %1")
                         .arg(exported.value(QStringLiteral("case_number")).toString()));
        pdf.setCreator(QStringLiteral("Percorsi"));
        QTextDocument document;
        document.setHtml(html(exported));
        document.print(&pdf);
    }
    if (!out.commit()) {
        if (error) *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace percorsi
