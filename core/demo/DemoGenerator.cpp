#include "core/demo/DemoGenerator.h"

#include "core/storage/Database.h"

namespace percorsi {

DemoGenerator::DemoGenerator(Database& db) : m_db(db) {}

Result<DemoGenerator::Summary> DemoGenerator::generate(const Options&)
{
    return Error::io(QStringLiteral("demo generation is being written"));
}

} // namespace percorsi
