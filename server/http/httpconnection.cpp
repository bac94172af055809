#include "httpconnection.h"

#include "httpexchange.h"
#include "httptransport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <chrono>

namespace {
constexpr qsizetype maxUnreadWhileBusy = 64 * 1024;
constexpr qsizetype inlineBodyLimit = 16 * 1024; // smaller bodies go out in the same write as the head

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// "Date: Tue, 01 Dec 2026 15:25:14 GMT\r\n", formatted once a second per thread.
const QByteArray& dateHeader()
{
    thread_local qint64 second = -1;
    thread_local QByteArray line;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != second) {
        second = now;
        line = "Date: "
            + QLocale::c()
                  .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                  .toLatin1()
            + " GMT\r\n";
    }
    return line;
}
} // namespace

HttpConnection::HttpConnection(HttpTransport* transport, bool secure, const Handler& handler,
                               const HttpRequestParser::Limits& limits, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_secure(secure)
    , m_handler(handler)
    , m_parser(limits)
    , m_peer(transport->peer())
    , m_lastActivity(steadyMs())
{
    m_transport->setParent(this);
    m_parser.setClient(secure, m_peer);
    bool isV4 = false;
    const quint32 v4 = m_peer.toIPv4Address(&isV4);
    m_peerText = (isV4 ? QHostAddress(v4) : m_peer).toString(); // "::ffff:10.0.0.1" reads as "10.0.0.1"
    connect(m_transport, &HttpTransport::readable, this, &HttpConnection::onReadable);
    connect(m_transport, &HttpTransport::closed, this, [this] {
        m_closing = true;
        Q_EMIT finished();
        deleteLater();
    });
    // Bytes may have come with the connection (after a TLS handshake, say) before anyone listened.
    QMetaObject::invokeMethod(this, &HttpConnection::onReadable, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadable()
{
    if (m_closing) {
        return;
    }
    if (m_busy && m_input.size() - m_inputPos > maxUnreadWhileBusy) {
        m_stopReading = true;
        m_transport->setReading(false);
        return;
    }
    const qsizetype before = m_input.size();
    const bool wasMidRequest = m_parser.isMidRequest() || m_inputPos < before;
    if (!m_transport->readInto(m_input)) {
        m_inputEnded = true;
        m_transport->setReading(false);
    }
    m_lastActivity = steadyMs();
    if (!wasMidRequest && !m_busy) {
        m_requestStart = m_lastActivity;
        m_requestBytes = 0;
    }
    m_requestBytes += m_input.size() - before;
    process();
}

void HttpConnection::process()
{
    if (m_processing) {
        return;
    }
    m_processing = true;
    while (!m_busy && !m_closing) {
        const HttpRequestParser::Status status = m_parser.parse(m_input, &m_inputPos);
        if (m_inputPos == m_input.size()) {
            m_input.resize(0); // keeps the allocation for the next read
            m_inputPos = 0;
        } else if (m_inputPos >= 64 * 1024 || m_inputPos * 2 >= m_input.size()) {
            m_input.remove(0, m_inputPos);
            m_inputPos = 0;
        }
        if (status == HttpRequestParser::Status::Failed) {
            failRequest(m_parser.errorStatus(), m_parser.errorText(),
                        m_parser.errorStatus() == 503 ? QByteArray("Retry-After: 10\r\n") : QByteArray());
            break;
        }
        if (status == HttpRequestParser::Status::NeedMore) {
            if (m_inputEnded) {
                m_closing = true; // nothing more will come
                m_transport->closeAfterWrite();
            } else if (m_parser.expectsContinue() && !m_continueSent) {
                m_continueSent = true;
                m_transport->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            break;
        }
        HttpRequest request = m_parser.takeRequest();
        m_continueSent = false;
        // A pipelined request that is already here starts its clock now.
        m_requestStart = steadyMs();
        m_requestBytes = m_input.size() - m_inputPos;
        m_keepAlive = request.keepAlive;
        m_http10 = request.minorVersion == 0;
        m_busy = true;
        m_handler(std::make_shared<HttpExchange>(std::move(request), this));
    }
    m_processing = false;
}

bool HttpConnection::answer(QByteArray head, const QByteArray& body)
{
    if (m_closing && !m_busy) {
        return false;
    }
    const bool keep = m_keepAlive && !m_closeWhenIdle;
    QByteArray out = std::move(head); // completed in place: one buffer per answer
    out.reserve(out.size() + 64 + (body.size() <= inlineBodyLimit ? body.size() : 0));
    out += dateHeader();
    if (!keep) {
        out += "Connection: close\r\n";
    } else if (m_http10) {
        out += "Connection: keep-alive\r\n";
    }
    out += "\r\n";
    // A client that has closed its side had most likely given up waiting: what the answer
    // carries is not taken to have reached it.
    const bool inputEnded = m_inputEnded;
    bool written = false;
    if (body.size() <= inlineBodyLimit) {
        out += body;
        written = m_transport->write(out);
    } else {
        written = m_transport->write(out) && m_transport->write(body);
    }
    m_busy = false;
    m_lastActivity = steadyMs();
    if (!keep) {
        m_closing = true;
        m_transport->closeAfterWrite();
        return written && !inputEnded;
    }
    if (m_stopReading) {
        m_stopReading = false;
        m_transport->setReading(true);
    }
    process(); // the next pipelined request, if one is waiting
    return written && !inputEnded;
}

void HttpConnection::failRequest(int status, const QString& text, const QByteArray& extraHeaders)
{
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("error"), text}}).toJson(QJsonDocument::Compact);
    m_keepAlive = false; // what follows on this connection cannot be read
    m_busy = true;
    answer("HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpExchange::reasonPhrase(status)
               + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
               + extraHeaders,
           body);
}

void HttpConnection::refuseBusy(const QString& why)
{
    m_transport->setReading(false);
    failRequest(503, why, "Retry-After: 5\r\n");
}

void HttpConnection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (!m_busy && !m_closing) {
        m_closing = true;
        m_transport->closeAfterWrite();
    }
}

void HttpConnection::checkTimeouts(qint64 now, const Timeouts& timeouts)
{
    const qint64 quiet = now - m_lastActivity;
    if (m_closing) {
        if (quiet > timeouts.closingMs) {
            m_transport->abort();
        }
        return;
    }
    if (m_busy) {
        return; // the server is still answering; that is not the client's delay
    }
    if (m_parser.isMidRequest() || m_inputPos < m_input.size()) {
        // A request that trickles in (a byte every few seconds) is refused all the same: its
        // head in headMs, its body at a minimal rate (slowloris).
        const qint64 elapsed = now - m_requestStart;
        if (quiet > timeouts.requestMs) {
            failRequest(408, QStringLiteral("the rest of the request did not arrive in time"));
        } else if (m_parser.isReadingHead() && elapsed > timeouts.headMs) {
            failRequest(408, QStringLiteral("the request's head did not arrive in time"));
        } else if (!m_parser.isReadingHead() && elapsed > timeouts.headMs
                   && m_requestBytes * 1000 < qint64(timeouts.minBodyBytesPerSecond) * elapsed) {
            failRequest(408, QStringLiteral("the request's body comes too slowly"));
        }
        return;
    }
    if (quiet > timeouts.idleMs) {
        m_closing = true;
        m_transport->closeAfterWrite();
    }
}

qint64 HttpConnection::now()
{
    return steadyMs();
}
