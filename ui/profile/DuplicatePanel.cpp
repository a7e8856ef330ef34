#include "ui/profile/DuplicatePanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace percorsi {

DuplicatePanel::DuplicatePanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_list(new QListWidget(this)),
      m_open(new QPushButton(tr("&Open the existing record"), this))
{
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_title->setAccessibleName(tr("Possible duplicates"));
    m_list->setAccessibleName(tr("Possible duplicates"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addWidget(m_open, 0, Qt::AlignLeading);
    connect(m_open, &QPushButton::clicked, this, &DuplicatePanel::openSelected);
    connect(m_list, &QListWidget::itemActivated, this, &DuplicatePanel::openSelected);
    setMatches({});
}

void DuplicatePanel::setMatches(std::vector<DuplicateFinder::Match> matches)
{
    m_matches = std::move(matches);
    m_list->clear();
    for (const auto& m : m_matches)
        m_list->addItem(describe(m));
    if (!m_matches.empty())
        m_list->setCurrentRow(0);
    m_title->setText(tr("She may already be registered: %n possible duplicate(s).", nullptr,
                        int(m_matches.size())));
    setVisible(!m_matches.empty());
}

QString DuplicatePanel::describe(const DuplicateFinder::Match& m) const
{
    QStringList why;
    if (m.sameName)
        why << tr("same name");
    if (m.samePhone)
        why << tr("same phone");
    if (m.sameBirthYear)
        why << tr("same birth year");
    QString text = tr("%1  %2 %3").arg(m.caseNumber, m.givenName, m.familyName);
    if (m.birthYear > 0)
        text += tr(", born %1").arg(m.birthYear);
    return tr("%1 (%2)").arg(text, why.join(QStringLiteral(", ")));
}

void DuplicatePanel::openSelected()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < count())
        emit openRequested(m_matches[size_t(row)].id);
}

} // namespace percorsi
