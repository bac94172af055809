#pragma once

#include <QByteArray>
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
    QByteArray body; // empty when the body was spooled
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
};
