#include "ui/accounts/AccountsPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/storage/Database.h"
#include "core/storage/UserStore.h"
#include "ui/accounts/NewAccountDialog.h"
#include "ui/accounts/PasswordDialog.h"
#include "ui/widgets/PageHeader.h"

namespace percorsi {

namespace {
const char* const kRoles[] = {"operator", "trainer", "coordinator", "administrator"};
}

AccountsPage::AccountsPage(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_table(new QTableWidget(0, 5, this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Role"), tr("Active"), tr("Signs in here")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Accounts"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createButtons());
    layout->addWidget(m_table, 1);
    layout->addWidget(createIdleBox());
    refresh();
}

QWidget* AccountsPage::createButtons()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto add = [&](const QString& text, void (AccountsPage::*slot)()) {
        auto* b = new QPushButton(text, bar);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
    };
    add(tr("&New account…"), &AccountsPage::newAccount);
    add(tr("&Reset password…"), &AccountsPage::resetPassword);
    add(tr("Change r&ole…"), &AccountsPage::changeRole);
    add(tr("Turn &off or on"), &AccountsPage::toggleActive);
    row->addStretch(1);
    return bar;
}

QWidget* AccountsPage::createIdleBox()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_idle = new QSpinBox(box);
    m_idle->setRange(1, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setValue(UserStore(m_db).idleMinutes());
    auto* label = new QLabel(tr("&Lock the window after this idle time:"), box);
    label->setBuddy(m_idle);
    row->addWidget(label);
    row->addWidget(m_idle);
    row->addStretch(1);
    connect(m_idle, &QSpinBox::editingFinished, this, [this] {
        const Status st = UserStore(m_db).setIdleMinutes(m_idle->value());
        report(st);
        if (st.ok()) emit idleMinutesChanged(m_idle->value());
    });
    return box;
}

void AccountsPage::refresh()
{
    UserStore users(m_db);
    auto all = users.list(schema::def(Entity::User), {.orderBy = "username"});
    auto local = users.localAccounts();
    m_table->setRowCount(0);
    if (!all) return report(all.error());
    if (!local) return report(local.error());
    for (const Record& u : *all) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(u.text("username"));
        name->setData(Qt::UserRole, u.id());
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(u.text("full_name")));
        m_table->setItem(row, 2, new QTableWidgetItem(codes::label("role", u.text("role"))));
        m_table->setItem(row, 3, new QTableWidgetItem(u.integer("active") ? tr("yes") : tr("no")));
        const QString here = local->contains(u.id())
                                 ? tr("yes")
                                 : tr("no: an account of another desk, without a password here");
        m_table->setItem(row, 4, new QTableWidgetItem(here));
    }
}

qint64 AccountsPage::selectedUser() const
{
    const int row = m_table->currentRow();
    return row < 0 ? 0 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

QString AccountsPage::selectedName() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QString() : m_table->item(row, 0)->text();
}

void AccountsPage::report(const Status& status)
{
    if (!status.ok()) QMessageBox::warning(this, tr("Accounts"), status.error().message());
}

void AccountsPage::newAccount()
{
    NewAccountDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted) refresh();
}

void AccountsPage::resetPassword()
{
    if (!selectedUser()) return;
    PasswordDialog dialog(m_db, selectedUser(), selectedName(), this);
    dialog.exec();
}

void AccountsPage::changeRole()
{
    const qint64 id = selectedUser();
    if (!id) return;
    QStringList labels;
    for (const char* r : kRoles)
        labels << codes::label("role", QLatin1StringView(r));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change role"), tr("Role of %1:").arg(selectedName()), labels, 0, false, &ok);
    if (!ok) return;
    UserStore users(m_db);
    auto user = users.get(schema::def(Entity::User), id);
    if (!user) return report(user.error());
    Record changed = user.value();
    changed.set(u"role", QLatin1StringView(kRoles[labels.indexOf(chosen)]));
    auto saved = users.update(changed);
    report(saved ? Status() : Status(saved.error()));
    refresh();
}

void AccountsPage::toggleActive()
{
    const qint64 id = selectedUser();
    if (!id) return;
    UserStore users(m_db);
    auto user = users.get(schema::def(Entity::User), id);
    if (!user) return report(user.error());
    Record changed = user.value();
    changed.set(u"active", qint64(changed.integer(u"active") ? 0 : 1));
    auto saved = users.update(changed);
    report(saved ? Status() : Status(saved.error()));
    refresh();
}

} // namespace percorsi
