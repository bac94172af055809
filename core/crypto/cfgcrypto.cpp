#include "cfgcrypto.h"

#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace {
struct CipherContextFree
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

QByteArray run(const QByteArray& input, const QByteArray& passphrase, CfgCrypto::Digest digest, bool encrypting,
               QString* error)
{
    if (passphrase.isEmpty()) {
        *error = QStringLiteral("the key is empty");
        return {};
    }
    const EVP_CIPHER* cipher = EVP_des_ede3_cbc();
    const EVP_MD* md = digest == CfgCrypto::Digest::Md5 ? EVP_md5() : EVP_sha256();
    unsigned char key[EVP_MAX_KEY_LENGTH];
    unsigned char iv[EVP_MAX_IV_LENGTH];
    if (EVP_BytesToKey(cipher, md, nullptr, reinterpret_cast<const unsigned char*>(passphrase.constData()),
                       static_cast<int>(passphrase.size()), 1, key, iv)
        <= 0) {
        *error = QStringLiteral("cannot derive a key from the passphrase");
        return {};
    }
    std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree> ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_CipherInit_ex(ctx.get(), cipher, nullptr, key, iv, encrypting ? 1 : 0) != 1) {
        *error = QStringLiteral("the 3DES cipher is not available in this OpenSSL");
        return {};
    }
    QByteArray out(input.size() + EVP_CIPHER_block_size(cipher), Qt::Uninitialized);
    int written = 0;
    int last = 0;
    auto* outBytes = reinterpret_cast<unsigned char*>(out.data());
    if (EVP_CipherUpdate(ctx.get(), outBytes, &written, reinterpret_cast<const unsigned char*>(input.constData()),
                         static_cast<int>(input.size()))
            != 1
        || EVP_CipherFinal_ex(ctx.get(), outBytes + written, &last) != 1) {
        *error = encrypting ? QStringLiteral("encryption failed")
                            : QStringLiteral("cannot decrypt: wrong key, wrong digest, or not an encrypted file");
        return {};
    }
    out.resize(written + last);
    OPENSSL_cleanse(key, sizeof key);
    OPENSSL_cleanse(iv, sizeof iv);
    return out;
}
} // namespace

namespace CfgCrypto {
QByteArray encrypt(const QByteArray& plain, const QByteArray& passphrase, Digest digest, QString* error)
{
    return run(plain, passphrase, digest, true, error);
}

QByteArray decrypt(const QByteArray& cipher, const QByteArray& passphrase, Digest digest, QString* error)
{
    if (cipher.isEmpty() || cipher.size() % 8 != 0) {
        *error = QStringLiteral("not an encrypted file: its size is not a multiple of the 3DES block (8 bytes)");
        return {};
    }
    return run(cipher, passphrase, digest, false, error);
}

QByteArray encryptValue(const QByteArray& secret, const QByteArray& passphrase, Digest digest, QString* error)
{
    const QByteArray cipher = encrypt(secret, passphrase, digest, error);
    if (cipher.isEmpty()) {
        return {};
    }
    return "{\"" + cipher.toBase64() + "\"}";
}

bool readKeyFile(const QString& path, QByteArray* passphrase, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the key file: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        *error = QStringLiteral("%1: the key file's first line is empty").arg(path);
        return false;
    }
    *passphrase = line;
    return true;
}
} // namespace CfgCrypto
