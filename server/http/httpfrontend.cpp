#include "httpfrontend.h"

#include "connectionlimiter.h"
#include "httptransport.h"
#include "portablepaths.h"

#include <QSocketNotifier>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#if PHONEFLEET_UNIX_PATHS
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

HttpFrontend::HttpFrontend(bool secure, const QSslConfiguration& tls, Handler handler, QObject* parent)
    : QObject(parent)
    , m_secure(secure)
    , m_tls(tls)
    , m_handler(std::move(handler))
    , m_sweep(new QTimer(this))
{
    m_sweep->setInterval(1000);
    connect(m_sweep, &QTimer::timeout, this, [this] {
        const qint64 now = HttpConnection::now();
        const QList<HttpConnection*> connections = m_connections.values();
        for (HttpConnection* c : connections) {
            c->checkTimeouts(now, m_timeouts);
        }
    });
    m_sweep->start();
}

HttpFrontend::~HttpFrontend()
{
    stopListening();
    const QSet<HttpConnection*> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

namespace {
// Hands over each TLS connection as soon as it is accepted, its handshake still to come, so that
// the connection's timeouts cover the handshake too (QSslServer in Qt 6.4 keeps a client that
// never completes one for ever).
class TlsListener : public QTcpServer
{
public:
    TlsListener(const QSslConfiguration& tls, QObject* parent)
        : QTcpServer(parent)
        , m_tls(tls)
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        socket->setSslConfiguration(m_tls);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->startServerEncryption();
        addPendingConnection(socket);
    }

private:
    QSslConfiguration m_tls;
};
} // namespace

QTcpServer* HttpFrontend::makeServer()
{
    QTcpServer* server = m_secure ? new TlsListener(m_tls, this) : new QTcpServer(this);
    server->setMaxPendingConnections(1024);
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] {
        while (QTcpSocket* socket = server->nextPendingConnection()) {
            adopt(new SocketTransport(socket));
        }
    });
    return server;
}

bool HttpFrontend::listenOn(qintptr descriptor, QString* error)
{
#if PHONEFLEET_UNIX_PATHS
    if (!m_secure) {
        m_listenFd = static_cast<int>(descriptor);
        m_acceptNotifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
        connect(m_acceptNotifier, &QSocketNotifier::activated, this, &HttpFrontend::acceptDescriptors);
        return true;
    }
#endif
    m_server = makeServer();
    if (!m_server->setSocketDescriptor(descriptor)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 HttpFrontend::listen(const QHostAddress& address, quint16 port)
{
    m_server = makeServer();
    return m_server->listen(address, port) ? m_server->serverPort() : 0;
}

void HttpFrontend::acceptDescriptors()
{
#if PHONEFLEET_UNIX_PATHS
    // A handful per wake-up, so that a flood of new connections cannot starve the open ones.
    for (int i = 0; i < 64 && m_listenFd >= 0; ++i) {
        sockaddr_storage address {};
        socklen_t length = sizeof address;
#ifdef Q_OS_LINUX
        const int fd =
            ::accept4(m_listenFd, reinterpret_cast<sockaddr*>(&address), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
#else
        const int fd = ::accept(m_listenFd, reinterpret_cast<sockaddr*>(&address), &length);
        if (fd >= 0) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
#endif
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) {
                continue;
            }
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                // Out of descriptors: the connection stays queued; try again in a moment
                // rather than spin on a listening socket that stays readable.
                m_acceptNotifier->setEnabled(false);
                QTimer::singleShot(250, this, [this] {
                    if (m_acceptNotifier) {
                        m_acceptNotifier->setEnabled(true);
                    }
                });
            }
            return; // EAGAIN: none left
        }
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
#ifdef SO_NOSIGPIPE
        ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
        adopt(new DescriptorTransport(fd, QHostAddress(reinterpret_cast<const sockaddr*>(&address))));
    }
#endif
}

void HttpFrontend::adopt(HttpTransport* transport)
{
    auto* connection = new HttpConnection(transport, m_secure, m_handler, m_limits, this);
    m_connections.insert(connection);
    const bool proxy = m_isTrustedProxy && m_isTrustedProxy(connection->peer());
    connection->setViaTrustedProxy(proxy);
    const bool counted = !m_connectionLimiter || m_connectionLimiter->acquire(connection->peerText(), !proxy);
    connect(connection, &HttpConnection::finished, this, [this, connection, counted] {
        m_connections.remove(connection);
        if (counted && m_connectionLimiter) {
            m_connectionLimiter->release(connection->peerText());
        }
    });
    if (!counted) {
        connection->refuseBusy(QStringLiteral("too many connections (from this address, or in all); try again later"));
        return;
    }
    if (m_stopped) {
        connection->closeWhenIdle();
    }
}

void HttpFrontend::stopListening()
{
    m_stopped = true;
    if (m_server) {
        m_server->close();
    }
#if PHONEFLEET_UNIX_PATHS
    if (m_acceptNotifier) {
        delete m_acceptNotifier;
        m_acceptNotifier = nullptr;
    }
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
    }
#endif
    const QList<HttpConnection*> connections = m_connections.values();
    for (HttpConnection* c : connections) {
        c->closeWhenIdle();
    }
}
