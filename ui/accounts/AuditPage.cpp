#include "ui/accounts/AuditPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

namespace percorsi {

namespace {
QDateEdit* dateEdit(QWidget* parent, QDate date)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

AuditPage::AuditPage(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_who(new QComboBox(this)), m_action(new QComboBox(this)),
      m_from(dateEdit(this, QDate::currentDate().addDays(-30))),
      m_to(dateEdit(this, QDate::currentDate())), m_table(new QTableWidget(0, 6, this)),
      m_verdict(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels(
        {tr("When (UTC)"), tr("Who"), tr("Action"), tr("Record"), tr("Identifier"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit log"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createFilters());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_verdict);
}

QWidget* AuditPage::createFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto label = [&](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, bar);
        l->setBuddy(buddy);
        row->addWidget(l);
        row->addWidget(buddy);
    };
    label(tr("&Who:"), m_who);
    label(tr("A&ction:"), m_action);
    label(tr("&From:"), m_from);
    label(tr("&To:"), m_to);
    auto* verify = new QPushButton(tr("&Verify the chain"), bar);
    row->addStretch(1);
    row->addWidget(verify);
    for (QComboBox* box : {m_who, m_action})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verify);
    return bar;
}

void AuditPage::fillChoices()
{
    AuditLog log(m_db);
    const QSignalBlocker b1(m_who), b2(m_action);
    const QString who = m_who->currentData().toString();
    const QString action = m_action->currentData().toString();
    m_who->clear();
    m_action->clear();
    m_who->addItem(tr("Anyone"), QString());
    m_action->addItem(tr("Any action"), QString());
    auto names = log.distinct("username");
    auto actions = log.distinct("action");
    for (const QString& name : names ? *names : QStringList())
        m_who->addItem(name, name);
    for (const QString& a : actions ? *actions : QStringList())
        m_action->addItem(a, a);
    m_who->setCurrentIndex(qMax(0, m_who->findData(who)));
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
}

void AuditPage::showEvent(QShowEvent* event)
{
    fillChoices();
    refresh();
    QWidget::showEvent(event);
}

void AuditPage::refresh()
{
    AuditLog::Filter filter;
    filter.username = m_who->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.from = m_from->date();
    filter.to = m_to->date();
    auto entries = AuditLog(m_db).entries(filter);
    m_table->setRowCount(0);
    if (!entries) {
        m_verdict->setText(entries.error().message());
        return;
    }
    for (const AuditLog::Entry& e : *entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString cells[] = {e.at, e.username, e.action, e.entity, e.recordUuid, e.detail};
        for (int c = 0; c < 6; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

void AuditPage::verify()
{
    const Status st = AuditLog(m_db).verify();
    m_verdict->setText(st.ok() ? tr("The audit log is whole: no entry was altered or removed.")
                               : st.error().message());
}

QString AuditPage::verification() const
{
    return m_verdict->text();
}

} // namespace percorsi
