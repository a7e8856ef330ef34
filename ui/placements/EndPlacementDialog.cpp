#include "ui/placements/EndPlacementDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "ui/placements/CodeBox.h"

namespace percorsi {

EndPlacementDialog::EndPlacementDialog(const QString& placement, const QDate& today,
                                       QWidget* parent)
    : QDialog(parent), m_date(new QDateEdit(today, this)),
      m_outcome(new CodeBox("placement_outcome", true, this)), m_note(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("End the placement"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("End date"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_note->setAccessibleName(tr("Why, or what next"));
    m_note->setMaxLength(300);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("End the placement"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EndPlacementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(placement, this));
    form->addRow(tr("E&nd date *"), m_date);
    form->addRow(tr("&Outcome *"), m_outcome);
    form->addRow(tr("&Why, or what next"), m_note);
    form->addRow(m_error);
    form->addRow(buttons);
}

QDate EndPlacementDialog::endDate() const
{
    return m_date->date();
}

QString EndPlacementDialog::outcome() const
{
    return m_outcome->code();
}

QString EndPlacementDialog::note() const
{
    return m_note->text().trimmed();
}

QString EndPlacementDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EndPlacementDialog::accept()
{
    const QString error = m_apply ? m_apply() : QString();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace percorsi
