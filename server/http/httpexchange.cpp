#include "httpexchange.h"

#include "httpconnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <limits>

QByteArray HttpExchange::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 428:
        return "Precondition Required";
    case 408:
        return "Request Timeout";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

HttpExchange::HttpExchange(HttpRequest&& request, HttpConnection* connection)
    : m_request(std::move(request))
    , m_peer(connection->peer())
    , m_peerText(connection->peerText())
    , m_connectionPeer(connection->peer())
    , m_secure(connection->isSecure())
    , m_connection(connection)
{
    if (!connection->isViaTrustedProxy()) {
        return;
    }
    QByteArray header;
    const QHostAddress client = m_request.forwardedClient(&header);
    if (!client.isNull()) { // else the proxy's own request, or nothing usable: the proxy is the client
        m_peer = client;
        m_peerText = client.toString();
    } else if (!header.isNull()) {
        // A proxy whose header names no address ("unknown", "10.0.0.7:5060") makes every client
        // behind it one: say so, once a minute at most, since it usually means a misconfigured
        // balancer rather than one bad request.
        static std::atomic<qint64> lastWarned {std::numeric_limits<qint64>::min() / 2};
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        qint64 last = lastWarned.load();
        if (now - last >= 60 && lastWarned.compare_exchange_strong(last, now)) {
            qWarning("phonefleetd: trusted proxy %s sent an X-Forwarded-For that names no address (\"%s\"); its "
                     "clients are taken to be the proxy itself",
                     qPrintable(m_connectionPeer.toString()), header.left(80).toPercentEncoding(" ,:[]").constData());
        }
    }
}

HttpExchange::~HttpExchange()
{
    if (!m_answered) {
        respondError(500, QStringLiteral("the server could not answer this request"));
    }
}

void HttpExchange::send(int status, const Headers& headers, const QByteArray& body, bool withBody)
{
    Q_ASSERT(!m_answered);
    if (m_answered) {
        return;
    }
    m_answered = true;
    if (!m_connection) {
        return; // the client went away; nothing to answer
    }
    QByteArray head;
    head.reserve(320 + (withBody ? qMin<qsizetype>(body.size(), 16 * 1024) : 0)); // the connection adds the rest
    head += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& h : headers) {
        head += h.first + ": " + h.second + "\r\n";
    }
    if (status != 204 && status != 304) { // RFC 9110 8.6: neither has a length to give
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    m_wentOut = m_connection->answer(std::move(head), withBody ? body : QByteArray());
}

void HttpExchange::respond(int status, const QByteArray& contentType, const QByteArray& body, const Headers& headers)
{
    Headers all;
    all.reserve(headers.size() + 1);
    all.emplace_back("Content-Type", contentType);
    all.insert(all.end(), headers.begin(), headers.end());
    send(status, all, body, m_request.method != "HEAD");
}

void HttpExchange::respondHeadersOnly(int status, const Headers& headers)
{
    send(status, headers, QByteArray(), false);
}

void HttpExchange::respondJson(int status, const QByteArray& json)
{
    respond(status, "application/json", json);
}

void HttpExchange::respondError(int status, const QString& message)
{
    respondJson(status, QJsonDocument(QJsonObject {{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact));
}
