#include "core/util/Error.h"

namespace percorsi {

void Error::addField(const QString& field, const QString& message)
{
    m_fields.append({field, message});
}

} // namespace percorsi
