#pragma once

#include "core/security/Principal.h"

namespace percorsi {

class Database;

// Runs the work of the application itself (demo data, bundle merges, account
// set-up) as the system principal, and gives the previous principal back at
// the end of the scope. Callers check the user's right to start the work first.
class SystemScope
{
public:
    explicit SystemScope(Database& db);
    ~SystemScope();
    SystemScope(const SystemScope&) = delete;
    SystemScope& operator=(const SystemScope&) = delete;

private:
    Database& m_db;
    Principal m_previous;
};

} // namespace percorsi
