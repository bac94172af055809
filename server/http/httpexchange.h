#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

class HttpConnection;

// One HTTP request and the means to answer it, now or later: the answer goes out only if the
// connection is still open. Answering twice is a programming error; not answering at all
// answers 500 when the exchange is destroyed, so a client never hangs.
class HttpExchange
{
public:
    using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

    HttpExchange(HttpRequest&& request, HttpConnection* connection);
    ~HttpExchange();
    HttpExchange(const HttpExchange&) = delete;
    HttpExchange& operator=(const HttpExchange&) = delete;

    const QByteArray& method() const { return m_request.method; }
    // The path as sent on the wire, still percent-encoded, without the query.
    const QByteArray& encodedPath() const { return m_request.path; }
    // The request target as sent (path and query): what Digest authentication signs.
    const QByteArray& target() const { return m_request.target; }
    // The query string as sent, still percent-encoded, without the '?'.
    const QByteArray& encodedQuery() const { return m_request.query; }
    QByteArray header(const QByteArray& name) const { return m_request.header(name); }
    const QByteArray& body() const { return m_request.body; }
    // The body of a spooled upload (HttpHeadDecision::spool); null otherwise, and body() empty.
    const std::shared_ptr<QTemporaryFile>& bodyFile() const { return m_request.bodyFile; }
    // The client: the connection's peer, or, when that is a trusted reverse proxy, the last
    // address of X-Forwarded-For (the one the proxy itself added; earlier entries come from the
    // client and prove nothing). Phones behind a load balancer keep their own addresses this way:
    // their trust, zero-touch subnets, pushes and rate limits depend on it.
    const QHostAddress& peer() const { return m_peer; }
    // The client's address as text ("10.0.0.1", not "::ffff:10.0.0.1").
    const QString& peerText() const { return m_peerText; }
    // The other end of the TCP connection (the proxy's address behind one): what a rule about
    // the hop itself, such as clear text only over loopback, is about.
    const QHostAddress& connectionPeer() const { return m_connectionPeer; }
    bool isSecure() const { return m_secure; }
    bool isAnswered() const { return m_answered; }
    // The answer went out on an open connection (the system took it, or holds it for a peer
    // that is still there). False when the client had gone or closed its side: what the answer
    // carried may be lost.
    bool answerWentOut() const { return m_wentOut; }

    void respond(int status, const QByteArray& contentType, const QByteArray& body, const Headers& headers = {});
    // Answers without a body but with the headers a GET would have had (HEAD, 304).
    void respondHeadersOnly(int status, const Headers& headers);
    void respondJson(int status, const QByteArray& json);
    void respondError(int status, const QString& message);

    static QByteArray reasonPhrase(int status);

private:
    void send(int status, const Headers& headers, const QByteArray& body, bool withBody);

    HttpRequest m_request;
    QHostAddress m_peer;
    QString m_peerText;
    QHostAddress m_connectionPeer;
    bool m_secure = false;
    bool m_answered = false;
    bool m_wentOut = false;
    QPointer<HttpConnection> m_connection;
};

using HttpExchangePtr = std::shared_ptr<HttpExchange>;
