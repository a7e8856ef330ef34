#pragma once

#include <functional>
#include <vector>

#include <QDialog>

#include "core/domain/Record.h"
#include "core/util/Result.h"

class QLabel;

namespace percorsi {

class RecordForm;
class RecordStore;

// Adds or edits one record in a form. OK saves through the store (a new
// record is inserted, an existing one updated); a refusal keeps the dialog
// open with the messages under the fields.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(RecordStore& store, const Record& record, const QString& title,
                 std::vector<const char*> fields = {}, QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    // The record as saved, after accept().
    const Record& saved() const { return m_saved; }
    QString errorText() const;
    // Saves through `saver` instead of the store's insert or update (an aggregate
    // store that does more in the same transaction).
    using Saver = std::function<Result<Record>(const Record&)>;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

public slots:
    void accept() override;

private:
    RecordStore& m_store;
    RecordForm* m_form;
    QLabel* m_error;
    Record m_saved;
    Saver m_saver;
};

} // namespace percorsi
