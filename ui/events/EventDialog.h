#pragma once

#include <vector>

#include <QDialog>

#include "core/domain/Record.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace percorsi {

class EventStore;
class PersonPicker;
class RecordForm;

// Adds or edits a community event: what, when and where; the headcount by
// gender and by age band side by side (they must add up to the same total);
// and, optionally, the people who came by name, added by search.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    EventDialog(EventStore& store, const Record& event, QWidget* parent = nullptr);

    RecordForm* detailsForm() const { return m_details; }
    RecordForm* genderForm() const { return m_gender; }
    RecordForm* ageForm() const { return m_age; }
    QListWidget* participants() const { return m_participants; }
    QString errorText() const;
    const Record& saved() const { return m_saved; }
    PersonPicker* addParticipant();
    void removeParticipant();

public slots:
    void accept() override;

private:
    QWidget* createHeadcounts();
    QWidget* createParticipants();
    void addPerson(qint64 personId, const QString& text);
    Record edited() const;

    EventStore& m_store;
    Record m_saved;
    RecordForm* m_details;
    RecordForm* m_gender;
    RecordForm* m_age;
    QListWidget* m_participants;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_error;
};

} // namespace percorsi
