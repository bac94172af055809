#pragma once

#include <QByteArray>
#include <QString>

// Content digests for files PhoneFleet serves. OpenSSL's SHA-256 (hardware-accelerated where
// the CPU has it) rather than QCryptographicHash's, which is several times slower: generation
// hashes every device file.
namespace Digest {
QString sha256Hex(const QByteArray& data);
}
