#include "ui/placements/CodeBox.h"

#include "core/domain/Codes.h"

namespace percorsi {

CodeBox::CodeBox(const char* set, bool blank, QWidget* parent) : QComboBox(parent)
{
    if (blank) addItem(QString(), QString());
    for (const Code& c : codes::set(QLatin1StringView(set)))
        addItem(codes::label(QLatin1StringView(set), QLatin1StringView(c.code)),
                QString::fromLatin1(c.code));
}

void CodeBox::setCode(const QString& code)
{
    setCurrentIndex(qMax(0, findData(code)));
}

} // namespace percorsi
