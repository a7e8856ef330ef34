#pragma once

#include <array>

#include <QDialog>

#include "core/domain/SessionPlanner.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace percorsi {

// Plans the sessions of a path from a weekly recurrence: weekdays, from and
// to, start and end time, holidays to skip (one date a line). Shows how many
// sessions it makes before they are created.
class RecurrenceDialog : public QDialog
{
    Q_OBJECT

public:
    RecurrenceDialog(QDate pathStart, QDate pathEnd, QWidget* parent = nullptr);

    SessionPlanner::Recurrence recurrence() const;
    std::vector<QDate> dates() const;
    QString place() const;
    QString previewText() const;

    QCheckBox* weekday(int day) const { return m_days[size_t(day - 1)]; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QTimeEdit* startEdit() const { return m_start; }
    QTimeEdit* endEdit() const { return m_end; }
    QPlainTextEdit* holidaysEdit() const { return m_holidays; }

private:
    void updatePreview();
    std::vector<QDate> holidays() const;

    QDate m_pathStart, m_pathEnd;
    std::array<QCheckBox*, 7> m_days{};
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QLineEdit* m_place;
    QPlainTextEdit* m_holidays;
    QLabel* m_preview;
    class QPushButton* m_ok = nullptr;
};

} // namespace percorsi
