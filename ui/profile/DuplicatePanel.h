#pragma once

#include <vector>

#include <QWidget>

#include "core/search/DuplicateFinder.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace percorsi {

// The people who may already be registered as the one being typed, with
// what matched (name, phone, birth year) and a button to open one of them.
class DuplicatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit DuplicatePanel(QWidget* parent = nullptr);

    void setMatches(std::vector<DuplicateFinder::Match> matches);
    int count() const { return int(m_matches.size()); }
    QListWidget* list() const { return m_list; }
    QPushButton* openButton() const { return m_open; }

signals:
    void openRequested(qint64 personId);

private:
    QString describe(const DuplicateFinder::Match& m) const;
    void openSelected();

    QLabel* m_title;
    QListWidget* m_list;
    QPushButton* m_open;
    std::vector<DuplicateFinder::Match> m_matches;
};

} // namespace percorsi
