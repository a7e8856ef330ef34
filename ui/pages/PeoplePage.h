#pragma once

#include <memory>

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace percorsi {

class PersonSearch;
class RecordStore;
class RecordTableModel;
class RecordTableView;

// Everyone the programme serves: the full list, read lazily, or the people
// whose name or case number matches what is typed in the search field.
// Enter or a double-click opens the person's details.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchLimit = 200;

    explicit PeoplePage(RecordStore& store, QWidget* parent = nullptr);
    ~PeoplePage() override;

    void focusSearch();
    QLineEdit* searchField() const { return m_search; }
    RecordTableView* view() const { return m_view; }
    RecordTableModel* model() const { return m_model; }
    QString countText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

public slots:
    // Runs the search now (typing runs it after a short pause).
    void search();

private:
    void showAll();
    void showMatches(const QString& text);
    void openDetails(const QModelIndex& index);
    void openCurrent();
    void updateCount();

    RecordStore& m_store;
    std::unique_ptr<PersonSearch> m_finder;
    QLineEdit* m_search;
    QLabel* m_count;
    RecordTableModel* m_model;
    RecordTableView* m_view;
    QTimer* m_debounce;
    QString m_searchError;
};

} // namespace percorsi
