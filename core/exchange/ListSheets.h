#pragma once

#include <vector>

#include "core/exchange/Sheet.h"
#include "core/util/Result.h"

namespace percorsi {

class Database;

// The lists desks keep in spreadsheets, drawn from the stores: people, the
// attendance register of a path (people by sessions) and placements.
class ListSheets
{
public:
    explicit ListSheets(Database& db);
    // These people in this order; every person when `ids` is empty.
    Result<Sheet> people(const std::vector<qint64>& ids = {});
    Result<Sheet> attendanceRegister(qint64 pathId);
    Result<Sheet> placements();

private:
    QString personName(qint64 id);
    Database& m_db;
};

} // namespace percorsi
