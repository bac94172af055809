#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

// HTTP/1.1 over a plain socket, byte for byte: the request target goes out exactly as given
// (no URL normalisation, unlike QNetworkAccessManager), from a chosen loopback address, so tests
// can send traversal attempts and look like many clients.
struct RawResponse
{
    int status = 0; // 0: no answer
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray error;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return h.second;
            }
        }
        return {};
    }
    QByteArrayList headerNames() const
    {
        QByteArrayList names;
        for (const auto& h : headers) {
            names.append(h.first.toLower());
        }
        return names;
    }
};

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// Connects (from `from`, a 127.x.y.z address on Linux) and sends the request; the socket is
// left for readRawResponse().
inline std::unique_ptr<QTcpSocket> sendRawRequest(quint16 port, const QByteArray& method, const QByteArray& target,
                                                  const RawHeaders& headers = {}, const QByteArray& body = {},
                                                  const QHostAddress& from = QHostAddress::LocalHost, bool tls = false)
{
    std::unique_ptr<QTcpSocket> socket;
    if (tls) {
        auto ssl = std::make_unique<QSslSocket>();
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket = std::move(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
    }
    socket->bind(from);
    if (tls) {
        static_cast<QSslSocket*>(socket.get())->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!static_cast<QSslSocket*>(socket.get())->waitForEncrypted(10000)) {
            return socket;
        }
    } else {
        socket->connectToHost(QHostAddress::LocalHost, port);
        if (!socket->waitForConnected(10000)) {
            return socket;
        }
    }
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto& h : headers) {
        request += h.first + ": " + h.second + "\r\n";
    }
    if (!body.isEmpty() || method == "POST") {
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    request += "\r\n" + body;
    socket->write(request);
    socket->flush();
    return socket;
}

inline RawResponse readRawResponse(QTcpSocket& socket, bool headOnly = false, int timeoutMs = 15000)
{
    RawResponse r;
    QByteArray data;
    qsizetype headerEnd = -1;
    qint64 length = -1;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (headerEnd < 0) {
            headerEnd = data.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const QByteArrayList lines = data.left(headerEnd).split('\n');
                const QByteArrayList statusLine = lines.first().trimmed().split(' ');
                r.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0) {
                        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                    }
                }
                const QByteArray cl = r.header("Content-Length");
                length = headOnly || r.status == 304 ? 0 : (cl.isEmpty() ? -1 : cl.toLongLong());
            }
        }
        if (headerEnd >= 0 && length >= 0 && data.size() >= headerEnd + 4 + length) {
            r.body = data.mid(headerEnd + 4, length);
            return r;
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            break;
        }
        if (socket.bytesAvailable() == 0) {
            socket.waitForReadyRead(100);
        }
        data += socket.readAll();
    }
    if (headerEnd >= 0 && length < 0) {
        r.body = data.mid(headerEnd + 4);
        return r;
    }
    r.status = headerEnd >= 0 ? r.status : 0;
    r.error = "no complete answer: " + socket.errorString().toUtf8();
    return r;
}

// The same to another host than 127.0.0.1 (a simulated phone's own address).
inline RawResponse rawRequestTo(const QHostAddress& host, quint16 port, const QByteArray& method,
                                const QByteArray& target, const RawHeaders& headers = {}, const QByteArray& body = {})
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    RawResponse r;
    if (!socket.waitForConnected(5000)) {
        r.error = "cannot connect: " + socket.errorString().toUtf8();
        return r;
    }
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + host.toString().toLatin1() + "\r\n";
    for (const auto& h : headers) {
        request += h.first + ": " + h.second + "\r\n";
    }
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request);
    socket.flush();
    return readRawResponse(socket, method == "HEAD", 5000);
}

inline RawResponse rawRequest(quint16 port, const QByteArray& method, const QByteArray& target,
                              const RawHeaders& headers = {}, const QByteArray& body = {},
                              const QHostAddress& from = QHostAddress::LocalHost, bool tls = false)
{
    std::unique_ptr<QTcpSocket> socket = sendRawRequest(port, method, target, headers, body, from, tls);
    return readRawResponse(*socket, method == "HEAD");
}
