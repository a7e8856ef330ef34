#include "ui/paths/PathsPage.h"

#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domain/Codes.h"
#include "core/storage/Database.h"
#include "core/storage/PathStore.h"
#include "ui/paths/EnrolPicker.h"
#include "ui/paths/PathDialog.h"
#include "ui/paths/PathManageDialog.h"
#include "ui/paths/RecurrenceDialog.h"
#include "ui/print/AttendanceDocuments.h"
#include "ui/print/SheetData.h"
#include "ui/widgets/PageHeader.h"

namespace percorsi {

namespace {

enum Column {
    Name,
    Type,
    Project,
    Desk,
    Trainer,
    Dates,
    Hours,
    Capacity,
    Enrolled,
    Waiting,
    Completed,
    Columns
};

QString dateText(const Record& r, const char16_t* field)
{
    return QLocale().toString(r.date(field), QLocale::ShortFormat);
}

QString typeLabel(const QString& code)
{
    for (const Code& c : codes::set(u"path_type")) {
        if (code == QLatin1StringView(c.code)) return QCoreApplication::translate("Codes", c.label);
    }
    return code;
}

} // namespace

PathsPage::PathsPage(RecordStore& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_trainer(new QComboBox(this)),
      m_today(new QListWidget(this)), m_table(new QTableWidget(this))
{
    m_trainer->setAccessibleName(tr("Trainer"));
    m_today->setAccessibleName(tr("Today's sessions"));
    m_today->setMaximumHeight(110);
    m_table->setAccessibleName(tr("Paths"));
    m_table->setColumnCount(Columns);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Project"), tr("Desk"), tr("Trainer"),
                                        tr("Dates"), tr("Planned hours"), tr("Capacity"),
                                        tr("Enrolled"), tr("Waiting"), tr("Completed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Columns fit their contents (measured on the first rows), the name takes the rest.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    auto* trainerLabel = new QLabel(tr("Tr&ainer:"), this);
    trainerLabel->setBuddy(m_trainer);
    auto* todayLabel = new QLabel(tr("T&oday's sessions:"), this);
    todayLabel->setBuddy(m_today);

    auto* top = new QHBoxLayout;
    top->addWidget(trainerLabel);
    top->addWidget(m_trainer, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Paths"), tr("Courses, groups and workshops with their "
                                                     "calendar, people and attendance.")));
    layout->addLayout(top);
    layout->addWidget(todayLabel);
    layout->addWidget(m_today);
    layout->addWidget(createActions());
    layout->addWidget(m_table, 1);

    connect(m_trainer, &QComboBox::currentIndexChanged, this, [this] {
        fillToday();
        fillTable();
    });
    connect(m_today, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit registerRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { editPath(); });
    fillTrainers();
}

void PathsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded) reload();
}

QWidget* PathsPage::createActions()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto add = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, bar);
        b->setAccessibleName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
    };
    add(tr("&New path…"), tr("New path"), &PathsPage::newPath);
    add(tr("&Edit…"), tr("Edit the path"), &PathsPage::editPath);
    add(tr("&Plan sessions…"), tr("Plan the sessions"), &PathsPage::planSessions);
    add(tr("En&rol…"), tr("Enrol people"), &PathsPage::enrolPeople);
    add(tr("Peop&le and sessions…"), tr("People and sessions of the path"), &PathsPage::managePath);
    add(tr("Re&gister"), tr("Open the attendance register"),
        [this] { emit registerRequested(currentPathId()); });
    add(tr("S&ummary register…"), tr("Print the summary register"),
        [this] { printDocument(int(AttendanceDocuments::Kind::SummaryRegister)); });
    add(tr("Cer&tificates…"), tr("Print the certificates of attendance"),
        [this] { printDocument(int(AttendanceDocuments::Kind::Certificates)); });
    row->addStretch();
    return bar;
}

void PathsPage::fillTrainers()
{
    const QSignalBlocker block(m_trainer);
    m_trainer->addItem(tr("All trainers"), qint64(0));
    auto users = m_store.list(schema::def(Entity::User));
    if (!users) return;
    for (const Record& u : users.value()) {
        if (u.text(u"role") == u"trainer") m_trainer->addItem(u.text(u"full_name"), u.id());
    }
}

void PathsPage::setTrainer(qint64 userId)
{
    m_trainer->setCurrentIndex(std::max(0, m_trainer->findData(userId)));
}

void PathsPage::reload()
{
    m_loaded = true;
    fillToday();
    fillTable();
}

