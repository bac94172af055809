#pragma once

#include "portablepaths.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

class DescriptorNotifier;
class QTcpSocket;
class QTimer;

// The byte stream under one HTTP connection. Writes go out at once, as far as the kernel takes
// them, and the rest is queued; closing sends what is queued first.
class HttpTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Appends what has arrived to buffer. False once the peer has closed its side (what came
    // before is still appended) or the connection failed.
    virtual bool readInto(QByteArray& buffer) = 0;
    // False when the connection is gone (before or during this write): these bytes will not
    // reach the peer. True means the system took them, or they wait for it on an open connection.
    virtual bool write(const QByteArray& bytes) = 0;
    // While off, readable() is not emitted and the peer is held back by TCP flow control.
    virtual void setReading(bool on) = 0;
    // Sends what is queued, then closes; closed() follows.
    virtual void closeAfterWrite() = 0;
    // Drops the connection now; closed() follows.
    virtual void abort() = 0;
    virtual QHostAddress peer() const = 0;

Q_SIGNALS:
    void readable();
    // The connection is gone; nothing more can be read or written.
    void closed();
};

// Over a QTcpSocket or an encrypted QSslSocket (which it takes over).
class SocketTransport : public HttpTransport
{
    Q_OBJECT
public:
    explicit SocketTransport(QTcpSocket* socket, QObject* parent = nullptr);

    bool readInto(QByteArray& buffer) override;
    bool write(const QByteArray& bytes) override;
    void setReading(bool on) override;
    void closeAfterWrite() override;
    void abort() override;
    QHostAddress peer() const override;

private:
    // Closing with unread bytes makes the system reset the connection, and the answer on its way
    // (a 413 for a body refused at its head) can be lost: what still arrives is read and dropped
    // until the client has been quiet for a moment (or a few seconds at most), then it closes.
    void linger();

    QTcpSocket* m_socket;
    bool m_reading = true;
    bool m_closed = false;
    bool m_lingering = false;
    QTimer* m_quiet = nullptr;
    QElapsedTimer m_lingerStarted;
};

#if PHONEFLEET_UNIX_PATHS
// Straight on a connected, non-blocking socket descriptor (plain HTTP on Unix): one recv() for
// what has arrived and one send() per answer, without QAbstractSocket's buffers and signals in
// between. This is what lets phonefleetd serve files as fast as nginx does.
class DescriptorTransport : public HttpTransport
{
    Q_OBJECT
public:
    DescriptorTransport(int descriptor, const QHostAddress& peer, QObject* parent = nullptr);
    ~DescriptorTransport() override;

    bool readInto(QByteArray& buffer) override;
    bool write(const QByteArray& bytes) override;
    void setReading(bool on) override;
    void closeAfterWrite() override;
    void abort() override;
    QHostAddress peer() const override { return m_peer; }

private:
    void flushPending();
    void finishClose();
    void release();

    int m_fd;
    QHostAddress m_peer;
    DescriptorNotifier* m_readNotifier;
    DescriptorNotifier* m_writeNotifier;
    QByteArray m_pending; // not yet taken by the kernel, from m_pendingOffset on
    qsizetype m_pendingOffset = 0;
    bool m_closeRequested = false;
    bool m_halfClosed = false; // our side is shut down; waiting for the peer's end
    bool m_reading = true;
};
#endif
