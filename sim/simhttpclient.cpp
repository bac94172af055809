#include "simhttpclient.h"

#include <algorithm>

#include <QNetworkProxy>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace {
constexpr int timeoutMs = 30000;

// Reads one HTTP answer from what arrived so far; true once it is complete.
bool parseAnswer(const QByteArray& data, SimResponse* r)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    r->status = status.size() > 1 ? status.at(1).toInt() : 0;
    r->headers.clear();
    qint64 length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            r->headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                length = value.toLongLong();
            }
        }
    }
    if (length < 0 || data.size() < end + 4 + length) {
        return false;
    }
    r->body = data.mid(end + 4, length);
    return true;
}
} // namespace

QByteArray SimResponse::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

SimHttpClient::SimHttpClient(const QUrl& server, int maxConnections, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_host(server.authority().toUtf8())
    , m_maxConnections(maxConnections)
    , m_expiry(new QTimer(this))
{
    m_clock.start();
    m_expiry->setInterval(250);
    connect(m_expiry, &QTimer::timeout, this, &SimHttpClient::expire);
    m_expiry->start();
}

void SimHttpClient::expire()
{
    const qint64 now = m_clock.elapsed();
    while (!m_deadlines.empty() && m_deadlines.front().atMs <= now) {
        const std::function<void()> fail = std::move(*m_deadlines.front().expire);
        m_deadlines.pop_front();
        if (fail) {
            fail();
        }
    }
}

void SimHttpClient::request(const QHostAddress& from, const QByteArray& method, const QByteArray& target,
                            const QByteArray& body, const SimHeaders& headers, Done done)
{
    m_queue.push_back({from, method, target, body, headers, std::move(done)});
    startNext();
}

SimHttpClient::Latency SimHttpClient::takeLatency()
{
    Latency l;
    l.answered = static_cast<int>(m_latenciesMs.size());
    if (m_latenciesMs.empty()) {
        return l;
    }
    std::sort(m_latenciesMs.begin(), m_latenciesMs.end());
    const auto at = [this](double q) {
        return static_cast<double>(
            m_latenciesMs[static_cast<size_t>(q * static_cast<double>(m_latenciesMs.size() - 1))]);
    };
    l.p50Ms = at(0.5);
    l.p99Ms = at(0.99);
    l.maxMs = static_cast<double>(m_latenciesMs.back());
    m_latenciesMs.clear();
    return l;
}

void SimHttpClient::startNext()
{
    while (m_inFlight < m_maxConnections && !m_queue.empty()) {
        Request next = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        send(std::move(next));
    }
}

void SimHttpClient::finished()
{
    --m_inFlight;
    // Not from inside the socket's signal: the next request may fail at once.
    QTimer::singleShot(0, this, &SimHttpClient::startNext);
}

void SimHttpClient::send(Request request)
{
    const bool tls = m_server.scheme() == QLatin1String("https");
    QTcpSocket* socket = nullptr;
    if (tls) {
        auto* ssl = new QSslSocket(this);
        // A simulated phone has no trust store of its own: it takes the server it is pointed at.
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    // A phone talks to its server directly. Without this Qt asks the system's proxy settings
    // (libproxy, which reads /etc/services) for every connection: a fifth of the simulator's
    // time in a 100 000-phone storm.
    socket->setProxy(QNetworkProxy::NoProxy);
    auto* buffer = new QByteArray;
    auto done = std::make_shared<Done>(std::move(request.done));
    auto answered = std::make_shared<bool>(false);
    const qint64 startedNs = m_clock.nsecsElapsed();
    auto expiry = std::make_shared<std::function<void()>>();
    const auto finish = [this, socket, buffer, done, answered, startedNs, expiry](SimResponse r) {
        if (*answered) {
            return;
        }
        *answered = true;
        *expiry = nullptr; // (it holds this lambda: the cycle ends here)
        if (r.status != 0) {
            m_latenciesMs.push_back(static_cast<float>((m_clock.nsecsElapsed() - startedNs) / 1e6));
        }
        delete buffer;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        finished();
        (*done)(r);
    };
    QByteArray head = request.method + ' ' + request.target + " HTTP/1.1\r\nHost: " + m_host
        + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    for (const auto& h : request.headers) {
        head += h.first + ": " + h.second + "\r\n";
    }
    head += "\r\n" + request.body;
    *expiry = [finish] {
        SimResponse r;
        r.error = QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000);
        finish(r);
    };
    m_deadlines.push_back({m_clock.elapsed() + timeoutMs, expiry});
    connect(socket, &QAbstractSocket::readyRead, this, [socket, buffer, finish] {
        buffer->append(socket->readAll());
        SimResponse r;
        if (parseAnswer(*buffer, &r)) {
            finish(r);
        }
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [socket, buffer, finish](QAbstractSocket::SocketError) {
        SimResponse r;
        if (!parseAnswer(*buffer, &r)) {
            r = SimResponse();
            r.error = socket->errorString();
        }
        finish(r);
    });
    const QByteArray payload = head;
    if (tls) {
        connect(static_cast<QSslSocket*>(socket), &QSslSocket::encrypted, this,
                [socket, payload] { socket->write(payload); });
    } else {
        connect(socket, &QAbstractSocket::connected, this, [socket, payload] { socket->write(payload); });
    }
    if (!socket->bind(request.from)) {
        SimResponse r;
        r.error = QStringLiteral("cannot use the address %1: %2").arg(request.from.toString(), socket->errorString());
        QTimer::singleShot(0, this, [finish, r] { finish(r); });
        return;
    }
    const quint16 port = static_cast<quint16>(m_server.port(tls ? 443 : 80));
    if (tls) {
        static_cast<QSslSocket*>(socket)->connectToHostEncrypted(m_server.host(), port);
    } else {
        socket->connectToHost(m_server.host(), port);
    }
}
