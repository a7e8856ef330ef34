#include "ui/profile/CloseCaseDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include "core/domain/Codes.h"

namespace percorsi {

namespace {

void fill(QComboBox* box, const char* set)
{
    box->addItem(QString(), QVariant());
    for (const Code& c : codes::set(QLatin1StringView(set)))
        box->addItem(codes::label(QLatin1StringView(set), QLatin1StringView(c.code)),
                     QString::fromLatin1(c.code));
}

} // namespace

CloseCaseDialog::CloseCaseDialog(const QDate& today, QWidget* parent)
    : QDialog(parent), m_reason(new QComboBox(this)), m_date(new QDateEdit(today, this)),
      m_situation(new QComboBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Close the case"));
    fill(m_reason, "close_reason");
    fill(m_situation, "exit_situation");
    m_reason->setAccessibleName(tr("Reason for closing"));
    m_date->setAccessibleName(tr("Exit date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_situation->setAccessibleName(tr("Situation on leaving"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close the case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Reason *"), m_reason);
    form->addRow(tr("E&xit date *"), m_date);
    form->addRow(tr("&Situation on leaving"), m_situation);
    form->addRow(m_error);
    form->addRow(buttons);
}

QString CloseCaseDialog::reason() const
{
    return m_reason->currentData().toString();
}

QDate CloseCaseDialog::exitDate() const
{
    return m_date->date();
}

QString CloseCaseDialog::exitSituation() const
{
    return m_situation->currentData().toString();
}

void CloseCaseDialog::accept()
{
    const QString error = m_apply ? m_apply() : QString();
    if (!error.isEmpty())
        return showError(error);
    QDialog::accept();
}

void CloseCaseDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace percorsi
