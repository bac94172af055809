#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QtGlobal>

// HTTP authentication of phones fetching their own file (RFC 7617 Basic, RFC 7616 Digest with
// MD5 and qop=auth, which is what desk phones implement). Nonces are stateless: a time stamp
// and an HMAC of it under a key every server node shares, so a phone may be challenged by one
// node and answer another; they expire after nonceLifetimeMs.
class HttpCredentials
{
public:
    enum class Scheme { None, Basic, Digest, Malformed };

    static constexpr qint64 nonceLifetimeMs = 5 * 60 * 1000;

    // Parses an Authorization header value.
    static HttpCredentials parse(const QByteArray& header);

    Scheme scheme() const { return m_scheme; }
    QString userName() const { return m_user; }

    // Whether the credentials prove knowledge of secret for user; method and the request's
    // target (the request line's path) are needed for Digest, whose "uri" must be that target.
    // nonceKey is the shared key, nowMs the current time.
    bool verify(const QString& user, const QString& secret, const QByteArray& method, const QByteArray& target,
                const QByteArray& nonceKey, qint64 nowMs) const;

    // The WWW-Authenticate values for a 401: Digest first (the stronger), then Basic.
    static QByteArray digestChallenge(const QByteArray& realm, const QByteArray& nonceKey, qint64 nowMs);
    static QByteArray basicChallenge(const QByteArray& realm);

private:
    static QByteArray makeNonce(const QByteArray& key, qint64 timeMs);
    static bool nonceIsValid(const QByteArray& nonce, const QByteArray& key, qint64 nowMs);

    Scheme m_scheme = Scheme::None;
    QString m_user;
    QString m_password;                     // Basic
    QHash<QByteArray, QByteArray> m_params; // Digest
};
