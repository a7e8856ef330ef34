#pragma once

#include <memory>

#include <QWidget>

#include "core/storage/PersonQuery.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace percorsi {

class IntakeDialog;
class PeopleFilterBar;
class PersonSearch;
class ProfileWindow;
class RecordStore;
class RecordTableModel;
class RecordTableView;

// Everyone the programme serves, read lazily a page at a time through
// PersonQuery: filtered (status, desk, path, operator, open needs, alerts),
// sorted by a click on a column header, narrowed by what is typed in the
// search field. Enter or a double-click opens the person's profile;
// "New person" (Ctrl+N) opens the intake form. The list as shown can be
// exported to a spreadsheet, and people kept in one imported.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchLimit = 200;

    explicit PeoplePage(RecordStore& store, QWidget* parent = nullptr);
    ~PeoplePage() override;

    void focusSearch();
    QLineEdit* searchField() const { return m_search; }
    PeopleFilterBar* filterBar() const { return m_filters; }
    RecordTableView* view() const { return m_view; }
    RecordTableModel* model() const { return m_model; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* importButton() const { return m_import; }
    QString countText() const;
    QString message() const;

    // Opens (or raises) the profile of a person in its own window.
    ProfileWindow* openProfile(qint64 personId);
    IntakeDialog* newPerson();
    // Writes the people now listed (filters and search applied, in the
    // list's order) to `file`; says whether it was written.
    bool exportListTo(const QString& file);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

public slots:
    // Runs the search now (typing runs it after a short pause).
    void search();
    void refresh();
    void chooseFileAndExport();
    void importPeople();

private:
    void createLayout();
    void setUpModel();
    void sortBy(int column, Qt::SortOrder order);
    PersonQuery::Filter currentFilter() const;
    void openDetails(const QModelIndex& index);
    void openCurrent();
    void updateCount();

    RecordStore& m_store;
    std::unique_ptr<PersonSearch> m_finder;
    std::unique_ptr<PersonQuery> m_query;
    QLineEdit* m_search;
    QLabel* m_count;
    QPushButton* m_new;
    QPushButton* m_export;
    QPushButton* m_import;
    QLabel* m_message;
    PeopleFilterBar* m_filters;
    RecordTableModel* m_model;
    RecordTableView* m_view;
    QTimer* m_debounce;
    QString m_searchError;
    bool m_searching = false;
    std::vector<qint64> m_hits;
    PersonQuery::Sort m_sort = PersonQuery::Sort::CaseNumber;
    bool m_descending = false;
};

} // namespace percorsi
