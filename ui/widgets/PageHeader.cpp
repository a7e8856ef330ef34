#include "ui/widgets/PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace percorsi {

PageHeader::PageHeader(const QString& title, const QString& description, QWidget* trailing,
                       QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAccessibleName(title);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(heading);
    if (!description.isEmpty()) {
        auto* line = new QLabel(description, this);
        line->setWordWrap(true);
        line->setForegroundRole(QPalette::PlaceholderText);
        texts->addWidget(line);
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(texts, 1);
    if (trailing) layout->addWidget(trailing, 0, Qt::AlignRight | Qt::AlignBottom);
}

} // namespace percorsi
