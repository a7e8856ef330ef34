#pragma once

#include <QWidget>

#include "core/domain/Record.h"

class QPushButton;

namespace percorsi {

class RecordForm;
class RecordStore;

// Every field of her record, editable, in two columns on wide screens.
// "Save" hands the edited record to the profile, which writes it (so that
// the edit can be undone) and shows a refusal under the fields.
class DetailsTab : public QWidget
{
    Q_OBJECT

public:
    DetailsTab(RecordStore& store, const Record& person, QWidget* parent = nullptr);

    void setRecord(const Record& person);
    Record record() const;
    RecordForm* identity() const { return m_identity; }
    RecordForm* situation() const { return m_situation; }
    QWidget* editor(const char* field) const;
    QString errorText(const char* field) const;
    bool showErrors(const class Error& error);
    QPushButton* saveButton() const { return m_save; }

signals:
    void saveRequested(const Record& edited);

private:
    RecordForm* m_identity;
    RecordForm* m_situation;
    QPushButton* m_save;
    QPushButton* m_revert;
    Record m_person;
};

} // namespace percorsi
