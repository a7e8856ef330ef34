#include "ui/widgets/PersonPicker.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/search/PersonSearch.h"

namespace percorsi {

PersonPicker::PersonPicker(Database& db, const QString& title, QWidget* parent)
    : QDialog(parent), m_db(db), m_search(new QLineEdit(this)), m_results(new QListWidget(this))
{
    setWindowTitle(title);
    m_search->setAccessibleName(tr("Search people"));
    m_search->setPlaceholderText(tr("Name or case number; Down to the list, Enter chooses"));
    m_results->setAccessibleName(tr("People found"));
    m_search->installEventFilter(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (chosenId() != 0) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &PersonPicker::search);
    connect(m_results, &QListWidget::itemActivated, this, [this] { accept(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(420, 360);
}

qint64 PersonPicker::chosenId() const
{
    const QListWidgetItem* item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString PersonPicker::chosenName() const
{
    const QListWidgetItem* item = m_results->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

void PersonPicker::search(const QString& text)
{
    m_results->clear();
    auto hits = PersonSearch(m_db).find(text, 30);
    if (!hits) return;
    for (const PersonSearch::Hit& h : *hits) {
        const QString name = h.givenName + QLatin1Char(' ') + h.familyName;
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(name, h.caseNumber), m_results);
        item->setData(Qt::UserRole, h.id);
        item->setData(Qt::UserRole + 1, name);
    }
    if (m_results->count() > 0) m_results->setCurrentRow(0);
}

// Down from the search field goes to the list; Enter there chooses the first match.
bool PersonPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down && m_results->count() > 0) {
            m_results->setFocus();
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && chosenId() != 0) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace percorsi
