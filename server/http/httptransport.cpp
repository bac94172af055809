#include "httptransport.h"

#include "portablepaths.h"

#include "descriptornotifier.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#if PHONEFLEET_UNIX_PATHS
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
// What a connection may hold unread while its current request is being answered.
constexpr qint64 socketReadBuffer = 64 * 1024;
#if PHONEFLEET_UNIX_PATHS
#ifdef MSG_NOSIGNAL
constexpr int sendFlags = MSG_NOSIGNAL; // a closed peer is an error, not a SIGPIPE
#else
constexpr int sendFlags = 0; // macOS: SO_NOSIGPIPE is set on the socket (HttpFrontend)
#endif
#endif
// A lingering close (SocketTransport): quiet this long, or this long at most.
constexpr int lingerQuietMs = 250;
constexpr qint64 lingerMaxMs = 5000;
} // namespace

SocketTransport::SocketTransport(QTcpSocket* socket, QObject* parent)
    : HttpTransport(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(socketReadBuffer);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QIODevice::readyRead, this, [this] {
        if (m_lingering) {
            linger();
        } else if (m_reading) {
            Q_EMIT readable();
        }
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        if (!m_closed) {
            m_closed = true;
            Q_EMIT closed();
        }
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError && !m_closed) {
            m_closed = true;
            m_socket->abort();
            Q_EMIT closed();
        }
    });
}

bool SocketTransport::readInto(QByteArray& buffer)
{
    if (m_socket->bytesAvailable() > 0) {
        buffer.append(m_socket->readAll());
    }
    return !m_closed && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SocketTransport::write(const QByteArray& bytes)
{
    if (m_closed || m_socket->write(bytes) != bytes.size()) {
        return false;
    }
    m_socket->flush(); // now, not on the next turn of the event loop
    return !m_closed && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SocketTransport::setReading(bool on)
{
    m_reading = on;
    if (on && m_socket->bytesAvailable() > 0) {
        Q_EMIT readable();
    }
}

void SocketTransport::closeAfterWrite()
{
    if (m_closed || m_lingering) {
        return;
    }
    m_lingering = true;
    m_lingerStarted.start();
    m_quiet = new QTimer(this);
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(lingerQuietMs);
    connect(m_quiet, &QTimer::timeout, this, [this] {
        if (!m_closed) {
            m_socket->disconnectFromHost(); // disconnected() once the queue is written
        }
    });
    linger();
}

void SocketTransport::linger()
{
    m_socket->skip(m_socket->bytesAvailable()); // read and dropped: nothing of it is answered
    if (m_lingerStarted.elapsed() >= lingerMaxMs) {
        m_quiet->stop();
        if (!m_closed) {
            m_socket->disconnectFromHost();
        }
        return;
    }
    m_quiet->start(); // once the client has been quiet this long
}

void SocketTransport::abort()
{
    if (!m_closed) {
        m_closed = true;
        m_socket->abort();
        Q_EMIT closed();
    }
}

QHostAddress SocketTransport::peer() const
{
    return m_socket->peerAddress();
}

#if PHONEFLEET_UNIX_PATHS
DescriptorTransport::DescriptorTransport(int descriptor, const QHostAddress& peer, QObject* parent)
    : HttpTransport(parent)
    , m_fd(descriptor)
    , m_peer(peer)
    , m_readNotifier(new DescriptorNotifier(descriptor, DescriptorNotifier::Kind::Read, this))
    , m_writeNotifier(new DescriptorNotifier(descriptor, DescriptorNotifier::Kind::Write, this))
{
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &DescriptorNotifier::activated, this, [this] {
        if (!m_halfClosed) {
            Q_EMIT readable();
            return;
        }
        // Closing: read and drop what the peer still sends until it closes too, so that the
        // kernel does not reset the connection (and lose our last answer) over unread bytes.
        char scratch[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, scratch, sizeof scratch, 0);
            if (n > 0) {
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
                return;
            }
            release();
            return;
        }
    });
    connect(m_writeNotifier, &DescriptorNotifier::activated, this, [this] { flushPending(); });
}

DescriptorTransport::~DescriptorTransport()
{
    if (m_fd >= 0) {
        m_readNotifier->setEnabled(false);
        m_writeNotifier->setEnabled(false);
        ::close(m_fd);
    }
}

bool DescriptorTransport::readInto(QByteArray& buffer)
{
    if (m_fd < 0 || m_halfClosed) {
        return false;
    }
    // At most 256 KiB a call: a large upload is read and parsed piece by piece, not all
    // buffered first (the notifier is level-triggered and calls again).
    constexpr qsizetype step = 16 * 1024;
    for (int round = 0; round < 16; ++round) {
        const qsizetype before = buffer.size();
        buffer.resize(before + step);
        const ssize_t n = ::recv(m_fd, buffer.data() + before, step, 0);
        buffer.resize(before + qMax<qsizetype>(n, 0));
        if (n == step) {
            continue; // there may be more
        }
        if (n > 0) {
            return true;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return true;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        return false; // end of stream, or reset
    }
    return true;
}

bool DescriptorTransport::write(const QByteArray& bytes)
{
    if (m_fd < 0 || m_closeRequested) {
        return false;
    }
    if (m_pending.size() > m_pendingOffset) {
        m_pending = m_pending.mid(m_pendingOffset) + bytes;
        m_pendingOffset = 0;
        return true;
    }
    m_pending = bytes;
    m_pendingOffset = 0;
    flushPending();
    return m_fd >= 0;
}

void DescriptorTransport::flushPending()
{
    while (m_fd >= 0 && m_pendingOffset < m_pending.size()) {
        const ssize_t n = ::send(m_fd, m_pending.constData() + m_pendingOffset,
                                 static_cast<size_t>(m_pending.size() - m_pendingOffset), sendFlags);
        if (n > 0) {
            m_pendingOffset += n;
            continue;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_writeNotifier->setEnabled(true);
            return;
        }
        release(); // the peer is gone
        return;
    }
    if (m_fd < 0) {
        return;
    }
    m_pending.clear();
    m_pendingOffset = 0;
    m_writeNotifier->setEnabled(false);
    if (m_closeRequested) {
        finishClose();
    }
}

void DescriptorTransport::setReading(bool on)
{
    m_reading = on;
    if (m_fd >= 0 && !m_halfClosed) {
        m_readNotifier->setEnabled(on);
    }
}

void DescriptorTransport::closeAfterWrite()
{
    if (m_fd < 0 || m_closeRequested) {
        return;
    }
    m_closeRequested = true;
    if (m_pendingOffset >= m_pending.size()) {
        finishClose();
    }
}

void DescriptorTransport::finishClose()
{
    ::shutdown(m_fd, SHUT_WR);
    m_halfClosed = true;
    m_readNotifier->setEnabled(true);
}

void DescriptorTransport::abort()
{
    release();
}

void DescriptorTransport::release()
{
    if (m_fd < 0) {
        return;
    }
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    Q_EMIT closed();
}
#endif
