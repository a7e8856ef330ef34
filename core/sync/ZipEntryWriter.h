#pragma once

#include <cstdint>
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
// An entry can also be deflated apart, into a device of its own (while the
// zip is busy with other entries), and added to the zip afterwards.
class ZipEntryWriter : public QIODevice
{
public:
    // isOpen() says whether the entry was opened; errorString() why not.
    ZipEntryWriter(QuaZip& zip, const QuaZipNewInfo& info);
    // Deflates into `deflated` instead, for addDeflated().
    explicit ZipEntryWriter(QIODevice* deflated);
    ~ZipEntryWriter() override;

    // Deflates the rest and closes the entry; false on a zip error.
    bool finish();
    bool isSequential() const override { return true; }
    quint64 written() const; // the bytes written, before deflating
    quint32 crc32() const; // theirs

    // Adds an entry deflated apart: `deflated` read from its start, with
    // the size and CRC-32 its writer counted.
    static bool addDeflated(QuaZip& zip, const QuaZipNewInfo& info, QIODevice* deflated,
                            quint64 size, quint32 crc32, QString* error);

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    void start();
    bool deflate(const char* data, qint64 size, bool last);
    bool pass(const uint8_t* data, unsigned size); // deflated bytes to the zip or device

    struct Stream;
    QuaZip* m_zip = nullptr;
    QIODevice* m_deflated = nullptr;
    std::unique_ptr<Stream> m_stream;
    bool m_entryOpen = false;
    bool m_ok = true;
};

} // namespace percorsi
