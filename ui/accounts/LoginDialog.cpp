#include "ui/accounts/LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/security/Authenticator.h"
#include "core/storage/Database.h"

namespace percorsi {

LoginDialog::LoginDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    auto any = Authenticator(db).hasUsers();
    m_mode = any && !*any ? Mode::FirstAdministrator : Mode::SignIn;
    build();
}

void LoginDialog::build()
{
    const bool first = m_mode == Mode::FirstAdministrator;
    setWindowTitle(first ? tr("Percorsi — first administrator") : tr("Percorsi — sign in"));
    auto* layout = new QVBoxLayout(this);
    if (first)
        layout->addWidget(new QLabel(tr("This database has no account yet. Choose the name and "
                                        "password of its administrator, who will create the "
                                        "other accounts."),
                                     this));
    auto* form = new QFormLayout;
    m_username = new QLineEdit(this);
    form->addRow(tr("&User name:"), m_username);
    if (first) {
        m_fullName = new QLineEdit(this);
        form->addRow(tr("&Full name:"), m_fullName);
    }
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    if (first) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat the password:"), m_repeat);
    }
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(first ? tr("Create") : tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_password->clear();
    if (m_repeat) m_repeat->clear();
    m_password->setFocus();
}

bool LoginDialog::createAdministrator()
{
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords differ."));
        return false;
    }
    const QString fullName =
        m_fullName->text().trimmed().isEmpty() ? m_username->text() : m_fullName->text();
    Authenticator auth(m_db);
    auto created = auth.createFirstAdministrator(m_username->text(), fullName, m_password->text());
    if (!created) showError(created.error().message());
    m_notice = auth.notice();
    return created.ok();
}

bool LoginDialog::signIn()
{
    Authenticator auth(m_db);
    auto signedIn = auth.signIn(m_username->text(), m_password->text());
    if (!signedIn) showError(signedIn.error().message());
    m_notice = auth.notice();
    return signedIn.ok();
}

void LoginDialog::accept()
{
    const bool ok = m_mode == Mode::FirstAdministrator ? createAdministrator() : signIn();
    if (ok) QDialog::accept();
}

} // namespace percorsi
