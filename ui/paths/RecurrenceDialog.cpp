#include "ui/paths/RecurrenceDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>

namespace percorsi {

RecurrenceDialog::RecurrenceDialog(QDate pathStart, QDate pathEnd, QWidget* parent)
    : QDialog(parent), m_pathStart(pathStart), m_pathEnd(pathEnd),
      m_from(new QDateEdit(pathStart, this)), m_to(new QDateEdit(pathEnd, this)),
      m_start(new QTimeEdit(QTime(9, 30), this)), m_end(new QTimeEdit(QTime(12, 0), this)),
      m_place(new QLineEdit(this)), m_holidays(new QPlainTextEdit(this)),
      m_preview(new QLabel(this))
{
    setWindowTitle(tr("Plan the sessions"));
    auto* days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        m_days[size_t(d - 1)] = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        m_days[size_t(d - 1)]->setAccessibleName(QLocale().dayName(d));
        days->addWidget(m_days[size_t(d - 1)]);
        connect(m_days[size_t(d - 1)], &QCheckBox::toggled, this, &RecurrenceDialog::updatePreview);
    }
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(e, &QDateEdit::dateChanged, this, &RecurrenceDialog::updatePreview);
    }
    for (QTimeEdit* e : {m_start, m_end}) {
        e->setDisplayFormat(QStringLiteral("HH:mm"));
        connect(e, &QTimeEdit::timeChanged, this, &RecurrenceDialog::updatePreview);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_start->setAccessibleName(tr("Start time"));
    m_end->setAccessibleName(tr("End time"));
    m_place->setAccessibleName(tr("Place"));
    m_holidays->setAccessibleName(tr("Holidays"));
    m_holidays->setPlaceholderText(tr("One date a line, e.g. 2026-04-25"));
    m_holidays->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("Sessions planned"));
    connect(m_holidays, &QPlainTextEdit::textChanged, this, &RecurrenceDialog::updatePreview);

    auto* form = new QFormLayout;
    form->addRow(tr("Weekdays:"), days);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("&Holidays:"), m_holidays);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create sessions"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    updatePreview();
}

std::vector<QDate> RecurrenceDialog::holidays() const
{
    std::vector<QDate> out;
    for (const QString& line : m_holidays->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(line.trimmed(), Qt::ISODate);
        if (d.isValid()) out.push_back(d);
    }
    return out;
}

SessionPlanner::Recurrence RecurrenceDialog::recurrence() const
{
    SessionPlanner::Recurrence r;
    for (int d = 1; d <= 7; ++d) {
        if (m_days[size_t(d - 1)]->isChecked()) r.weekdays.push_back(d);
    }
    r.from = m_from->date();
    r.to = m_to->date();
    r.start = m_start->time();
    r.minutes = SessionPlanner::minutesBetween(m_start->time(), m_end->time());
    r.holidays = holidays();
    return r;
}

std::vector<QDate> RecurrenceDialog::dates() const
{
    return SessionPlanner::dates(recurrence(), m_pathStart, m_pathEnd);
}

QString RecurrenceDialog::place() const
{
    return m_place->text().trimmed();
}

QString RecurrenceDialog::previewText() const
{
    return m_preview->text();
}

void RecurrenceDialog::updatePreview()
{
    const auto days = dates();
    const int minutes = recurrence().minutes;
    if (minutes <= 0)
        m_preview->setText(tr("The end time must be after the start."));
    else if (days.empty())
        m_preview->setText(tr("No session: choose weekdays within the path's dates."));
    else
        m_preview->setText(
            tr("%n session(s), from %1 to %2, %3 hours in all.", nullptr, int(days.size()))
                .arg(QLocale().toString(days.front(), QLocale::ShortFormat),
                     QLocale().toString(days.back(), QLocale::ShortFormat),
                     QLocale().toString(days.size() * minutes / 60.0)));
    if (m_ok) m_ok->setEnabled(minutes > 0 && !days.empty());
}

} // namespace percorsi
