#pragma once

#include <memory>

#include <QIODevice>
#include <QString>

class QuaZip;

namespace percorsi {

// One deflated entry of a zip being written through QuaZip's low-level
// (minizip) API, compressed by ISA-L's igzip rather than zlib: at level 1 it
// deflates bundle rows about seven times as fast as zlib's fastest level,
// into slightly fewer bytes. The entry is written raw; its CRC-32 and size are
// counted here and given to minizip when the entry is closed. A regular file,
// readable by all, as unzip tools expect.
class ZipEntryWriter : public QIODevice
{
public:
    ZipEntryWriter(QuaZip& zip, const QString& name);
    ~ZipEntryWriter() override;

    // Whether the entry was opened; errorString() says why not.
    bool isOpen() const { return QIODevice::isOpen(); }
    // Deflates the rest and closes the entry; false on a zip error.
    bool finish();
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool deflate(const char* data, qint64 size, bool last);

    struct Stream;
    QuaZip& m_zip;
    std::unique_ptr<Stream> m_stream;
    bool m_entryOpen = false;
    bool m_ok = true;
};

} // namespace percorsi
