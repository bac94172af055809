#pragma once

#include "httpconnection.h"
#include "httpexchange.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <functional>

class ConnectionLimiter;
class QSocketNotifier;
class QTcpServer;
class QTimer;

// One listener (HTTP, or HTTPS with a TLS configuration) in one serving thread: accepts
// connections and hands every request on them to one handler as an HttpExchange. The handler
// routes; a router that decoded the path first would hide how it was written, and we need that
// to refuse traversal attempts. Plain HTTP on Unix runs straight on socket descriptors
// (DescriptorTransport); HTTPS, and plain HTTP elsewhere, on Qt's sockets.
class HttpFrontend : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpExchangePtr&)>;

    HttpFrontend(bool secure, const QSslConfiguration& tls, Handler handler, QObject* parent = nullptr);
    ~HttpFrontend() override;

    void setTimeouts(const HttpConnection::Timeouts& timeouts) { m_timeouts = timeouts; }
    void setLimits(const HttpRequestParser::Limits& limits) { m_limits = limits; }
    // Shared by every frontend of the server; without it connections are not capped.
    void setConnectionLimiter(ConnectionLimiter* limiter) { m_connectionLimiter = limiter; }
    // Which peers are reverse proxies whose X-Forwarded-For names the client (HttpExchange::peer()).
    // Their connections count towards the total cap but not the per-address one: they carry
    // many clients' requests.
    void setTrustedProxy(std::function<bool(const QHostAddress&)> isTrusted)
    {
        m_isTrustedProxy = std::move(isTrusted);
    }
    // Serves on an already listening socket (see ListenSocket); takes the descriptor over.
    bool listenOn(qintptr descriptor, QString* error);
    // Lets Qt open the listening socket; returns the port, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);
    // Accepts no more connections; open ones close after their current request.
    void stopListening();
    int connectionCount() const { return static_cast<int>(m_connections.size()); }

private:
    QTcpServer* makeServer();
    void adopt(HttpTransport* transport);
    void acceptDescriptors();

    bool m_secure;
    QSslConfiguration m_tls;
    Handler m_handler;
    HttpConnection::Handler m_connectionHandler;
    HttpRequestParser::Limits m_limits;
    ConnectionLimiter* m_connectionLimiter = nullptr;
    std::function<bool(const QHostAddress&)> m_isTrustedProxy;
    HttpConnection::Timeouts m_timeouts;
    QTcpServer* m_server = nullptr;
    int m_listenFd = -1;
    QSocketNotifier* m_acceptNotifier = nullptr;
    QSet<HttpConnection*> m_connections;
    QTimer* m_sweep;
    bool m_stopped = false;
};
