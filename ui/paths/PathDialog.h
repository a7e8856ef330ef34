#pragma once

#include <QDialog>

#include "core/domain/Record.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace percorsi {

class RecordStore;

// Creates or edits a path: name, type, project, trainers, dates, planned
// hours, capacity, place and the attendance needed for a certificate. OK
// saves through the store; a refusal keeps the dialog open with the reason.
class PathDialog : public QDialog
{
    Q_OBJECT

public:
    PathDialog(RecordStore& store, const Record& path, QWidget* parent = nullptr);

    const Record& saved() const { return m_saved; }
    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* capacityEdit() const { return m_capacity; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    void fill(const Record& path);
    Record collect() const;
    void addChoices(QComboBox* box, Entity entity, const char* role = nullptr);

    RecordStore& m_store;
    Record m_path;
    Record m_saved;
    QLineEdit* m_name;
    QComboBox* m_type;
    QComboBox* m_project;
    QComboBox* m_trainer;
    QLineEdit* m_others;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QDoubleSpinBox* m_hours;
    QSpinBox* m_capacity;
    QLineEdit* m_place;
    QSpinBox* m_threshold;
    QLabel* m_error;
};

} // namespace percorsi
