#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTemporaryFile>

#include <memory>

#include <utility>
#include <vector>

// One HTTP/1.x request as it came off the wire: method, target and header values exactly as
// sent (the path still percent-encoded), the body with any chunked framing removed.
struct HttpRequest
{
    using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

    QByteArray method;
    QByteArray target;    // path and query as sent: what Digest authentication signs
    QByteArray path;      // the target's path, still percent-encoded; "/" when a proxy sent none
    QByteArray query;     // after the '?', still percent-encoded
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    Headers headers;      // names as sent; look them up with header()
    QByteArray body;      // empty when the body was spooled
    // The body, when the route spools it (HttpHeadDecision::spool): a file of the server's own,
    // removed when the last holder lets go. Its size is the body's.
    std::shared_ptr<QTemporaryFile> bodyFile;
    bool keepAlive = true; // the client may send another request on this connection

    // The value of the first header of that name (case-insensitive), empty when there is none.
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return h.second;
            }
        }
        return {};
    }

    // The address the last entry of the last X-Forwarded-For header names: the one a reverse
    // proxy added (a proxy that appends a header of its own rather than joining leaves the
    // client's first). Null when there is none or it is not an address; IPv4 in its plain form.
    // Only a trusted proxy's word is taken (HttpExchange::peer()). *header is the header read
    // (null when there was none), so that a null answer can be told from no header at all.
    QHostAddress forwardedClient(QByteArray* header = nullptr) const
    {
        QByteArray forwarded;
        for (const auto& h : headers) {
            if (h.first.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0) {
                forwarded = h.second.isNull() ? QByteArray("") : h.second;
            }
        }
        if (header) {
            *header = forwarded;
        }
        const QByteArray last = forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed();
        QHostAddress client;
        if (last.isEmpty() || last.size() > 45 || !client.setAddress(QString::fromLatin1(last))) {
            return {};
        }
        bool isV4 = false;
        const quint32 v4 = client.toIPv4Address(&isV4);
        // (Qt also gives 0.0.0.0 for "::", which is no client's address of either kind.)
        return isV4 && client.protocol() == QAbstractSocket::IPv6Protocol && v4 == 0 ? QHostAddress()
            : isV4                                                                   ? QHostAddress(v4)
                                                                                     : client;
    }
};
