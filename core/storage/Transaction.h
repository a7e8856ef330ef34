#pragma once

#include "core/util/Result.h"

namespace percorsi {

class Connection;

// Begins a transaction (or a savepoint, when one is already open) and rolls it
// back on destruction unless commit() succeeded. Every user action and every
// import runs inside exactly one of these.
class Transaction
{
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool ok() const { return m_begun.ok(); }
    const Error& error() const { return m_begun.error(); }
    Status commit();

private:
    Connection& m_connection;
    Status m_begun;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace percorsi
