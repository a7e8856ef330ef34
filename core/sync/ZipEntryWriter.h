#pragma once

#include <memory>

#include <QIODevice>
#include <QString>

class QuaZip;
struct QuaZipNewInfo;

namespace percorsi {

// One deflated entry of a zip being written through QuaZip's low-level
// (minizip) API, compressed by ISA-L's igzip rather than zlib: at level 1 it
// deflates bundle rows about seven times as fast as zlib's fastest level,
// into slightly fewer bytes. The entry is written raw; its CRC-32 and size are
// counted here and given to minizip when the entry is closed. Its name, time
// and permissions are those of `info`, as QuaZipFile would write them.
class ZipEntryWriter : public QIODevice
{
public:
    // isOpen() says whether the entry was opened; errorString() why not.
    ZipEntryWriter(QuaZip& zip, const QuaZipNewInfo& info);
    ~ZipEntryWriter() override;

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
