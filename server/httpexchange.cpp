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
        m_target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    }
    const auto headers = request.headers();
    m_headers.reserve(static_cast<size_t>(headers.size()));
    for (const auto& h : headers) {
        m_headers.emplace_back(h.first.toLower(), h.second);
    }
}

HttpExchange::~HttpExchange()
{
    if (!m_answered) {
        respondError(500, QStringLiteral("the server could not answer this request"));
    }
}

QByteArray HttpExchange::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& h : m_headers) {
        if (h.first == lower) {
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
    m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto& h : headers) {
        m_responder.writeHeader(h.first, h.second);
    }
    m_responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    m_responder.writeBody(withBody ? body : QByteArray());
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
