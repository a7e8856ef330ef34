#pragma once

#include <QDialog>

class QFormLayout;

namespace percorsi {

class FieldFormatter;
class Record;

// A read-only view of every field of a person, with human labels and code
// labels. A stand-in until the full profile replaces it.
class PersonDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    PersonDetailsDialog(FieldFormatter& format, const Record& person, QWidget* parent = nullptr);

private:
    QWidget* createHeading(const Record& person);
    QWidget* createFields(FieldFormatter& format, const Record& person);
    void addRow(QFormLayout* form, const QString& label, const QString& value, bool wrap);
};

} // namespace percorsi
