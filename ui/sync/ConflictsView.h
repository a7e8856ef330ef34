#pragma once

#include <vector>

#include <QWidget>

#include "core/storage/SyncStore.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace percorsi {

class RecordStore;

// The open conflicts side by side: which record and field, the value kept
// and the value lost, each with its desk. "Keep this" confirms the kept
// value; "Keep that" writes the lost one back, an edit that syncs.
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(RecordStore& store, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* keepThisButton() const { return m_keepThis; }
    QPushButton* keepThatButton() const { return m_keepThat; }
    int openCount() const { return int(m_conflicts.size()); }

public slots:
    void reload();
    void keepThis();
    void keepThat();

signals:
    void resolved();

private:
    void addRow(int row, const SyncStore::Conflict& c);
    QString recordName(const QString& entity, const QString& uuid);
    QString deskName(const QString& uuid);
    void resolve(bool reverse);
    void updateButtons();

    RecordStore& m_store;
    std::vector<SyncStore::Conflict> m_conflicts;
    QTableWidget* m_table;
    QPushButton* m_keepThis;
    QPushButton* m_keepThat;
    QLabel* m_message;
};

} // namespace percorsi
