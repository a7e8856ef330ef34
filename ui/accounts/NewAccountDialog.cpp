#include "ui/accounts/NewAccountDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/storage/Database.h"
#include "core/storage/UserStore.h"

namespace percorsi {

NewAccountDialog::NewAccountDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_username(new QLineEdit(this)), m_fullName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("New account"));
    for (const char* role : {"operator", "trainer", "coordinator", "administrator"})
        m_role->addItem(codes::label("role", QLatin1StringView(role)), QLatin1StringView(role));
    m_password->setEchoMode(QLineEdit::Password);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("First &password:"), m_password);
    layout->addLayout(form);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void NewAccountDialog::accept()
{
    auto created = UserStore(m_db).create(m_username->text().trimmed(), m_fullName->text(),
                                          m_role->currentData().toString(), m_password->text(),
                                          m_db.localDeskId());
    if (!created) {
        m_error->setText(created.error().message());
        return;
    }
    QDialog::accept();
}

QString NewAccountDialog::errorText() const
{
    return m_error->text();
}

} // namespace percorsi
