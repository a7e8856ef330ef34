#include "core/sync/BundleEntry.h"

#include <quazip/quazipnewinfo.h>

#include "core/sync/HashingWriter.h"
#include "core/sync/TableFormat.h"
#include "core/sync/ZipEntryWriter.h"

namespace percorsi {

BundleEntry::BundleEntry(const QString& entityName, const QString& extension, QStringList cols)
    : name(entityName + QLatin1Char('.') + extension), entity(entityName), columns(std::move(cols))
{
}

QuaZipNewInfo BundleEntry::info(const QString& name)
{
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    return info;
}

Status BundleEntry::write(QuaZip& zip, const QString& format, const std::vector<bool>& numeric,
                          const std::function<Status(TableWriter&, qint64&)>& fill)
{
    ZipEntryWriter file(zip, info(name));
    if (!file.isOpen())
        return Error::io(QStringLiteral("cannot add %1 to the bundle (%2)").arg(name, file.errorString()));
    HashingWriter sink(&file);
    auto writer = tableformat::writer(format, &sink);
    writer->begin(columns, numeric);
    if (Status st = fill(*writer, rows); !st.ok())
        return st;
    if (!writer->finish() || !sink.finish() || !file.finish())
        return Error::io(QStringLiteral("writing %1 failed: %2").arg(name, file.errorString()));
    bytes = sink.bytes();
    sha256 = sink.sha256Hex();
    return {};
}

} // namespace percorsi
