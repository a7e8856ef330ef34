#include "core/exchange/XlsxWriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QXmlStreamWriter>

namespace percorsi {

namespace {

const char kContentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

const char kRootRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

const char kWorkbookRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

// Style 0: plain; style 1: bold (the header row).
const char kStyles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>)"
    R"(<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>)"
    R"(</styleSheet>)";

const QString kMain = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

// XML 1.0 has no place for most control characters.
QString xmlSafe(const QString& text)
{
    QString out = text;
    out.removeIf([](QChar c) {
        return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
               c != QLatin1Char('\r');
    });
    return out;
}

void writeRow(QXmlStreamWriter& xml, int row, const QStringList& cells, bool bold)
{
    xml.writeStartElement(QStringLiteral("row"));
    xml.writeAttribute(QStringLiteral("r"), QString::number(row));
    for (int c = 0; c < cells.size(); ++c) {
        if (cells[c].isEmpty()) continue;
        xml.writeStartElement(QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("r"), XlsxWriter::columnName(c) + QString::number(row));
        xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
        if (bold) xml.writeAttribute(QStringLiteral("s"), QStringLiteral("1"));
        xml.writeStartElement(QStringLiteral("is"));
        xml.writeStartElement(QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(xmlSafe(cells[c]));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

Status addPart(QuaZip& zip, const QString& name, const QByteArray& bytes)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size())
        return Error::io(QStringLiteral("Cannot write %1 of the workbook (zip error %2).")
                             .arg(name)
                             .arg(zip.getZipError()));
    file.close();
    return file.getZipError() == ZIP_OK
               ? Status()
               : Status(Error::io(QStringLiteral("Cannot write %1 of the workbook.").arg(name)));
}

} // namespace

QString XlsxWriter::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QByteArray XlsxWriter::sheetXml(const Sheet& sheet)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("worksheet"));
    xml.writeDefaultNamespace(kMain);
    xml.writeStartElement(QStringLiteral("sheetViews"));
    xml.writeStartElement(QStringLiteral("sheetView"));
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("pane")); // the header stays in view
    xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("sheetData"));
    writeRow(xml, 1, sheet.header, true);
    for (size_t r = 0; r < sheet.rows.size(); ++r)
        writeRow(xml, int(r) + 2, sheet.rows[r], false);
    xml.writeEndDocument();
    return bytes;
}

// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
QByteArray XlsxWriter::workbookXml(const QString& title)
{
    QString name = title.isEmpty() ? QStringLiteral("Sheet1") : xmlSafe(title);
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char(' '));
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("workbook"));
    xml.writeDefaultNamespace(kMain);
    xml.writeNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("sheets"));
    xml.writeEmptyElement(QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), name.left(31));
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndDocument();
    return bytes;
}

Status XlsxWriter::write(QIODevice* out, const Sheet& sheet)
{
    QuaZip zip(out);
    zip.setAutoClose(false); // the caller commits or closes its device
    if (!zip.open(QuaZip::mdCreate))
        return Error::io(
            QStringLiteral("Cannot write the workbook (zip error %1).").arg(zip.getZipError()));
    const std::pair<QString, QByteArray> parts[] = {
        {QStringLiteral("[Content_Types].xml"), QByteArray(kContentTypes)},
        {QStringLiteral("_rels/.rels"), QByteArray(kRootRels)},
        {QStringLiteral("xl/workbook.xml"), workbookXml(sheet.title)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(kWorkbookRels)},
        {QStringLiteral("xl/styles.xml"), QByteArray(kStyles)},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(sheet)},
    };
    for (const auto& [name, bytes] : parts)
        if (Status st = addPart(zip, name, bytes); !st.ok()) return st;
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return Error::io(
            QStringLiteral("Cannot write the workbook (zip error %1).").arg(zip.getZipError()));
    return {};
}

} // namespace percorsi
