#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

#include <memory>
#include <utility>
#include <vector>

class QHttpServerRequest;

// One HTTP request and the means to answer it, now or later: the request's parts are copied
// (QHttpServerRequest lives only while its handler runs) and the answer goes out only if the
// connection is still open. Answering twice is a programming error; not answering at all
// answers 500 when the exchange is destroyed, so a client never hangs.
class HttpExchange
{
public:
    using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

    HttpExchange(const QHttpServerRequest& request, QHttpServerResponder&& responder, bool secure);
    ~HttpExchange();
    HttpExchange(const HttpExchange&) = delete;
    HttpExchange& operator=(const HttpExchange&) = delete;

    const QByteArray& method() const { return m_method; }
    // The path as sent on the wire, still percent-encoded, without the query.
    const QByteArray& encodedPath() const { return m_encodedPath; }
    // The request target as sent (path and query): what Digest authentication signs.
    const QByteArray& target() const { return m_target; }
    // The query string as sent, still percent-encoded, without the '?'.
    const QByteArray& encodedQuery() const { return m_query; }
    QByteArray header(const QByteArray& name) const;
    const QByteArray& body() const { return m_body; }
    const QHostAddress& peer() const { return m_peer; }
    QString peerText() const;
    bool isSecure() const { return m_secure; }
    bool isAnswered() const { return m_answered; }

    void respond(int status, const QByteArray& contentType, const QByteArray& body, const Headers& headers = {});
    // Answers without a body but with the headers a GET would have had (HEAD, 304).
    void respondHeadersOnly(int status, const Headers& headers);
    void respondJson(int status, const QByteArray& json);
    void respondError(int status, const QString& message);

private:
    void send(int status, const Headers& headers, const QByteArray& body, bool withBody);

    QByteArray m_method;
    QByteArray m_encodedPath;
    QByteArray m_target;
    QByteArray m_query;
    QList<QPair<QByteArray, QByteArray>> m_headers; // as received
    QByteArray m_body;
    QHostAddress m_peer;
    bool m_secure = false;
    bool m_answered = false;
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
};

using HttpExchangePtr = std::shared_ptr<HttpExchange>;