void PathsPage::fillToday()
{
    m_today->clear();
    const qint64 trainer = m_trainer->currentData().toLongLong();
    PathStore paths(m_store.database());
    auto sessions = paths.sessionsOn(m_store.today(), trainer);
    if (!sessions) return;
    for (const Record& s : sessions.value()) {
        const qint64 path = s.integer(u"path_id");
        const QString text =
            tr("%1 %2 — %3, %4")
                .arg(s.text(u"start_time"), paths.labelOf(schema::def(Entity::Path), path),
                     s.text(u"place"),
                     s.integer(u"cancelled") ? tr("cancelled") : s.text(u"topic"));
        auto* item = new QListWidgetItem(text, m_today);
        item->setData(Qt::UserRole, path);
    }
    if (m_today->count() == 0) m_today->addItem(tr("No session today."));
}

void PathsPage::fillTable()
{
    const qint64 keep = currentPathId();
    const qint64 trainer = m_trainer->currentData().toLongLong();
    auto paths = PathStore(m_store.database()).catalogue(trainer);
    m_table->setRowCount(0);
    if (!paths) return;
    m_table->setRowCount(int(paths->size()));
    QHash<qint64, QString> desks; // few desks, many paths
    for (int r = 0; r < int(paths->size()); ++r) {
        const PathStore::Summary& s = paths->at(size_t(r));
        const Record& p = s.path;
        if (!desks.contains(p.deskId()))
            desks.insert(p.deskId(), m_store.labelOf(schema::def(Entity::Desk), p.deskId()));
        const QString cells[] = {
            p.text(u"name"),
            typeLabel(p.text(u"type")),
            s.project,
            desks.value(p.deskId()),
            s.trainer,
            tr("%1 – %2").arg(dateText(p, u"start_date"), dateText(p, u"end_date")),
            QLocale().toString(p.value(u"planned_hours").toDouble()),
            p.isNull(u"capacity") ? QString() : QLocale().toString(p.integer(u"capacity")),
            QLocale().toString(s.enrolled),
            QLocale().toString(s.waiting),
            QLocale().toString(s.completed)};
        const bool own = trainer != 0 && p.integer(u"trainer_id") == trainer;
        for (int c = 0; c < Columns; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, p.id());
            QFont font = item->font();
            font.setBold(own);
            item->setFont(font);
            m_table->setItem(r, c, item);
        }
    }
    selectPath(keep);
}

qint64 PathsPage::currentPathId() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, 0)
               ? 0
               : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void PathsPage::selectPath(qint64 pathId)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == pathId) {
            m_table->setCurrentCell(r, 0);
            return;
        }
    }
    if (m_table->rowCount() > 0) m_table->setCurrentCell(0, 0);
}

void PathsPage::newPath()
{
    Record path(Entity::Path);
    path.with(u"trainer_id", m_trainer->currentData());
    PathDialog dialog(m_store, path, this);
    if (dialog.exec() != QDialog::Accepted) return;
    fillTable();
    selectPath(dialog.saved().id());
}

void PathsPage::editPath()
{
    auto path = m_store.get(schema::def(Entity::Path), currentPathId());
    if (!path) return;
    PathDialog dialog(m_store, path.value(), this);
    if (dialog.exec() == QDialog::Accepted) fillTable();
}

void PathsPage::planSessions()
{
    auto path = m_store.get(schema::def(Entity::Path), currentPathId());
    if (!path) return;
    RecurrenceDialog dialog(path->date(u"start_date"), path->date(u"end_date"), this);
    if (dialog.exec() != QDialog::Accepted) return;
    auto made =
        PathStore(m_store.database()).addSessions(path->id(), dialog.recurrence(), dialog.place());
    if (!made) QMessageBox::warning(this, tr("Sessions not created"), made.error().message());
    reload();
}

void PathsPage::enrolPeople()
{
    const qint64 path = currentPathId();
    if (path == 0) return;
    EnrolPicker picker(m_store.database(), path, this);
    if (picker.exec() != QDialog::Accepted || picker.chosen().empty()) return;
    auto done = PathStore(m_store.database()).enrolAll(path, picker.chosen(), m_store.today());
    if (!done) QMessageBox::warning(this, tr("Not enrolled"), done.error().message());
    fillTable();
}

void PathsPage::managePath()
{
    if (currentPathId() == 0) return;
    PathManageDialog dialog(m_store, currentPathId(), this);
    dialog.exec();
    reload();
}

void PathsPage::printDocument(int kind)
{
    auto data = SheetData::load(m_store.database(), currentPathId());
    if (!data) return;
    const auto k = AttendanceDocuments::Kind(kind);
    if (k == AttendanceDocuments::Kind::Certificates && data->certified().empty()) {
        QMessageBox::information(
            this, AttendanceDocuments::title(*data, k),
            tr("Nobody's attendance reaches the threshold of %1%.").arg(data->threshold));
        return;
    }
    AttendanceDocuments::preview(this, *data, k, 0, m_store.today());
}

} // namespace percorsi
