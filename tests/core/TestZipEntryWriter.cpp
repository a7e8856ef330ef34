#include <catch2/catch.hpp>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QRandomGenerator>

#include "core/sync/ZipEntryWriter.h"

using namespace percorsi;

namespace {

// Rows of text that deflate well, with runs of random bytes that do not.
QByteArray sample(qsizetype size)
{
    QByteArray out;
    QRandomGenerator random(42);
    while (out.size() < size) {
        out += "{\"uuid\":\"" + QByteArray::number(random.generate64(), 16) +
               "\",\"status\":\"present\",\"hours\":2.5}\n";
        if (random.bounded(50) == 0) {
            for (int i = 0; i < 300; ++i)
                out += char(random.bounded(256));
        }
    }
    out.truncate(size);
    return out;
}

} // namespace

TEST_CASE("Zip entries deflated by igzip read back whole, with their CRC-32 and sizes",
          "[sync][zip]")
{
    const std::vector<std::pair<QString, QByteArray>> entries{
        {QStringLiteral("empty.jsonl"), QByteArray()},
        {QStringLiteral("small.csv"), QByteArrayLiteral("uuid,name\r\n1,Amina\r\n")},
        {QStringLiteral("large.jsonl"), sample(3 * 1024 * 1024 + 17)},
    };
    QBuffer file;
    file.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&file);
        zip.setAutoClose(false);
        REQUIRE(zip.open(QuaZip::mdCreate));
        for (const auto& [name, content] : entries) {
            QuaZipNewInfo info(name);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ReadGroup | QFileDevice::ReadOther);
            ZipEntryWriter entry(zip, info);
            REQUIRE(entry.isOpen());
            // Written in pieces of odd sizes, as a table writer does.
            for (qsizetype at = 0; at < content.size();) {
                const qsizetype piece = std::min<qsizetype>(content.size() - at, 1 + at % 70'001);
                REQUIRE(entry.write(content.constData() + at, piece) == piece);
                at += piece;
            }
            REQUIRE(entry.finish());
        }
        zip.close();
        REQUIRE(zip.getZipError() == ZIP_OK);
    }

    file.seek(0);
    QuaZip zip(&file);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    REQUIRE(infos.size() == qsizetype(entries.size()));
    for (size_t i = 0; i < entries.size(); ++i) {
        const auto& [name, content] = entries[i];
        INFO(name.toStdString());
        const QuaZipFileInfo64& info = infos[qsizetype(i)];
        CHECK(info.name == name);
        CHECK(info.method == Z_DEFLATED);
        CHECK(qsizetype(info.uncompressedSize) == content.size());
        CHECK(info.getPermissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther));
        if (content.size() > 1024 * 1024) CHECK(qsizetype(info.compressedSize) < content.size());
        REQUIRE(zip.setCurrentFile(name));
        QuaZipFile read(&zip);
        REQUIRE(read.open(QIODevice::ReadOnly));
        CHECK(read.readAll() == content);
        read.close(); // checks the CRC-32 against the data
        CHECK(read.getZipError() == UNZ_OK);
    }
}
