#pragma once

#include <memory>

#include <QMainWindow>

#include "core/domain/Record.h"

class QAction;
class QTabWidget;
class QUndoStack;

namespace percorsi {

class CloseCaseDialog;
class DetailsTab;
class EraseDialog;
class HistoryTab;
class PersonStore;
class ProfileHeader;
class RecordStore;
class RecordsTab;

// The profile of one person, in its own window: the header and a tab per
// part of her case (details, screening, plan, paths, support, referrals,
// placements, consents, history). Edits of her own record go through an
// undo stack (Ctrl+Z, Ctrl+Shift+Z); her case can be closed and reopened.
class ProfileWindow : public QMainWindow
{
    Q_OBJECT

public:
    ProfileWindow(RecordStore& store, qint64 personId, QWidget* parent = nullptr);
    ~ProfileWindow() override;

    qint64 personId() const { return m_person.id(); }
    const Record& person() const { return m_person; }
    ProfileHeader* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    DetailsTab* details() const { return m_details; }
    RecordsTab* tab(const char* entity) const;
    HistoryTab* history() const { return m_history; }
    QUndoStack* undoStack() const { return m_undo; }
    QAction* closeCaseAction() const { return m_closeCase; }
    QAction* reopenAction() const { return m_reopen; }
    QAction* exportAction() const { return m_export; }
    QAction* eraseAction() const { return m_erase; }

    // Writes the edited record; a refusal is shown under the fields. True when saved.
    bool save(const Record& edited);
    CloseCaseDialog* closeCase();
    bool reopenCase();
    // Writes everything about her to `file`: a PDF when it ends in .pdf, JSON otherwise.
    // An error message, or empty when written.
    QString exportData(const QString& file);
    EraseDialog* erase();

signals:
    // Her record or one of hers changed (the People page shows it anew).
    void personChanged(qint64 personId);
    // She was erased; the window closes.
    void personErased(qint64 personId);

private:
    void createTabs(RecordStore& store);
    void addRecordsTab(RecordsTab* tab, const QString& title);
    void createActions();
    void apply(Record before, const Record& after, const QString& text);
    void display(const Record& person);
    void reloadFollowups();
    void refreshAll();
    void chooseExport();

    std::unique_ptr<PersonStore> m_store;
    Record m_person;
    QUndoStack* m_undo;
    ProfileHeader* m_header;
    QTabWidget* m_tabs;
    DetailsTab* m_details = nullptr;
    HistoryTab* m_history = nullptr;
    std::vector<RecordsTab*> m_recordTabs;
    QAction* m_closeCase = nullptr;
    QAction* m_reopen = nullptr;
    QAction* m_export = nullptr;
    QAction* m_erase = nullptr;
};

} // namespace percorsi
