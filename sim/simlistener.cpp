#include "simlistener.h"

#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr qsizetype maxRequest = 64 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Status";
    }
}

// The request once all of it is there; false while more is to come.
bool parseRequest(const QByteArray& data, SimRequest* r)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    r->method = first.value(0);
    r->path = first.value(1);
    qint64 length = 0;
    r->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            r->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0) {
                length = line.mid(colon + 1).trimmed().toLongLong();
            }
        }
    }
    if (data.size() < end + 4 + length) {
        return false;
    }
    r->body = data.mid(end + 4, length);
    return true;
}
} // namespace

QByteArray SimRequest::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

SimListener::SimListener(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    m_server.setMaxPendingConnections(1000);
    connect(&m_server, &QTcpServer::newConnection, this, &SimListener::accept);
}

bool SimListener::listen(int port, QString* error)
{
    if (!m_server.listen(QHostAddress::AnyIPv4, static_cast<quint16>(port))) {
        *error = QStringLiteral("cannot listen on port %1: %2").arg(port).arg(m_server.errorString());
        return false;
    }
    return true;
}

void SimListener::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        bool isV4 = false;
        const quint32 local = socket->localAddress().toIPv4Address(&isV4);
        if (!isV4 || (local >> 24) != 127) {
            socket->abort(); // only the simulated phones' loopback addresses answer
            socket->deleteLater();
            continue;
        }
        auto* buffer = new QByteArray;
        connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QAbstractSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (buffer->size() > maxRequest) {
                socket->abort();
                return;
            }
            SimRequest request;
            if (!parseRequest(*buffer, &request)) {
                return;
            }
            request.phoneAddress = socket->localAddress();
            SimAnswer answer;
            if (!m_handler(request, &answer)) {
                socket->abort();
                return;
            }
            const QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status)
                + "\r\nContent-Type: " + answer.contentType + "\r\nContent-Length: "
                + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n";
            const QByteArray bytes = head + answer.body;
            if (m_answerDelayMs > 0 && request.method != "GET") {
                buffer->clear();
                QTimer::singleShot(m_answerDelayMs, socket, [socket, bytes] {
                    socket->write(bytes);
                    socket->disconnectFromHost();
                });
                return;
            }
            socket->write(bytes);
            socket->disconnectFromHost();
        });
    }
}
