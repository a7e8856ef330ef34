#include "ui/accounts/LockScreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/security/Authenticator.h"
#include "core/storage/Database.h"

namespace percorsi {

LockScreen::LockScreen(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_who(new QLabel(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setMaximumWidth(320);
    auto* button = new QPushButton(tr("&Unlock"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    for (QWidget* w : {static_cast<QWidget*>(m_who), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(button), static_cast<QWidget*>(m_error)})
        layout->addWidget(w, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(button, &QPushButton::clicked, this, &LockScreen::unlock);
}

void LockScreen::reset()
{
    m_who->setText(
        tr("Percorsi is locked. %1, enter your password to go on.").arg(m_db.principal().username));
    m_password->clear();
    m_error->clear();
    m_password->setFocus();
}

QString LockScreen::errorText() const
{
    return m_error->text();
}

void LockScreen::unlock()
{
    const Status st = Authenticator(m_db).confirm(m_password->text());
    m_password->clear();
    if (!st.ok()) {
        m_error->setText(st.error().message());
        return;
    }
    emit unlocked();
}

} // namespace percorsi
