#pragma once

#include <QDialog>

#include "core/domain/Record.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace percorsi {

class DuplicatePanel;
class RecordForm;
class RecordStore;

// A new person in one form: the fields needed at first contact and her
// consents (purposes, legal basis, date). While names, birth year and phone
// are typed, people who may be the same woman appear, with a button to open
// her record instead.
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IntakeDialog(RecordStore& store, QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    DuplicatePanel* duplicates() const { return m_duplicates; }
    QCheckBox* consentBox(const char* purpose) const;
    QString errorText() const;

public slots:
    void accept() override;
    // Looks for duplicates now (typing looks after a short pause).
    void findDuplicates();

signals:
    void created(qint64 personId);
    void openExisting(qint64 personId);

private:
    QWidget* createConsents();
    std::vector<Record> consents() const;

    RecordStore& m_store;
    RecordForm* m_form;
    DuplicatePanel* m_duplicates;
    QComboBox* m_basis;
    QLineEdit* m_consentDate;
    QLabel* m_error;
    QTimer* m_debounce;
    std::vector<std::pair<const char*, QCheckBox*>> m_purposes;
};

} // namespace percorsi
