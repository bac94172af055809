#include "digest.h"

#include <openssl/evp.h>

namespace Digest {
namespace {
// OpenSSL 3 looks the algorithm up in its provider tables on every EVP_Digest given
// EVP_sha256(); fetched once it is not (about a microsecond per call, which a generation's
// 100 000 fingerprints feel). Fetched implementations are thread-safe to share.
const EVP_MD* sha256()
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    static const EVP_MD* const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (fetched) {
        return fetched;
    }
#endif
    return EVP_sha256();
}
} // namespace

QString sha256Hex(const QByteArray& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), digest, &length, sha256(), nullptr) != 1) {
        qFatal("OpenSSL cannot compute SHA-256");
    }
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), static_cast<int>(length)).toHex());
}
} // namespace Digest
