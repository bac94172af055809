#include "adminapiclient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>

QByteArray ApiReply::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

AdminApiClient::AdminApiClient(QNetworkAccessManager* network, const ServerUrl& server, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_server(server)
{ }

QString AdminApiClient::formatFingerprint(const QByteArray& digest)
{
    QStringList parts;
    for (const char byte : digest) {
        parts << QStringLiteral("%1").arg(static_cast<unsigned char>(byte), 2, 16, QLatin1Char('0')).toUpper();
    }
    return parts.join(u':');
}

QString AdminApiClient::normalisedFingerprint(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            out.append(c.toUpper());
        }
    }
    return out;
}

void AdminApiClient::setPinnedFingerprint(const QString& fingerprint)
{
    m_pinned = normalisedFingerprint(fingerprint);
}

void AdminApiClient::get(const QString& path, const QUrlQuery& query, QObject* context, Callback done)
{
    send("GET", path, query, {}, {}, context, std::move(done));
}

void AdminApiClient::getRaw(const QString& path, const QUrlQuery& query, QObject* context, Callback done)
{
    send("GET", path, query, {}, {}, context, std::move(done), true);
}

void AdminApiClient::sendJson(const QByteArray& method, const QString& path, const QJsonObject& body, QObject* context,
                              Callback done)
{
    send(method, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", context,
         std::move(done));
}

void AdminApiClient::login(const QString& user, const QString& password, QObject* context, Callback done)
{
    QPointer<AdminApiClient> self(this);
    sendJson("POST", QStringLiteral("login"),
             {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}}, context,
             [self, done](const ApiReply& r) {
                 if (r.ok() && self) {
                     self->m_token = r.json.value(QStringLiteral("token")).toString();
                 }
                 done(r);
             });
}

void AdminApiClient::send(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
                          const QByteArray& contentType, QObject* context, Callback done, bool raw)
{
    QUrl url = m_server.apiUrl(path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setAttribute(rawAttribute, raw);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("PhoneFleet/" PHONEFLEET_VERSION));
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    }
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        // Only a pinned certificate overrides the system's verdict, and only that one.
        if (checkPin(reply) && !m_pinned.isEmpty()) {
            reply->ignoreSslErrors(errors);
        }
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (!checkPin(reply)) {
            reply->abort();
        }
    });
    QPointer<QObject> target(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, target, done = std::move(done)] { finished(reply, target, done); });
}

bool AdminApiClient::checkPin(QNetworkReply* reply)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull()) {
        return m_pinned.isEmpty();
    }
    m_presented = formatFingerprint(peer.digest(QCryptographicHash::Sha256));
    return m_pinned.isEmpty() || normalisedFingerprint(m_presented) == m_pinned;
}

void AdminApiClient::finished(QNetworkReply* reply, QPointer<QObject> context, const Callback& done)
{
    reply->deleteLater();
    ApiReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto& h : reply->rawHeaderPairs()) {
        r.headers.append(h);
    }
    const bool raw = reply->request().attribute(rawAttribute).toBool() && r.status >= 200 && r.status < 300;
    if (!raw) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (doc.isObject()) {
            r.json = doc.object();
        }
    }
    // A reply on a connection kept alive from before (no handshake, so no sslErrors/encrypted
    // signal for it) is checked against the pin all the same.
    if (r.status != 0 && m_server.base().scheme() == QLatin1String("https") && !checkPin(reply)) {
        r = ApiReply();
    }
    if (r.status == 0) {
        const bool pinMismatch =
            !m_pinned.isEmpty() && !m_presented.isEmpty() && normalisedFingerprint(m_presented) != m_pinned;
        if (pinMismatch) {
            r.failure = ApiReply::Failure::PinMismatch;
            r.error = QStringLiteral("the server's certificate (SHA-256 %1) is not the one pinned for %2: refusing to "
                                     "connect. If the server's certificate was replaced on purpose, pin the new one.")
                          .arg(m_presented, m_server.toString());
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError && !m_presented.isEmpty()) {
            r.failure = ApiReply::Failure::UntrustedCertificate;
            r.error =
                QStringLiteral("the server's certificate is not trusted by this system; its SHA-256 fingerprint is "
                               "%1. If that is what phonefleetd printed when it started, pin it.")
                    .arg(m_presented);
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            r.failure = ApiReply::Failure::Timeout;
            r.error = QStringLiteral("%1 did not answer within %2 s").arg(m_server.toString()).arg(m_timeoutMs / 1000);
        } else {
            r.failure = ApiReply::Failure::Unreachable;
            r.error = QStringLiteral("cannot reach %1: %2").arg(m_server.toString(), reply->errorString());
        }
    } else if (!r.ok()) {
        r.error = r.json.value(QStringLiteral("error")).toString();
        if (r.error.isEmpty()) {
            r.error = QStringLiteral("the server answered %1").arg(r.status);
        }
    }
    if (context) {
        done(r);
    }
}
