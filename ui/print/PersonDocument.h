#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QTextDocument;

namespace percorsi {

// The readable document of everything held about one person (GDPR Art. 15),
// rendered from PersonExport's JSON: a section per record, each field with
// its label and the words people read. Needs QtGui only, not widgets.
class PersonDocument
{
    Q_DECLARE_TR_FUNCTIONS(PersonDocument)

public:
    static QString html(const QJsonObject& exported);
    // Writes an A4 PDF; false with `error` set when nothing could be written.
    static bool writePdf(const QJsonObject& exported, const QString& file,
                         QString* error = nullptr);

private:
    static QString recordHtml(const QJsonObject& record);
    static QString fieldText(const QJsonObject& field);
};

} // namespace percorsi
