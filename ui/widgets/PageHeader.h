#pragma once

#include <QWidget>

namespace percorsi {

// The top of every page: its title, a line saying what it shows, and an
// optional widget on the trailing side (a record count, a button).
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    PageHeader(const QString& title, const QString& description, QWidget* trailing = nullptr,
               QWidget* parent = nullptr);
};

} // namespace percorsi
