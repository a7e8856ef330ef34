#include "ui/accounts/PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "core/storage/UserStore.h"

namespace percorsi {

namespace {
QLineEdit* passwordField(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

PasswordDialog::PasswordDialog(Database& db, qint64 userId, const QString& who, QWidget* parent)
    : QDialog(parent), m_db(db), m_userId(userId)
{
    setWindowTitle(userId ? tr("Reset the password of %1").arg(who) : tr("Change your password"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    if (!userId) {
        m_current = passwordField(this);
        form->addRow(tr("&Current password:"), m_current);
    }
    m_password = passwordField(this);
    form->addRow(tr("&New password:"), m_password);
    m_repeat = passwordField(this);
    form->addRow(tr("&Repeat it:"), m_repeat);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two new passwords differ."));
        return;
    }
    UserStore users(m_db);
    const Status st = m_userId ? users.setPassword(m_userId, m_password->text())
                               : users.changeOwnPassword(m_current->text(), m_password->text());
    if (!st.ok()) {
        m_error->setText(st.error().message());
        return;
    }
    QDialog::accept();
}

QString PasswordDialog::errorText() const
{
    return m_error->text();
}

} // namespace percorsi
