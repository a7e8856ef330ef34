#include "ui/paths/EnrolPicker.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/search/PersonSearch.h"
#include "core/storage/PathStore.h"

namespace percorsi {

namespace {

bool has(const std::vector<qint64>& ids, qint64 id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

EnrolPicker::EnrolPicker(Database& db, qint64 pathId, QWidget* parent)
    : QDialog(parent), m_db(db), m_pathId(pathId), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_seats(new QLabel(this))
{
    setWindowTitle(tr("Enrol people"));
    PathStore paths(db);
    if (auto people = paths.enrolments(pathId)) {
        for (const PathStore::Enrolled& e : people.value())
            m_taken.push_back(e.enrolment.integer(u"person_id"));
    }
    if (auto path = paths.get(schema::def(Entity::Path), pathId);
        path && !path->isNull(u"capacity"))
        m_free = int(path->integer(u"capacity")) - paths.seatsTaken(pathId);
    else
        m_free = -1;
    m_search->setAccessibleName(tr("Search people"));
    m_search->setPlaceholderText(tr("Name or case number; Down to the list, Space ticks"));
    m_results->setAccessibleName(tr("People found"));
    m_seats->setAccessibleName(tr("Seats"));
    m_search->installEventFilter(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enrol"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &EnrolPicker::search);
    connect(m_results, &QListWidget::itemChanged, this, &EnrolPicker::toggled);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_seats);
    layout->addWidget(buttons);
    updateSeats();
}

void EnrolPicker::search(const QString& text)
{
    const QSignalBlocker block(m_results);
    m_results->clear();
    auto hits = PersonSearch(m_db).find(text, 50);
    if (!hits) return;
    for (const PersonSearch::Hit& h : hits.value()) {
        if (has(m_taken, h.id)) continue;
        auto* item = new QListWidgetItem(
            tr("%1 %2 — %3").arg(h.familyName, h.givenName, h.caseNumber), m_results);
        item->setData(Qt::UserRole, h.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(has(m_chosen, h.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_results->count() > 0) m_results->setCurrentRow(0);
}

void EnrolPicker::toggled(QListWidgetItem* item)
{
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const bool on = item->checkState() == Qt::Checked;
    if (on && !has(m_chosen, id)) m_chosen.push_back(id);
    if (!on) m_chosen.erase(std::remove(m_chosen.begin(), m_chosen.end(), id), m_chosen.end());
    updateSeats();
}

void EnrolPicker::updateSeats()
{
    const int chosen = int(m_chosen.size());
    if (m_free < 0)
        m_seats->setText(tr("%n person(s) chosen.", nullptr, chosen));
    else if (chosen <= m_free)
        m_seats->setText(tr("%n person(s) chosen; %1 seat(s) free.", nullptr, chosen).arg(m_free));
    else
        m_seats->setText(
            tr("%n person(s) chosen; %1 seat(s) free: %2 go to the waiting list.", nullptr, chosen)
                .arg(std::max(0, m_free))
                .arg(chosen - std::max(0, m_free)));
}

QString EnrolPicker::seatsText() const
{
    return m_seats->text();
}

// Down and Up from the search field move in the list; Space there ticks.
bool EnrolPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            m_results->setFocus();
            const int row = m_results->currentRow() + (key == Qt::Key_Down ? 0 : -1);
            m_results->setCurrentRow(std::clamp(row, 0, std::max(0, m_results->count() - 1)));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace percorsi
