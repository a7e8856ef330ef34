#include "core/security/SystemScope.h"

#include "core/storage/Database.h"

namespace percorsi {

SystemScope::SystemScope(Database& db) : m_db(db), m_previous(db.principal())
{
    m_db.setPrincipal(Principal::system());
}

SystemScope::~SystemScope()
{
    m_db.setPrincipal(m_previous);
}

} // namespace percorsi
