#pragma once

#include <QWidget>

class QLabel;

namespace percorsi {

class Record;
class RecordStore;

// The top of a profile: her name, case number, age, languages, status,
// operator, a badge per consent and the alerts that need action.
class ProfileHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileHeader(RecordStore& store, QWidget* parent = nullptr);
    void showPerson(const Record& person);

    QString nameText() const;
    QString factsText() const;
    QString consentText() const;
    QString alertText() const;

private:
    QString facts(const Record& person);
    QString consents(qint64 personId);
    QString alerts(qint64 personId);

    RecordStore& m_store;
    QLabel* m_name;
    QLabel* m_facts;
    QLabel* m_consents;
    QLabel* m_alerts;
};

} // namespace percorsi
