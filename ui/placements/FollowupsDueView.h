#pragma once

#include <vector>

#include <QWidget>

#include "core/storage/FollowupStore.h"

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace percorsi {

class SituationDialog;

// The follow-ups still to do that fall due by a chosen day (today at first),
// soonest first, with the person and the placement they follow; Enter or
// "Record situation" records what she is doing now.
class FollowupsDueView : public QWidget
{
    Q_OBJECT

public:
    explicit FollowupsDueView(FollowupStore& store, QWidget* parent = nullptr);

    void setDesk(qint64 deskId);
    void reload();
    QTreeWidget* list() const { return m_list; }
    QDateEdit* dueByEdit() const { return m_dueBy; }
    int dueCount() const { return int(m_due.size()); }
    SituationDialog* recordSituation(int row);

signals:
    void changed();
    void reloaded(int dueCount);

private:
    FollowupStore& m_store;
    qint64 m_deskId = 0;
    std::vector<FollowupStore::Due> m_due;
    QDateEdit* m_dueBy;
    QTreeWidget* m_list;
    QPushButton* m_record;
    QLabel* m_count;
};

} // namespace percorsi
