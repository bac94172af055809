#pragma once

#include "serverurl.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// One answer of the admin API.
struct ApiReply
{
    // Why there was no answer (status 0), for a client that acts on it: a console offers to
    // pin an untrusted certificate, never one that contradicts a pin.
    enum class Failure { None, Unreachable, Timeout, UntrustedCertificate, PinMismatch };

    int status = 0; // HTTP status; 0 when there was no answer (then error says why)
    Failure failure = Failure::None;
    QByteArray body;
    QJsonObject json; // the body, when it is a JSON object
    QString error;    // the server's "error", or what kept the request from being answered
    QByteArray header(const QByteArray& name) const;
    QList<QPair<QByteArray, QByteArray>> headers;

    bool ok() const { return status >= 200 && status < 300; }
    QJsonArray items() const { return json.value(QStringLiteral("items")).toArray(); }
};

// The admin API of one phonefleetd, for the console and phonefleetctl: asynchronous, on the
// QNetworkAccessManager it is given (one per program), answers delivered to a callback on the
// context object's thread. HTTPS certificates are checked by the system, or pinned: with a
// pinned SHA-256 fingerprint only that certificate is accepted, whatever the system thinks, and
// a different one refuses the connection. A certificate the system does not trust and nobody
// pinned is refused, and its fingerprint kept for the user to check (presentedFingerprint()).
class AdminApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiReply&)>;

    AdminApiClient(QNetworkAccessManager* network, const ServerUrl& server, QObject* parent = nullptr);

    const ServerUrl& server() const { return m_server; }
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    // "4B:9B:F2:..." or plain hex, any case; empty: trust the system's certificate store.
    void setPinnedFingerprint(const QString& fingerprint);
    QString pinnedFingerprint() const { return m_pinned; }
    // The fingerprint of the certificate the server last presented ("4B:9B:..."); empty for HTTP.
    QString presentedFingerprint() const { return m_presented; }
    // Seconds without an answer before a request fails (default 60).
    void setTimeout(int seconds) { m_timeoutMs = seconds * 1000; }

    // path is relative to /api/v1/ ("devices", "devices/12").
    void get(const QString& path, const QUrlQuery& query, QObject* context, Callback done);
    // A GET whose successful answer is left in reply.body, not parsed (reply.json is empty): for
    // large pages the caller parses on a worker thread. Error answers are parsed as always.
    void getRaw(const QString& path, const QUrlQuery& query, QObject* context, Callback done);
    void send(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
              const QByteArray& contentType, QObject* context, Callback done, bool raw = false);
    void sendJson(const QByteArray& method, const QString& path, const QJsonObject& body, QObject* context,
                  Callback done);
    // Signs in; on success the token is kept for the following requests.
    void login(const QString& user, const QString& password, QObject* context, Callback done);

    // Formats a SHA-256 digest as phonefleetd prints it: "4B:9B:...".
    static QString formatFingerprint(const QByteArray& digest);
    static QString normalisedFingerprint(const QString& text);

private:
    static constexpr QNetworkRequest::Attribute rawAttribute = QNetworkRequest::User; // getRaw()
    void finished(QNetworkReply* reply, QPointer<QObject> context, const Callback& done);
    bool checkPin(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    ServerUrl m_server;
    QString m_token;
    QString m_pinned; // normalised: upper-case hex, no colons
    QString m_presented;
    int m_timeoutMs = 60000;
};
