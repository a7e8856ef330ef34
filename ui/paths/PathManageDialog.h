#pragma once

#include <QDialog>

#include "core/util/Result.h"

class QLabel;
class QTableWidget;

namespace percorsi {

class RecordStore;

// The people and the sessions of one path. People: withdraw with a reason,
// mark completed with the qualification gained, let the waiting list in.
// Sessions: move one (day, time, length), cancel or restore it.
class PathManageDialog : public QDialog
{
    Q_OBJECT

public:
    PathManageDialog(RecordStore& store, qint64 pathId, QWidget* parent = nullptr);

    QTableWidget* people() const { return m_people; }
    QTableWidget* sessions() const { return m_sessions; }
    QString errorText() const;

    bool withdrawCurrent(const QString& reason);
    bool completeCurrent(const QString& qualification);
    bool cancelCurrentSession();
    bool moveCurrentSession(QDate date, QTime start, int minutes);
    bool describeCurrentSession(const QString& place, const QString& topic);

private:
    void fillPeople();
    void fillSessions();
    qint64 currentId(QTableWidget* table) const;
    bool report(const Status& st);
    void askWithdraw();
    void askComplete();
    void askMove();

    RecordStore& m_store;
    qint64 m_pathId;
    QTableWidget* m_people;
    QTableWidget* m_sessions;
    QLabel* m_error;
};

} // namespace percorsi
