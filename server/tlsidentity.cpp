#include "tlsidentity.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QHostInfo>
#include <QSaveFile>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {
template <class T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Ext = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509* cert, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Ext ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool writeFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

bool TlsIdentity::createSelfSigned(const QString& certFile, const QString& keyFile, QString* error)
{
    PKey key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    if (!key || !cert) {
        *error = QStringLiteral("OpenSSL could not create a key");
        return false;
    }
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1) {
        *error = QStringLiteral("no random numbers for the certificate's serial");
        return false;
    }
    serial[0] &= 0x7f; // positive
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 825L * 24 * 3600); // what browsers accept
    X509_set_pubkey(cert.get(), key.get());
    const QByteArray host = QHostInfo::localHostName().toUtf8();
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = "PhoneFleet server " + (host.isEmpty() ? QByteArray("localhost") : host);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("PhoneFleet"), -1, -1,
                               0);
    X509_set_issuer_name(cert.get(), name);
    QByteArray san = "DNS:localhost,IP:127.0.0.1,IP:::1";
    if (!host.isEmpty() && host != "localhost") {
        san += ",DNS:" + host;
    }
    if (!addExtension(cert.get(), NID_subject_alt_name, san)
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyAgreement")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        *error = QStringLiteral("OpenSSL could not sign the certificate");
        return false;
    }
    Bio certPem(BIO_new(BIO_s_mem()));
    Bio keyPem(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certPem.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = QStringLiteral("OpenSSL could not write the certificate");
        return false;
    }
    // The key first, so that a certificate never exists without its key.
    return writeFile(keyFile, bioBytes(keyPem.get()), QFileDevice::ReadOwner | QFileDevice::WriteOwner, error)
        && writeFile(certFile, bioBytes(certPem.get()),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther,
                     error);
}

bool TlsIdentity::load(const QString& certificateFile, const QString& keyFile, const QString& dataDir,
                       TlsIdentity* identity, bool* created, QString* error)
{
    *created = false;
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("this Qt has no TLS backend; HTTPS is not possible");
        return false;
    }
    QString certPath = certificateFile;
    QString keyPath = keyFile;
    if (certPath.isEmpty()) {
        const QDir dir(dataDir);
        certPath = dir.filePath(QStringLiteral("tls/server.crt"));
        keyPath = dir.filePath(QStringLiteral("tls/server.key"));
        if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
            if (!QDir().mkpath(dir.filePath(QStringLiteral("tls")))) {
                *error = QStringLiteral("cannot create %1").arg(dir.filePath(QStringLiteral("tls")));
                return false;
            }
            if (!createSelfSigned(certPath, keyPath, error)) {
                return false;
            }
            *created = true;
        }
    }
    QFile certIn(certPath);
    QFile keyIn(keyPath);
    if (!certIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the certificate %1: %2").arg(certPath, certIn.errorString());
        return false;
    }
    if (!keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key %1: %2").arg(keyPath, keyIn.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certIn.readAll(), QSsl::Pem);
    const QByteArray keyBytes = keyIn.readAll();
    QSslKey key(keyBytes, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(keyBytes, QSsl::Rsa, QSsl::Pem);
    }
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certPath);
        return false;
    }
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no PEM EC or RSA private key").arg(keyPath);
        return false;
    }
    identity->m_certificate = chain.first();
    identity->m_key = key;
    return true;
}

QString TlsIdentity::fingerprint() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QList<QSslCipher> TlsIdentity::allowedCiphers()
{
    // TLS 1.3's suites as OpenSSL offers them; for TLS 1.2 forward secrecy (ECDHE) and AEAD
    // (GCM, ChaCha20-Poly1305) only: no CBC with SHA-1, no static RSA, no pre-shared keys.
    QList<QSslCipher> allowed;
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = name.startsWith(QLatin1String("TLS_"));
        const bool aead = name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20"));
        if (name.contains(QLatin1String("PSK")) || name.contains(QLatin1String("SRP"))) {
            continue;
        }
        if (tls13 || (name.startsWith(QLatin1String("ECDHE-")) && aead)) {
            allowed.append(cipher);
        }
    }
    return allowed;
}

QSslConfiguration TlsIdentity::configuration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificate(m_certificate);
    c.setPrivateKey(m_key);
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    c.setCiphers(allowedCiphers());
    return c;
}
