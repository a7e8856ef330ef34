#pragma once

#include "core/util/Result.h"

namespace percorsi {

class Connection;

// The numbered, cumulative schema revisions. Each step runs inside its own
// transaction together with the bump of PRAGMA user_version, so a failed step
// leaves the database at the previous version.
class Migrations
{
public:
    struct Step
    {
        int version;
        const char* description;
        const char* resource; // SQL file embedded under :/percorsi/migrations
    };

    static int latestVersion();
    static const Step* steps(int* count);
    // Brings the database from its current version up to `target` (default: latest).
    static Status upgrade(Connection& connection, int target = 0);
};

} // namespace percorsi
