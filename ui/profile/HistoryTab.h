#pragma once

#include <QWidget>

class QTableWidget;

namespace percorsi {

class FieldFormatter;
class RecordStore;

// Everything that happened to her, newest first: intake, consents,
// screenings, goals, enrolments and attendance, support, referrals,
// placements, exit.
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    HistoryTab(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
    void reload();
    QTableWidget* table() const { return m_table; }

private:
    QString kind(const QString& entity, const QString& what) const;
    QString describe(const QString& entity, const QString& what) const;

    RecordStore& m_store;
    qint64 m_personId;
    QTableWidget* m_table;
};

} // namespace percorsi
