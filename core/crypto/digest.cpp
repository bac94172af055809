#include "digest.h"

#include <openssl/evp.h>

namespace Digest {
QString sha256Hex(const QByteArray& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), digest, &length, EVP_sha256(), nullptr) != 1) {
        qFatal("OpenSSL cannot compute SHA-256");
    }
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), static_cast<int>(length)).toHex());
}
} // namespace Digest
