#include "core/util/SystemUser.h"

#include <QtGlobal>

namespace percorsi {

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) name = qEnvironmentVariable("USERNAME"); // Windows
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace percorsi
