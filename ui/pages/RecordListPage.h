#pragma once

#include <functional>
#include <vector>

#include <QWidget>

#include "ui/models/RecordColumn.h"

class QLabel;

namespace percorsi {

struct EntityDef;
class RecordStore;
class RecordTableModel;
class RecordTableView;

// A page listing every record of one entity in a lazy table, with its title
// and the number of records; ListSpecs holds the Spec of each list. The
// Employers and Events pages reuse their columns.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    struct Spec
    {
        const EntityDef* entity = nullptr;
        QString title;
        QString description;
        std::vector<RecordColumn> columns;
        const char* orderBy = nullptr;
        bool descending = false;
        std::function<QString(qint64)> countText; // "1,234 paths"
    };

    RecordListPage(RecordStore& store, Spec spec, QWidget* parent = nullptr);

    RecordTableModel* model() const { return m_model; }
    RecordTableView* view() const { return m_view; }
    QString countText() const;
    // Reads the records again (after changes made elsewhere).
    void refresh();

private:
    void updateCount();

    Spec m_spec;
    RecordTableModel* m_model;
    RecordTableView* m_view;
    QLabel* m_count;
};

} // namespace percorsi
