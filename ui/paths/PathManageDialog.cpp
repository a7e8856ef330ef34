#include "ui/paths/PathManageDialog.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/storage/Database.h"
#include "core/storage/PathStore.h"

namespace percorsi {

namespace {

QTableWidget* makeTable(QWidget* parent, const QStringList& heads, const QString& name)
{
    auto* t = new QTableWidget(parent);
    t->setAccessibleName(name);
    t->setColumnCount(int(heads.size()));
    t->setHorizontalHeaderLabels(heads);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, qint64 id, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setData(Qt::UserRole, id);
        t->setItem(row, c, item);
    }
}

QString codeLabel(const char16_t* set, const QString& code)
{
    for (const Code& c : codes::set(set)) {
        if (code == QLatin1StringView(c.code)) return QCoreApplication::translate("Codes", c.label);
    }
    return code;
}

QWidget* tab(QWidget* table, const std::vector<QPushButton*>& buttons)
{
    auto* page = new QWidget;
    auto* row = new QHBoxLayout;
    for (QPushButton* b : buttons)
        row->addWidget(b);
    row->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    layout->addLayout(row);
    return page;
}

} // namespace

PathManageDialog::PathManageDialog(RecordStore& store, qint64 pathId, QWidget* parent)
    : QDialog(parent), m_store(store), m_pathId(pathId),
      m_people(makeTable(this,
                         {tr("Name"), tr("Case number"), tr("Status"), tr("Since"), tr("Ended"),
                          tr("Reason or qualification")},
                         tr("People of the path"))),
      m_sessions(makeTable(
          this, {tr("Date"), tr("Start"), tr("Minutes"), tr("Place"), tr("Topic"), tr("State")},
          tr("Sessions of the path"))),
      m_error(new QLabel(this))
{
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    setWindowTitle(
        tr("People and sessions — %1").arg(store.labelOf(schema::def(Entity::Path), pathId)));
    auto* withdraw = new QPushButton(tr("&Withdraw…"), this);
    auto* complete = new QPushButton(tr("Mark &completed…"), this);
    auto* move = new QPushButton(tr("&Edit or move…"), this);
    auto* cancel = new QPushButton(tr("&Cancel or restore"), this);
    connect(withdraw, &QPushButton::clicked, this, &PathManageDialog::askWithdraw);
    connect(complete, &QPushButton::clicked, this, &PathManageDialog::askComplete);
    connect(move, &QPushButton::clicked, this, &PathManageDialog::askMove);
    connect(cancel, &QPushButton::clicked, this, &PathManageDialog::cancelCurrentSession);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(tab(m_people, {withdraw, complete}), tr("&People"));
    tabs->addTab(tab(m_sessions, {move, cancel}), tr("&Sessions"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 480);
    fillPeople();
    fillSessions();
}

void PathManageDialog::fillPeople()
{
    auto people = PathStore(m_store.database()).enrolments(m_pathId);
    m_people->setRowCount(0);
    if (!people) return;
    m_people->setRowCount(int(people->size()));
    for (int r = 0; r < int(people->size()); ++r) {
        const auto& e = people->at(size_t(r));
        const Record& en = e.enrolment;
        const QString why = en.text(u"withdraw_reason").isEmpty() ? en.text(u"qualification")
                                                                  : en.text(u"withdraw_reason");
        setRow(m_people, r, en.id(),
               {e.name, e.caseNumber, codeLabel(u"enrolment_status", en.text(u"status")),
                en.text(u"enrolled_on"), en.text(u"ended_on"), why});
    }
}

void PathManageDialog::fillSessions()
{
    auto sessions = PathStore(m_store.database()).sessions(m_pathId);
    m_sessions->setRowCount(0);
    if (!sessions) return;
    m_sessions->setRowCount(int(sessions->size()));
    for (int r = 0; r < int(sessions->size()); ++r) {
        const Record& s = sessions->at(size_t(r));
        setRow(m_sessions, r, s.id(),
               {QLocale().toString(s.date(u"date"), QLocale::ShortFormat), s.text(u"start_time"),
                QLocale().toString(s.integer(u"minutes")), s.text(u"place"), s.text(u"topic"),
                s.integer(u"cancelled") ? tr("cancelled") : QString()});
    }
}

qint64 PathManageDialog::currentId(QTableWidget* table) const
{
    const int row = table->currentRow();
    return row < 0 || !table->item(row, 0) ? 0
                                           : table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool PathManageDialog::report(const Status& st)
{
    m_error->setText(st.ok() ? QString() : st.error().message());
    const int person = m_people->currentRow(), session = m_sessions->currentRow();
    fillPeople();
    fillSessions();
    m_people->setCurrentCell(person, 0);
    m_sessions->setCurrentCell(session, 0);
    return st.ok();
}

bool PathManageDialog::withdrawCurrent(const QString& reason)
{
    return report(
        PathStore(m_store.database()).withdraw(currentId(m_people), m_store.today(), reason));
}

bool PathManageDialog::completeCurrent(const QString& qualification)
{
    return report(PathStore(m_store.database())
                      .complete(currentId(m_people), m_store.today(), qualification));
}

bool PathManageDialog::cancelCurrentSession()
{
    auto s = m_store.get(schema::def(Entity::Session), currentId(m_sessions));
    if (!s) return false;
    return report(
        PathStore(m_store.database()).cancelSession(s->id(), s->integer(u"cancelled") == 0));
}

bool PathManageDialog::moveCurrentSession(QDate date, QTime start, int minutes)
{
    return report(
        PathStore(m_store.database()).moveSession(currentId(m_sessions), date, start, minutes));
}

QString PathManageDialog::errorText() const
{
    return m_error->text();
}

void PathManageDialog::askWithdraw()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Withdraw"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
    if (ok) withdrawCurrent(reason);
}

void PathManageDialog::askComplete()
{
    bool ok = false;
    const QString qualification =
        QInputDialog::getText(this, tr("Completed"), tr("Qualification gained (may be empty):"),
                              QLineEdit::Normal, {}, &ok);
    if (ok) completeCurrent(qualification);
}

void PathManageDialog::askMove()
{
    auto s = m_store.get(schema::def(Entity::Session), currentId(m_sessions));
    if (!s) return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit the session"));
    auto* date = new QDateEdit(s->date(u"date"), &dialog);
    auto* start = new QTimeEdit(QTime::fromString(s->text(u"start_time"), u"HH:mm"), &dialog);
    auto* minutes = new QSpinBox(&dialog);
    minutes->setRange(1, 720);
    minutes->setValue(int(s->integer(u"minutes")));
    date->setCalendarPopup(true);
    date->setAccessibleName(tr("Date"));
    start->setAccessibleName(tr("Start"));
    minutes->setAccessibleName(tr("Minutes"));
    auto* place = new QLineEdit(s->text(u"place"), &dialog);
    auto* topic = new QLineEdit(s->text(u"topic"), &dialog);
    place->setAccessibleName(tr("Place"));
    topic->setAccessibleName(tr("Topic"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Start:"), start);
    form->addRow(tr("&Minutes:"), minutes);
    form->addRow(tr("&Place:"), place);
    form->addRow(tr("&Topic:"), topic);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted &&
        moveCurrentSession(date->date(), start->time(), minutes->value()))
        describeCurrentSession(place->text(), topic->text());
}

bool PathManageDialog::describeCurrentSession(const QString& place, const QString& topic)
{
    return report(
        PathStore(m_store.database()).describeSession(currentId(m_sessions), place, topic));
}

} // namespace percorsi
