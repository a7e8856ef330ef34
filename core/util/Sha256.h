#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>

namespace percorsi {

// SHA-256 through OpenSSL, which uses the processor's SHA instructions where
// there are any: bundles are hashed as they are written and read, and Qt's
// portable implementation was a fifth of an export's time.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    // The digest of everything added; call once, at the end.
    QByteArray result();
    QByteArray resultHex() { return result().toHex(); }

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace percorsi
