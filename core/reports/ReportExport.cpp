#include "core/reports/ReportExport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/exchange/CsvDialect.h"
#include "core/exchange/XlsxWriter.h"
#include "core/reports/ReportRows.h"

namespace percorsi {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Report", text);
}

QJsonValue jsonCell(double value, bool isCount, bool suppress)
{
    if (isCount && suppress && value >= 1 && value < 5) return QStringLiteral("<5");
    return isCount ? QJsonValue(qint64(value)) : QJsonValue(value);
}

QJsonObject jsonRow(const ReportRow& r, bool suppress)
{
    QJsonObject o{{QStringLiteral("section"), r.section},
                  {QStringLiteral("code"), r.code},
                  {QStringLiteral("label"), r.label}};
    o[QStringLiteral("value")] =
        r.value < 0 ? QJsonValue() : jsonCell(r.value, r.isCount, suppress);
    if (r.genders) {
        o[QStringLiteral("women")] = jsonCell(double(r.genders->women), true, suppress);
        o[QStringLiteral("men")] = jsonCell(double(r.genders->men), true, suppress);
        o[QStringLiteral("non_binary")] = jsonCell(double(r.genders->nonBinary), true, suppress);
    }
    if (r.target) o[QStringLiteral("target")] = *r.target;
    return o;
}

QStringList sheetRow(const ReportRow& r, bool suppress)
{
    const auto count = [&](qint64 n) { return ReportRows::cell(double(n), true, suppress); };
    return {ReportRows::sectionLabel(r.section),
            r.label,
            r.genders ? count(r.genders->women) : QString(),
            r.genders ? count(r.genders->men) : QString(),
            r.genders ? count(r.genders->nonBinary) : QString(),
            r.value < 0 ? tr("not recorded") : ReportRows::cell(r.value, r.isCount, suppress),
            r.target ? QString::number(*r.target) : QString()};
}

} // namespace

Sheet ReportExport::sheet(const Indicators& in)
{
    Sheet s;
    s.title = tr("Progress summary");
    s.header = QStringList{tr("Section"),    tr("Indicator"), tr("Women"), tr("Men"),
                           tr("Non-binary"), tr("Value"),     tr("Target")};
    const auto meta = [&](const char* what, const QString& value) {
        s.rows.push_back({tr("Report"), tr(what), {}, {}, {}, value, {}});
    };
    meta(QT_TRANSLATE_NOOP("Report", "Project"), in.projectName);
    meta(QT_TRANSLATE_NOOP("Report", "Funder"), in.funder);
    meta(QT_TRANSLATE_NOOP("Report", "From"), in.from.toString(Qt::ISODate));
    meta(QT_TRANSLATE_NOOP("Report", "To"), in.to.toString(Qt::ISODate));
    meta(QT_TRANSLATE_NOOP("Report", "Desk"),
         in.deskName.isEmpty() ? tr("All desks") : in.deskName);
    for (const ReportRow& r : ReportRows::build(in))
        s.rows.push_back(sheetRow(r, in.filter.funder));
    return s;
}

QByteArray ReportExport::json(const Indicators& in)
{
    QJsonArray rows;
    for (const ReportRow& r : ReportRows::build(in))
        rows.append(jsonRow(r, in.filter.funder));
    QJsonObject o{{QStringLiteral("project"), in.projectName},
                  {QStringLiteral("funder"), in.funder},
                  {QStringLiteral("from"), in.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), in.to.toString(Qt::ISODate)},
                  {QStringLiteral("desk"), in.deskName},
                  {QStringLiteral("consented_only"), in.filter.funder},
                  {QStringLiteral("rows"), rows}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Status ReportExport::writeCsv(QIODevice* out, const Indicators& in)
{
    const Sheet s = sheet(in);
    const CsvDialect dialect;
    QByteArray bytes = dialect.encodeRow(s.header);
    for (const QStringList& row : s.rows) {
        QStringList safe;
        for (const QString& cell : row)
            safe << CsvDialect::neutralise(cell);
        bytes += dialect.encodeRow(safe);
    }
    if (out->write(bytes) != bytes.size()) return Error::io(out->errorString());
    return {};
}

Status ReportExport::writeXlsx(QIODevice* out, const Indicators& in)
{
    return XlsxWriter::write(out, sheet(in));
}

} // namespace percorsi
