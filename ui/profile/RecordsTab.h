#pragma once

#include <vector>

#include <QWidget>

#include "core/domain/Record.h"
#include "core/domain/Schema.h"
#include "core/util/Result.h"
#include "ui/models/RecordColumn.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace percorsi {

class RecordDialog;
class RecordStore;
class RecordTableModel;
class RecordTableView;

// A tab of the profile listing the records of one kind that belong to her
// (assessments, goals, referrals …), newest first, with a button to add one
// and Enter or a double-click to edit the selected one.
class RecordsTab : public QWidget
{
    Q_OBJECT

public:
    struct Spec
    {
        Entity entity;
        std::vector<RecordColumn> columns;
        const char* orderBy = nullptr;  // newest first along this field
        const char* dateField = nullptr; // set to today in a new record
        std::vector<const char*> formFields; // empty: every field but the owner
        QString addText;                     // "&New assessment…"
        QString note;                        // a line above the table, if any
    };

    RecordsTab(RecordStore& store, qint64 personId, Spec spec, QWidget* parent = nullptr);

    virtual void reload();
    RecordTableModel* model() const { return m_model; }
    RecordTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    // Opens the form of a new record; it saves and closes on OK.
    RecordDialog* addRecord();
    RecordDialog* editRecord(int row);

signals:
    void changed();

protected:
    QVBoxLayout* body() const { return m_layout; }
    RecordStore& store() const { return m_store; }
    qint64 personId() const { return m_personId; }
    // How a form's record is saved; an aggregate store may do more.
    virtual Result<Record> save(const Record& record);

private:
    RecordDialog* openDialog(const Record& record, const QString& title);

    RecordStore& m_store;
    qint64 m_personId;
    Spec m_spec;
    QVBoxLayout* m_layout;
    RecordTableModel* m_model;
    RecordTableView* m_view;
    QPushButton* m_add;
};

} // namespace percorsi
