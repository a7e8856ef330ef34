#include "ui/attendance/RegisterView.h"

#include <QHeaderView>
#include <QKeyEvent>

#include "ui/attendance/RegisterModel.h"

namespace percorsi {

RegisterView::RegisterView(QWidget* parent) : QTableView(parent)
{
    setAccessibleName(tr("Attendance register"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setTabKeyNavigation(false);
    horizontalHeader()->setDefaultSectionSize(64);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

void RegisterView::setRegister(RegisterModel* model)
{
    m_model = model;
    setModel(model);
}

void RegisterView::goToSession(int column)
{
    if (!m_model || m_model->personCount() == 0 || column < 0) return;
    const QModelIndex at = m_model->index(0, column);
    setCurrentIndex(at);
    scrollTo(at);
}

void RegisterView::keyPressEvent(QKeyEvent* event)
{
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (plain && state() != EditingState && markCurrent(keyOf(event))) {
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        state() != EditingState && currentIndex().isValid()) {
        edit(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

bool RegisterView::markCurrent(int key)
{
    const QModelIndex at = currentIndex();
    if (!m_model || !at.isValid() || at.column() >= m_model->sessionCount()) return false;
    switch (key) {
    case Qt::Key_P:
        m_model->setMark(at.row(), at.column(), RegisterModel::Present);
        break;
    case Qt::Key_A:
        m_model->setMark(at.row(), at.column(), RegisterModel::Absent);
        break;
    case Qt::Key_E:
        m_model->setMark(at.row(), at.column(), RegisterModel::Excused);
        break;
    case Qt::Key_Space:
        m_model->cycle(at.row(), at.column());
        return true;
    case Qt::Key_M:
        m_model->markSessionPresent(at.column());
        return true;
    default:
        return false;
    }
    moveDown();
    return true;
}

// The marks are typed as the letters the register shows in the chosen language
// (P, A, E in English), so the keys always match the legend.
int RegisterView::keyOf(const QKeyEvent* event) const
{
    const QString typed = event->text().toUpper();
    if (typed.isEmpty() || !m_model) return event->key();
    if (typed == m_model->markText(RegisterModel::Present).toUpper()) return Qt::Key_P;
    if (typed == m_model->markText(RegisterModel::Absent).toUpper()) return Qt::Key_A;
    if (typed == m_model->markText(RegisterModel::Excused).toUpper()) return Qt::Key_E;
    if (typed == tr("M", "key: the whole session present").toUpper()) return Qt::Key_M;
    if (event->key() == Qt::Key_Space) return Qt::Key_Space;
    return Qt::Key_unknown;
}

void RegisterView::moveDown()
{
    const QModelIndex at = currentIndex();
    if (at.row() + 1 < m_model->personCount())
        setCurrentIndex(m_model->index(at.row() + 1, at.column()));
}

} // namespace percorsi
