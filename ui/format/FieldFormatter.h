#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>
#include <QVariant>

#include "core/domain/Schema.h"

namespace percorsi {

class Record;
class RecordStore;

// Turns stored values into the text people read: code labels, country and
// language names, localised numbers and dates, and the names of referenced
// records (looked up once, then cached).
class FieldFormatter
{
    Q_DECLARE_TR_FUNCTIONS(FieldFormatter)

public:
    explicit FieldFormatter(RecordStore& store);

    QString display(const FieldDef& field, const QVariant& value);
    QString display(const Record& record, const char* field);
    QString refLabel(const char* entity, qint64 id);
    QString deskLabel(qint64 deskId);
    void clearCache() { m_labels.clear(); }

    static bool isNumeric(const FieldDef& field);
    static QString date(const QDate& date);
    static QString number(qint64 value);
    static QString year(int value);
    static QString country(const QString& code);
    static QString language(const QString& code);

private:
    QString lookUp(const EntityDef& def, qint64 id);
    static QString mapList(const QString& list, QString (*map)(const QString&));
    static QString codeList(const char* set, const QString& list);

    RecordStore& m_store;
    QHash<QPair<const EntityDef*, qint64>, QString> m_labels;
};

} // namespace percorsi
