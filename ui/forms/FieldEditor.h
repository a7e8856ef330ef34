#pragma once

#include <QVariant>

class QComboBox;
class QWidget;

namespace percorsi {

struct FieldDef;
class RecordStore;

// The editor widget of one field of the schema, and the value in it: a combo
// box of labels for codes and references, a check box for yes/no, several
// lines for long text, one line for the rest (dates as YYYY-MM-DD).
class FieldEditor
{
public:
    static QWidget* create(const FieldDef& field, RecordStore& store, QWidget* parent);
    static void setValue(QWidget* editor, const QVariant& value);
    // The value as typed; an empty editor gives a null value.
    static QVariant value(QWidget* editor);

private:
    static QComboBox* countryBox(QWidget* parent);
    static void fillCodes(QComboBox* box, const FieldDef& field);
    static void fillRefs(QComboBox* box, const FieldDef& field, RecordStore& store);
};

} // namespace percorsi
