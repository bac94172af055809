#pragma once

#include "httprequestparser.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class HttpExchange;
class HttpTransport;

// One client connection: reads its requests one at a time, hands each to the handler as an
// HttpExchange and writes the answer when it comes (now or after a commit). Requests that
// arrive meanwhile wait in order (pipelining). Keeps the connection open between requests
// unless the client or the server's shutdown says otherwise, and closes it when it idles or a
// request stalls for too long (timeouts()). Deletes itself once the transport is closed.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const std::shared_ptr<HttpExchange>&)>;
    struct Timeouts
    {
        int idleMs = 75'000;    // between requests (nginx's keepalive_timeout)
        int requestMs = 30'000; // without a byte in the middle of a request: 408
        int closingMs = 5'000;  // for the peer to close after our last answer
        int headMs = 10'000;    // for a whole request head, however it trickles in: 408
        // A body must come at this many bytes a second at least, counted from the end of its
        // request's head once headMs has passed since the start of the request: else 408.
        int minBodyBytesPerSecond = 1024;
    };

    HttpConnection(HttpTransport* transport, bool secure, const Handler& handler,
                   const HttpRequestParser::Limits& limits, QObject* parent = nullptr);
    ~HttpConnection() override;

    const QHostAddress& peer() const { return m_peer; }
    const QString& peerText() const { return m_peerText; }
    bool isSecure() const { return m_secure; }
    // The peer is a reverse proxy the server trusts: each request's X-Forwarded-For names its
    // client (HttpExchange::peer()). Set by the frontend before the first request is read.
    void setViaTrustedProxy(bool via) { m_viaTrustedProxy = via; }
    bool isViaTrustedProxy() const { return m_viaTrustedProxy; }

    // The answer to the request being handled: the status line and header lines (each ending
    // in CRLF, without the blank line), and the body. Adds Date and Connection. False when the
    // connection was already closing, the client had closed its side (it had most likely given
    // up waiting) or went away while writing: the client may not have it.
    bool answer(QByteArray head, const QByteArray& body);
    // Closes the connection after the request being handled, or now when there is none.
    void closeWhenIdle();
    // Answers 503 with Retry-After before any request and closes: the server holds too many
    // connections (of this address, or in all).
    void refuseBusy(const QString& why);
    // Applies the timeouts; now is a steady clock in ms (see HttpFrontend).
    void checkTimeouts(qint64 now, const Timeouts& timeouts);
    // The steady clock checkTimeouts() takes, in ms.
    static qint64 now();

Q_SIGNALS:
    void finished();

private:
    void onReadable();
    void process();
    void failRequest(int status, const QString& text, const QByteArray& extraHeaders = {});

    HttpTransport* m_transport;
    bool m_secure;
    Handler m_handler;
    HttpRequestParser m_parser;
    QHostAddress m_peer;
    QString m_peerText;
    bool m_viaTrustedProxy = false;
    QByteArray m_input;
    qsizetype m_inputPos = 0;
    qint64 m_lastActivity = 0;
    qint64 m_requestStart = 0; // when the first byte of the request being read came
    qint64 m_requestBytes = 0; // bytes of it read since
    bool m_busy = false;       // a request is being handled
    bool m_processing = false; // inside process()
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_closeWhenIdle = false; // the server is shutting down
    bool m_closing = false;
    bool m_inputEnded = false; // the peer closed its side
    bool m_continueSent = false;
    bool m_stopReading = false; // back-pressure while busy
};
