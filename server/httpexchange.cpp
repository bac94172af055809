#include "httpexchange.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}
QByteArray reasonPhrase(int status)
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
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

HttpExchange::HttpExchange(const QHttpServerRequest& request, QHttpServerResponder&& responder, bool secure)
    : m_method(methodName(request.method()))
    , m_body(request.body())
    , m_peer(request.remoteAddress())
    , m_secure(secure)
    , m_responder(std::move(responder))
    , m_socket(m_responder.socket())
{
    const QUrl url = request.url();
    m_encodedPath = url.path(QUrl::FullyEncoded).toLatin1();
    if (m_encodedPath.isEmpty()) {
        m_encodedPath = "/";
    }
    m_target = m_encodedPath;
    if (url.hasQuery()) {
        m_query = url.query(QUrl::FullyEncoded).toLatin1();
        m_target += '?' + m_query;
    }
    m_headers = request.headers();
}

HttpExchange::~HttpExchange()
{
    if (!m_answered) {
        respondError(500, QStringLiteral("the server could not answer this request"));
    }
}

QByteArray HttpExchange::header(const QByteArray& name) const
{
    for (const auto& h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

QString HttpExchange::peerText() const
{
    QHostAddress address = m_peer;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        address = QHostAddress(v4); // "::ffff:10.0.0.1" reads as "10.0.0.1"
    }
    return address.toString();
}

void HttpExchange::send(int status, const Headers& headers, const QByteArray& body, bool withBody)
{
    Q_ASSERT(!m_answered);
    if (m_answered) {
        return;
    }
    m_answered = true;
    if (!m_socket || !m_socket->isOpen()) {
        return; // the client went away; nothing to answer
    }
    // One write of the whole head (QHttpServerResponder writes every piece separately).
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& h : headers) {
        head += h.first + ": " + h.second + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    if (withBody && body.size() <= 16 * 1024) {
        head += body;
        m_socket->write(head);
        return;
    }
    m_socket->write(head);
    if (withBody) {
        m_socket->write(body);
    }
}

void HttpExchange::respond(int status, const QByteArray& contentType, const QByteArray& body, const Headers& headers)
{
    Headers all;
    all.reserve(headers.size() + 1);
    all.emplace_back("Content-Type", contentType);
    all.insert(all.end(), headers.begin(), headers.end());
    send(status, all, body, m_method != "HEAD");
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
