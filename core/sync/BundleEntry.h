#pragma once

#include <functional>
#include <vector>

#include <QByteArray>
#include <QStringList>

#include "core/util/Result.h"

class QuaZip;
struct QuaZipNewInfo;

namespace percorsi {

class TableWriter;

// One data file of a bundle being written: its name and columns, and once
// written, what the manifest says of it.
struct BundleEntry
{
    BundleEntry(const QString& entityName, const QString& extension, QStringList cols);

    QString name;
    QString entity;
    QStringList columns;
    qint64 rows = 0;
    qint64 bytes = 0;
    QByteArray sha256;

    // A regular file, readable by all, as unzip tools expect.
    static QuaZipNewInfo info(const QString& name);
    // Writes the entry into the zip through a table writer; `fill` writes the
    // rows. They are hashed, deflated and written on a thread of their own.
    Status write(QuaZip& zip, const QString& format, const std::vector<bool>& numeric,
                 const std::function<Status(TableWriter&, qint64&)>& fill);
};

} // namespace percorsi
