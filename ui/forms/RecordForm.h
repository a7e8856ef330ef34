#pragma once

#include <map>
#include <vector>

#include <QWidget>

#include "core/domain/Record.h"

class QFormLayout;
class QLabel;

namespace percorsi {

class Error;
class RecordStore;

// A form over chosen fields of one entity: an editor per field, its label,
// and the message of the validation that refused it right below the editor.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    // `fields`: the fields to edit in order; empty means every field the user may set.
    RecordForm(RecordStore& store, const EntityDef& entity, std::vector<const char*> fields = {},
               QWidget* parent = nullptr);

    void setRecord(const Record& record);
    // The record last set, with the values of the editors.
    Record record() const;
    QWidget* editor(const char* field) const;
    // Shows each field message of `error` under its editor; true when one was shown.
    bool showErrors(const Error& error);
    void clearErrors();
    QString errorText(const char* field) const;
    QFormLayout* layout() const { return m_layout; }

signals:
    void edited();

private:
    void addField(const FieldDef& field);
    void watch(QWidget* editor);

    RecordStore& m_store;
    Record m_record;
    QFormLayout* m_layout;
    struct Row
    {
        QWidget* editor;
        QLabel* error;
    };
    std::map<std::string, Row> m_rows;
    std::vector<const char*> m_order;
};

} // namespace percorsi
