#pragma once

#include "httprequest.h"

#include <QHostAddress>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

// What the server says of a request once its head is read, before a byte of its body: refuse it
// (status and text; the connection closes after the answer, so a body on its way is never read
// or stored) or read a body of at most maxBody bytes. "Expect: 100-continue" is answered only
// after this said yes.
struct HttpHeadDecision
{
    int status = 0; // 0: go on
    QString text;
    qint64 maxBody = 0;
    // The body goes to a temporary file (HttpRequest::bodyFile), never to memory: uploads.
    bool spool = false;
};

// Reads HTTP/1.0 and HTTP/1.1 requests (RFC 9112) from a connection's input, one after the
// other: Content-Length and chunked bodies, pipelined requests. Strictly: lines end with CRLF (a
// bare LF is refused), one Host, field names are tokens and values hold no control character but
// tab, a chunk size is hexadecimal digits with at most blanks and an extension after it, trailer
// lines are field lines. Two parsers that read the same bytes differently disagree on where a
// message ends (request smuggling), so anything it cannot read exactly fails with the status to
// answer before closing the connection: 400 for a malformed request (including both
// Content-Length and Transfer-Encoding), 413 for a body over the limit, 431 for a head over the
// limit, 501 for a transfer coding other than chunked, 505 for another HTTP version.
struct HttpRequestLimits
{
    qsizetype maxHead = 32 * 1024; // request line and headers
    int maxHeaders = 100;
    qint64 maxBody = 160LL * 1024 * 1024; // the largest firmware upload (AdminService)
    // Asked for each request that has a body (Content-Length > 0 or chunked), with the client's
    // address and whether the connection is TLS: the route's own limit, or a refusal (no such
    // route, wrong method, not signed in). Without it maxBody applies to every request.
    std::function<HttpHeadDecision(const HttpRequest& head, bool secure, const QHostAddress& peer)> inspectHead;
    // Where spooled bodies go (HttpHeadDecision::spool); empty: the system's temporary folder.
    QString spoolFolder;
    // Spooled bodies at once, counted across every connection that shares the counter (null:
    // no limit): beyond maxSpools, 503. And the free space a spooled body must leave on the
    // folder's disk besides its own size and the most the others being spooled may still take:
    // else 507 (a full disk would stop the database too).
    std::shared_ptr<std::atomic<int>> spools;
    int maxSpools = 16;
    qint64 spoolReserveBytes = 512LL * 1024 * 1024;
};

class HttpRequestParser
{
public:
    using Limits = HttpRequestLimits;
    enum class Status { NeedMore, Ready, Failed };

    explicit HttpRequestParser(const Limits& limits = Limits());
    // Who the requests come from, for Limits::inspectHead.
    void setClient(bool secure, const QHostAddress& peer)
    {
        m_secure = secure;
        m_peer = peer;
    }

    // Reads from input[*pos...] and moves *pos past what it used; call again with more input
    // after NeedMore. After Ready, takeRequest() hands the request over and parsing of the next
    // one can start; after Failed, the connection cannot be read any further.
    Status parse(const QByteArray& input, qsizetype* pos);
    HttpRequest takeRequest();

    // The head is read, it asked for "Expect: 100-continue" and no body byte has come yet.
    bool expectsContinue() const { return m_expectContinue && m_state != State::Head && m_bodySize == 0; }
    // Some of the next request has been read (an idle connection has none).
    bool isMidRequest() const { return m_state != State::Head || m_partialHead; }
    // Its head has begun and is not complete yet.
    bool isReadingHead() const { return m_state == State::Head && m_partialHead; }
    // Its head is read and it is taking a counted number of body bytes (a Content-Length body
    // or a chunk's data): whatever comes next is data, however it looks. (Reading a chunk-size
    // line or a trailer, it reads lines and refuses what is not one.)
    bool isReadingBodyBytes() const { return m_state == State::FixedBody || m_state == State::ChunkData; }
    int errorStatus() const { return m_errorStatus; }
    const QString& errorText() const { return m_errorText; }

private:
    enum class State { Head, FixedBody, ChunkSize, ChunkData, ChunkEnd, Trailer, Done, Failed };

    Status readHead(const QByteArray& input, qsizetype* pos);
    bool parseRequestLine(const char* begin, const char* end);
    bool parseHeaderLine(const char* begin, const char* end);
    bool prepareBody();
    // Adds body bytes to memory or to the spool file; false (and failed) if the file refused.
    bool appendBody(const char* data, qint64 size);
    Status fail(int status, const QString& text);

    Limits m_limits;
    bool m_secure = false;
    QHostAddress m_peer;
    qint64 m_bodyLimit = 0; // of the request being read
    State m_state = State::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0;      // of the fixed body or of the current chunk
    qint64 m_bodySize = 0;       // of the request being read, in memory or spooled
    qsizetype m_headScanned = 0; // of the head, after *pos: the lines already read
    qsizetype m_trailerBytes = 0;
    bool m_haveRequestLine = false;
    bool m_expectContinue = false;
    bool m_partialHead = false;
    int m_errorStatus = 0;
    QString m_errorText;
};
