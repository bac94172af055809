#pragma once

#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

// The server's HTTPS certificate: the administrator's (--tls-cert/--tls-key), or a self-signed
// one created with OpenSSL in the data folder on first start and reused afterwards (an EC P-256
// key, readable by the owner only, and a certificate for this host's name, localhost and
// 127.0.0.1). Consoles pin its SHA-256 fingerprint.
class TlsIdentity
{
public:
    // Loads the given files, or the data folder's self-signed pair, creating it when missing.
    // *created tells whether a new certificate was made.
    static bool load(const QString& certificateFile, const QString& keyFile, const QString& dataDir,
                     TlsIdentity* identity, bool* created, QString* error);

    const QSslCertificate& certificate() const { return m_certificate; }
    // "AB:CD:..." as browsers show it.
    QString fingerprint() const;
    // TLS 1.2 or later only.
    // TLS 1.2 and 1.3; for 1.2 ECDHE with AEAD only (allowedCiphers()).
    QSslConfiguration configuration() const;
    static QList<QSslCipher> allowedCiphers();

private:
    static bool createSelfSigned(const QString& certFile, const QString& keyFile, QString* error);

    QSslCertificate m_certificate;
    QSslKey m_key;
};
