#include "ui/placements/SituationDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "ui/placements/CodeBox.h"

namespace percorsi {

SituationDialog::SituationDialog(const QString& who, const QDate& today, QWidget* parent)
    : QDialog(parent), m_date(new QDateEdit(today, this)),
      m_situation(new CodeBox("followup_status", true, this)),
      m_improved(new QCheckBox(tr("Her situation &improved since she left"), this)),
      m_note(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Record the situation"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Follow-up date"));
    m_situation->setAccessibleName(tr("Situation"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaxLength(300);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SituationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(who, this));
    form->addRow(tr("&Date *"), m_date);
    form->addRow(tr("&Situation *"), m_situation);
    form->addRow(QString(), m_improved);
    form->addRow(tr("&Note"), m_note);
    form->addRow(m_error);
    form->addRow(buttons);
}

QDate SituationDialog::doneOn() const
{
    return m_date->date();
}

QString SituationDialog::situation() const
{
    return m_situation->code();
}

bool SituationDialog::improved() const
{
    return m_improved->isChecked();
}

QString SituationDialog::note() const
{
    return m_note->text().trimmed();
}

QString SituationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SituationDialog::accept()
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
