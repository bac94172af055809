// phonefleetd's HTTP/1.1 on the wire, against the real process: persistent connections,
// pipelining, chunked bodies, 100-continue, HTTP/1.0, refusals that close the connection, and
// the keep-alive and request timeouts; over plain HTTP (descriptor transport) and HTTPS (Qt's
// TLS sockets).
#include "rawhttp.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString adminPassword = QStringLiteral("a-long-enough-password");

QByteArray keepAliveRequest(const QByteArray& mac, const QByteArray& extraHeaders = {})
{
    const QByteArray body = R"({"mac":")" + mac + R"(","ip":"10.1.2.3","model":"430HD","status":"registered"})";
    return "POST /rest/v1/ipphoneMgrStatus/keep-alive HTTP/1.1\r\nHost: pf\r\nUser-Agent: AUDC-IPPhone/3.4.3.1 (430HD; "
        + mac + ")\r\nContent-Type: application/json\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Signs in to the admin API; the session token, empty if that failed.
QByteArray signIn(quint16 port, const QString& name, const QString& password)
{
    const RawResponse login = rawRequest(
        port, "POST", "/api/v1/login", {{"Content-Type", "application/json"}},
        QJsonDocument(QJsonObject {{QStringLiteral("username"), name}, {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact));
    return login.status == 200
        ? QJsonDocument::fromJson(login.body).object().value(QStringLiteral("token")).toString().toLatin1()
        : QByteArray();
}

// One client connection that reads answers one at a time, keeping what came after each.
class Wire
{
public:
    bool open(quint16 port, bool tls = false, const QHostAddress& from = {})
    {
        if (tls) {
            auto ssl = std::make_unique<QSslSocket>();
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            const bool ok = ssl->waitForEncrypted(10000);
            m_socket = std::move(ssl);
            return ok;
        }
        m_socket = std::make_unique<QTcpSocket>();
        if (!from.isNull()) {
            m_socket->bind(from);
        }
        m_socket->connectToHost(QHostAddress::LocalHost, port);
        return m_socket->waitForConnected(10000);
    }
    void send(const QByteArray& bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }
    // The next answer; HEAD answers have no body whatever their Content-Length says.
    RawResponse next(bool headOnly = false, int timeoutMs = 10000)
    {
        RawResponse r;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArrayList lines = m_buffer.left(end).split('\n');
                const QByteArrayList status = lines.first().trimmed().split(' ');
                r.status = status.value(1).toInt();
                r.headers.clear();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                }
                const qint64 length =
                    headOnly || r.status < 200 || r.status == 304 ? 0 : r.header("Content-Length").toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    r.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return r;
                }
            }
            if (!fill(100)) {
                break;
            }
        }
        r.status = 0;
        r.error = "no complete answer";
        return r;
    }
    // The server closed the connection within ms (and sent nothing more).
    bool closedWithin(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            if (!fill(100)) {
                return m_buffer.isEmpty();
            }
        }
        return false;
    }
    bool isOpen() const { return m_socket->state() == QAbstractSocket::ConnectedState; }

private:
    // False once the connection is closed and everything in it has been read.
    bool fill(int waitMs)
    {
        if (m_socket->bytesAvailable() == 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->waitForReadyRead(waitMs);
        }
        m_buffer += m_socket->readAll();
        return m_socket->state() == QAbstractSocket::ConnectedState || m_socket->bytesAvailable() > 0;
    }

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};
} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pipelinedRequestsAreAnsweredInOrder_data();
    void pipelinedRequestsAreAnsweredInOrder();
    void chunkedBodyAndContinue();
    void http10ClosesUnlessAskedToKeepAlive();
    void badRequestsAreAnsweredThenClosed();
    void idleAndStalledConnectionsAreClosed();
    void bodiesAreJudgedByTheirHead();
    void tlsOffersOnlyStrongSuites();
    void slowSendersAndConnectionCaps();
    void uploadsGoToDiskNotMemory();

private:
    void start(ServerProcess& server, const QStringList& extra = {});
    QTemporaryDir m_dir;
    int m_servers = 0;
};

// Issue 20: a body was read whole before anything was checked (a 150 MB body to the keep-alive
// route, 16 bodies to a GET-only route, unauthenticated firmware uploads). Now the route, the
// method, authentication and the route's limit are decided on the head: the answer comes before a
// byte of the body is sent, and 100 Continue only once the request is accepted.
void TestHttpServer::bodiesAreJudgedByTheirHead()
{
    ServerProcess server;
    start(server);
    const auto refusedAtHead = [&](const QByteArray& head) {
        Wire wire;
        if (!wire.open(server.http)) {
            return RawResponse();
        }
        wire.send(head); // and no body at all: the answer must not wait for it
        return wire.next(false, 5000);
    };
    const QByteArray big = "Content-Length: 150000000\r\n";
    RawResponse r = refusedAtHead("POST /rest/v1/ipphoneMgrStatus/keep-alive HTTP/1.1\r\nHost: pf\r\n" + big
                                  + "Content-Type: application/json\r\n\r\n");
    QCOMPARE(r.status, 413);
    r = refusedAtHead("POST /configfiles/x.cfg HTTP/1.1\r\nHost: pf\r\n" + big + "\r\n");
    QCOMPARE(r.status, 405);
    r = refusedAtHead("POST /rest/v1/ipphoneMgrStatus/keep-alive HTTP/1.1\r\nHost: pf\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n8000000\r\n");
    QCOMPARE(r.status, 413);
    r = refusedAtHead("POST /api/v1/login HTTP/1.1\r\nHost: pf\r\nContent-Length: 1000000\r\n\r\n");
    QCOMPARE(r.status, 413);
    r = refusedAtHead("POST /api/v1/nothing-here HTTP/1.1\r\nHost: pf\r\n" + big + "\r\n");
    QCOMPARE(r.status, 404);

    // An upload that is not signed in: 401 at once, never 100 Continue.
    Wire anonymous;
    QVERIFY(anonymous.open(server.http));
    anonymous.send("POST /api/v1/firmware?name=430HD_3.5.0.7.img HTTP/1.1\r\nHost: pf\r\nExpect: 100-continue\r\n" + big
                   + "\r\n");
    r = anonymous.next(false, 5000);
    QCOMPARE(r.status, 401);

    // Signed in: 100 Continue, then the body is read.
    const QByteArray token = signIn(server.http, QStringLiteral("admin"), adminPassword);
    QVERIFY(!token.isEmpty());
    Wire signedIn;
    QVERIFY(signedIn.open(server.http));
    signedIn.send("POST /api/v1/firmware?name=430HD_3.5.0.7.img HTTP/1.1\r\nHost: pf\r\nExpect: 100-continue\r\n"
                  "Authorization: Bearer "
                  + token + "\r\n" + big + "\r\n");
    r = signedIn.next(false, 5000);
    QCOMPARE(r.status, 100);
}

// Issue 20: bodies were held whole in memory (16 uploads of 150 MB peaked at 1.6 GB). A
// firmware image now goes to a temporary file under the data folder as it comes and from there
// into the database a megabyte at a time; the file is gone once the upload is answered, or
// when the client gives up half-way. (The memory figures are bench/uploads.sh's.)
void TestHttpServer::uploadsGoToDiskNotMemory()
{
#ifndef Q_OS_LINUX
    QSKIP("looks at the server's open files in /proc");
#endif
    ServerProcess server;
    start(server);
    const QString uploads = m_dir.filePath(QString::number(m_servers)) + QStringLiteral("/uploads/");
    // The files the server holds open in its uploads folder. (On Linux Qt makes them without a
    // name, O_TMPFILE, so that not even a crash leaves one behind: they are seen only there.)
    const auto spooled = [&] {
        QFileInfoList open;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(server.pid()));
        for (const QFileInfo& fd : fds.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
            if (fd.symLinkTarget().startsWith(uploads)) {
                open.append(fd);
            }
        }
        return open;
    };
    const QByteArray token = signIn(server.http, QStringLiteral("admin"), adminPassword);
    QVERIFY(!token.isEmpty());

    // 24 MB that differ all along (so that a piece stored twice or out of order shows).
    QByteArray image;
    image.reserve(24 * 1024 * 1024);
    for (quint32 i = 0; image.size() < 24 * 1024 * 1024; ++i) {
        image.append(reinterpret_cast<const char*>(&i), sizeof i);
    }
    const QByteArray head =
        "POST /api/v1/firmware?name=430HD_3.5.0.9.img HTTP/1.1\r\nHost: pf\r\nAuthorization: Bearer " + token
        + "\r\nContent-Length: " + QByteArray::number(image.size()) + "\r\n\r\n";
    Wire wire;
    QVERIFY(wire.open(server.http));
    wire.send(head + image.left(image.size() / 2));
    // Half-way: the half that came is in a file of its own, not in the server's memory (but for
    // what the file's own write buffer may hold until the next piece: 64 KiB is plenty).
    QTRY_VERIFY_WITH_TIMEOUT(!spooled().isEmpty() && spooled().constFirst().size() >= image.size() / 2 - 64 * 1024,
                             30000);
    wire.send(image.mid(image.size() / 2));
    RawResponse r = wire.next(false, 60000);
    QCOMPARE(r.status, 201);
    const qint64 id = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("size")).toInteger(), image.size());
    QTRY_VERIFY_WITH_TIMEOUT(spooled().isEmpty(), 5000);
    r = rawRequest(server.http, "GET", "/api/v1/firmware/" + QByteArray::number(id) + "/content",
                   {{"Authorization", "Bearer " + token}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == image);
    // Phones get the same bytes.
    r = rawRequest(server.http, "GET", "/firmwarefiles/430HD_3.5.0.9.img");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == image);

    // A client that gives up half-way leaves nothing behind.
    {
        Wire quitter;
        QVERIFY(quitter.open(server.http));
        quitter.send(head + image.left(1024 * 1024));
        QTRY_VERIFY_WITH_TIMEOUT(!spooled().isEmpty(), 10000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(spooled().isEmpty(), 10000);

    // An account that may not upload learns so at the head: it never gets a file to fill.
    const auto post = [&](const QByteArray& target, const QJsonObject& body, const QByteArray& bearer) {
        return rawRequest(server.http, "POST", target,
                          {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + bearer}},
                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    QCOMPARE(post("/api/v1/admins",
                  {{QStringLiteral("name"), QStringLiteral("watcher")},
                   {QStringLiteral("role"), QStringLiteral("regional")},
                   {QStringLiteral("regionLevels"), QJsonArray()},
                   {QStringLiteral("password"), adminPassword}},
                  token)
                 .status,
             201);
    const QByteArray watcher = signIn(server.http, QStringLiteral("watcher"), adminPassword);
    QVERIFY(!watcher.isEmpty());
    Wire refused;
    QVERIFY(refused.open(server.http));
    refused.send("POST /api/v1/firmware?name=430HD_3.5.0.8.img HTTP/1.1\r\nHost: pf\r\nAuthorization: Bearer " + watcher
                 + "\r\nContent-Length: 150000000\r\n\r\n");
    QCOMPARE(refused.next(false, 5000).status, 403);
    QVERIFY(spooled().isEmpty());

    // Sixteen uploads at a time; the next is told to come back (503, Retry-After) at its head.
    std::vector<std::unique_ptr<Wire>> uploading;
    for (int i = 0; i < 16; ++i) {
        uploading.push_back(std::make_unique<Wire>());
        QVERIFY(uploading.back()->open(server.http));
        uploading.back()->send(head + image.left(1000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(spooled().size(), 16, 10000);
    Wire next;
    QVERIFY(next.open(server.http));
    next.send(head);
    const RawResponse busy = next.next(false, 5000);
    QCOMPARE(busy.status, 503);
    QVERIFY(!busy.header("Retry-After").isEmpty());
    uploading.clear();
    QTRY_VERIFY_WITH_TIMEOUT(spooled().isEmpty(), 10000);
}

// Issue 20: TLS 1.2 offered CBC-SHA1 suites and negotiated PSK ones. Checked with OpenSSL's own
// client: what it may and may not agree on with phonefleetd.
void TestHttpServer::tlsOffersOnlyStrongSuites()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QSKIP("no openssl command");
    }
    ServerProcess server;
    start(server);
    const auto handshake = [&](const QStringList& options) {
        QProcess client;
        client.start(QStringLiteral("openssl"),
                     QStringList {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                  QStringLiteral("127.0.0.1:%1").arg(server.https)}
                         + options);
        client.closeWriteChannel();
        client.waitForFinished(20000);
        return QString::fromUtf8(client.readAllStandardOutput() + client.readAllStandardError());
    };
    const auto agreed = [](const QString& output) {
        const QRegularExpression cipher(QStringLiteral("Cipher is ([A-Z0-9_-]+)"));
        const QString name = cipher.match(output).captured(1);
        return name == QLatin1String("0000") ? QString() : name;
    };
    QString out = handshake({QStringLiteral("-tls1_3")});
    QVERIFY2(agreed(out).startsWith(QLatin1String("TLS_")), qPrintable(out.right(800)));
    out = handshake(
        {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")});
    QCOMPARE(agreed(out), QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"));
    for (const char* weak : {"ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA384", "AES128-SHA",
                             "PSK-AES128-GCM-SHA256", "ECDHE-PSK-CHACHA20-POLY1305"}) {
        out = handshake({QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QLatin1String(weak),
                         QStringLiteral("-psk"), QStringLiteral("00112233445566778899aabbccddeeff")});
        QVERIFY2(agreed(out).isEmpty(), qPrintable(QLatin1String(weak) + u' ' + out.right(400)));
    }
}

// Issue 20: 1 100 connections each sending a byte every 5 s took every descriptor, and nothing
// capped one address. Now a head must arrive whole in --header-timeout, a body at
// --min-body-rate, and one address holds at most --max-connections-per-address connections.
void TestHttpServer::slowSendersAndConnectionCaps()
{
    ServerProcess server;
    start(server,
          {QStringLiteral("--header-timeout"), QStringLiteral("2"), QStringLiteral("--min-body-rate"),
           QStringLiteral("100000"), QStringLiteral("--max-connections-per-address"), QStringLiteral("3"),
           QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.20")});
    const auto trickle = [&](Wire& wire, const QByteArray& first, const QByteArray& drop) {
        wire.send(first);
        QElapsedTimer timer;
        timer.start();
        RawResponse r;
        while (timer.elapsed() < 8000 && wire.isOpen()) {
            wire.send(drop); // well within --request-timeout each time: only the deadline ends it
            r = wire.next(false, 500);
            if (r.status != 0) {
                return qMakePair(r.status, timer.elapsed());
            }
        }
        return qMakePair(0, timer.elapsed());
    };
    {
        Wire head;
        QVERIFY(head.open(server.http));
        const auto slowHead = trickle(head, "GET /ipp/dhcpoption160.cfg HTTP/1.1\r\nHost: pf\r\n", "X-A: b\r\n");
        QCOMPARE(slowHead.first, 408);
        QVERIFY2(slowHead.second < 5000, QByteArray::number(slowHead.second).constData());
        QVERIFY(head.closedWithin(3000));
        Wire body;
        QVERIFY(body.open(server.http));
        const auto slowBody = trickle(body,
                                      "POST /rest/v1/ipphoneMgrStatus/keep-alive HTTP/1.1\r\nHost: pf\r\n"
                                      "Content-Length: 60000\r\n\r\n",
                                      QByteArray(10, 'x'));
        QCOMPARE(slowBody.first, 408);
        QVERIFY2(slowBody.second < 5000, QByteArray::number(slowBody.second).constData());
        QVERIFY(body.closedWithin(3000));
    }
    QTest::qWait(300); // the server has let them go

    // Three connections from one address are held; the fourth is turned away at once.
    Wire held[3];
    for (Wire& w : held) {
        QVERIFY(w.open(server.http));
    }
    QTest::qWait(200);
    for (Wire& w : held) {
        QVERIFY(w.isOpen()); // none of the three was turned away
    }
    Wire fourth;
    QVERIFY(fourth.open(server.http));
    const RawResponse busy = fourth.next(false, 3000);
    QCOMPARE(busy.status, 503);
    QVERIFY(!busy.header("Retry-After").isEmpty());
    QVERIFY(fourth.closedWithin(3000));
    // Another address is not affected, and the held ones still work.
    QCOMPARE(rawRequest(server.http, "GET", "/ipp/dhcpoption160.cfg", {}, {}, QHostAddress(QStringLiteral("127.0.0.9")))
                 .status,
             200);
    held[0].send("GET /ipp/dhcpoption160.cfg HTTP/1.1\r\nHost: pf\r\n\r\n");
    QCOMPARE(held[0].next().status, 200);
    // A trusted reverse proxy carries many clients' connections: the per-address cap is not its.
    Wire proxied[5];
    for (Wire& w : proxied) {
        QVERIFY(w.open(server.http, false, QHostAddress(QStringLiteral("127.0.0.20"))));
    }
    for (Wire& w : proxied) {
        w.send("GET /ipp/dhcpoption160.cfg HTTP/1.1\r\nHost: pf\r\nX-Forwarded-For: 10.1.2.3\r\n\r\n");
        QCOMPARE(w.next().status, 200);
    }
}

void TestHttpServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHttpServer::start(ServerProcess& server, const QStringList& extra)
{
    const QString dir = m_dir.filePath(QString::number(++m_servers));
    QString error;
    QVERIFY2(server.start(QStringList {QStringLiteral("--database"), QStringLiteral("sqlite:") + dir + "/pf.db",
                                       QStringLiteral("--data-dir"), dir, QStringLiteral("--admin-user"),
                                       QStringLiteral("admin")}
                              + extra,
                          adminPassword, &error),
             qPrintable(error));
}

void TestHttpServer::pipelinedRequestsAreAnsweredInOrder_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestHttpServer::pipelinedRequestsAreAnsweredInOrder()
{
    QFETCH(bool, tls);
    ServerProcess server;
    start(server);
    Wire wire;
    QVERIFY(wire.open(tls ? server.https : server.http, tls));
    // Two reports (answered after their commit), a file (answered at once) and a HEAD, in one
    // write: the answers must come back in the order asked, on the same connection.
    wire.send(keepAliveRequest("00908F000001") + keepAliveRequest("00908F000002")
              + "GET /ipp/dhcpoption160.cfg HTTP/1.1\r\nHost: pf\r\n\r\n"
              + "HEAD /ipp/dhcpoption160.cfg HTTP/1.1\r\nHost: pf\r\n\r\n");
    for (int i = 0; i < 2; ++i) {
        const RawResponse r = wire.next();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(QJsonDocument::fromJson(r.body).object().contains(QStringLiteral("Requests")));
        QVERIFY(!r.header("Date").isEmpty());
    }
    const RawResponse file = wire.next();
    QCOMPARE(file.status, 200);
    QVERIFY2(file.body.contains("/ipp/"), file.body.constData());
    const RawResponse head = wire.next(true);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length").toLongLong(), file.body.size());
    QCOMPARE(head.header("ETag"), file.header("ETag"));
    // Still open for more, and a conditional GET on it is a 304 without a body.
    wire.send("GET /ipp/dhcpoption160.cfg HTTP/1.1\r\nHost: pf\r\nIf-None-Match: " + file.header("ETag") + "\r\n\r\n");
    const RawResponse unchanged = wire.next();
    QCOMPARE(unchanged.status, 304);
    QVERIFY(unchanged.header("Content-Length").isEmpty());
    QVERIFY(wire.isOpen());
}

void TestHttpServer::chunkedBodyAndContinue()
{
    ServerProcess server;
    start(server);
    Wire wire;
    QVERIFY(wire.open(server.http));
    const QByteArray body = R"({"mac":"00908F000003","ip":"10.1.2.3","model":"430HD","status":"registered"})";
    const QByteArray head = "POST /rest/v1/ipphoneMgrStatus/keep-alive HTTP/1.1\r\nHost: pf\r\n"
                            "User-Agent: AUDC-IPPhone/3.4.3.1 (430HD; 00908F000003)\r\n";
    wire.send(head + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n"
              + QByteArray::number(body.size() - 10, 16) + "\r\n" + body.mid(10) + "\r\n0\r\n\r\n");
    QCOMPARE(wire.next().status, 200);

    // Expect: 100-continue: the server says go on before the body is sent.
    wire.send(head + "Expect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    QCOMPARE(wire.next().status, 100);
    wire.send(body);
    QCOMPARE(wire.next().status, 200);

    // Refused at the head: a report over the phones' 64 KiB limit gets its 413 before its body is
    // read, and the connection closes (the body on its way is never read or stored).
    const QByteArray big(70 * 1024, 'x');
    wire.send(head + "Content-Length: " + QByteArray::number(big.size()) + "\r\n\r\n" + big);
    QCOMPARE(wire.next().status, 413);
    QVERIFY(wire.closedWithin(5000));
    // 3 MB in 1 MB chunks: refused at the first chunk's size.
    Wire chunked;
    QVERIFY(chunked.open(server.http));
    QByteArray chunks;
    for (int i = 0; i < 3; ++i) {
        chunks += QByteArray::number(1024 * 1024, 16) + "\r\n" + QByteArray(1024 * 1024, 'y') + "\r\n";
    }
    chunked.send(head + "Transfer-Encoding: chunked\r\n\r\n" + chunks + "0\r\n\r\n");
    QCOMPARE(chunked.next().status, 413);
    QVERIFY(chunked.closedWithin(5000));
    // An attacker who goes on sending after the 413 (what the server drops before closing, so
    // that the answer is not lost) cannot hold the connection: cut within seconds, on plain HTTP
    // and on HTTPS (Qt's sockets, the path Windows takes for both).
    for (const bool tls : {false, true}) {
        Wire stream;
        QVERIFY(stream.open(tls ? server.https : server.http, tls));
        stream.send(head + "Content-Length: " + QByteArray::number(big.size()) + "\r\n\r\n");
        QCOMPARE(stream.next(true).status, 413);
        QElapsedTimer held;
        held.start();
        while (stream.isOpen() && held.elapsed() < 15000) {
            stream.send(QByteArray(1024, 'z'));
            QTest::qWait(50);
        }
        QVERIFY2(!stream.isOpen(), tls ? "HTTPS held open" : "HTTP held open");
        QVERIFY2(held.elapsed() < 10000, qPrintable(QString::number(held.elapsed())));
    }
}

void TestHttpServer::http10ClosesUnlessAskedToKeepAlive()
{
    ServerProcess server;
    start(server);
    Wire once;
    QVERIFY(once.open(server.http));
    once.send("GET /ipp/dhcpoption160.cfg HTTP/1.0\r\n\r\n");
    const RawResponse r = once.next();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Connection").toLower(), QByteArray("close"));
    QVERIFY(once.closedWithin(5000));

    Wire kept;
    QVERIFY(kept.open(server.http));
    for (int i = 0; i < 2; ++i) {
        kept.send("GET /ipp/dhcpoption160.cfg HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const RawResponse again = kept.next();
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Connection").toLower(), QByteArray("keep-alive"));
    }
    // HTTP/1.1 asking to close gets its answer, then the close.
    kept.send("GET /ipp/dhcpoption160.cfg HTTP/1.1\r\nHost: pf\r\nConnection: close\r\n\r\n");
    QCOMPARE(kept.next().status, 200);
    QVERIFY(kept.closedWithin(5000));
}

void TestHttpServer::badRequestsAreAnsweredThenClosed()
{
    ServerProcess server;
    start(server);
    const struct
    {
        QByteArray request;
        int status;
    } cases[] = {
        {"GET /ipp/dhcpoption160.cfg HTTP/1.1\r\n\r\n", 400},
        {"POST /rest/v1/ipphoneMgrStatus/keep-alive HTTP/1.1\r\nHost: pf\r\nContent-Length: 5\r\n"
         "Transfer-Encoding: chunked\r\n\r\n",
         400},
        {"POST /api/v1/regions HTTP/1.1\r\nHost: pf\r\nTransfer-Encoding: gzip\r\n\r\n", 501},
        {"GET / HTTP/3.0\r\nHost: pf\r\n\r\n", 505},
        {"GET /" + QByteArray(40 * 1024, 'a') + " HTTP/1.1\r\nHost: pf\r\n\r\n", 414},
        {"GET / HTTP/1.1\r\nHost: pf\r\nX-Big: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n", 431},
        {"PUT /api/v1/firmware HTTP/1.1\r\nHost: pf\r\nContent-Length: 999999999999\r\n\r\n", 413},
        {QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n", 13), 400}, // TLS on the plain port
    };
    for (const auto& c : cases) {
        Wire wire;
        QVERIFY(wire.open(server.http));
        wire.send(c.request + "GET /ipp/dhcpoption160.cfg HTTP/1.1\r\nHost: pf\r\n\r\n");
        const RawResponse r = wire.next();
        QCOMPARE(r.status, c.status);
        QCOMPARE(r.header("Connection").toLower(), QByteArray("close"));
        QVERIFY2(!QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString().isEmpty(),
                 r.body.constData());
        QVERIFY2(wire.closedWithin(5000), "what follows a refused request is not read");
    }
    // The server is unharmed.
    QCOMPARE(rawRequest(server.http, "GET", "/ipp/dhcpoption160.cfg").status, 200);
}

void TestHttpServer::idleAndStalledConnectionsAreClosed()
{
    ServerProcess server;
    start(server,
          {QStringLiteral("--keep-alive-timeout"), QStringLiteral("1"), QStringLiteral("--request-timeout"),
           QStringLiteral("1")});
    Wire idle;
    QVERIFY(idle.open(server.http));
    idle.send("GET /ipp/dhcpoption160.cfg HTTP/1.1\r\nHost: pf\r\n\r\n");
    QCOMPARE(idle.next().status, 200);
    QVERIFY(idle.isOpen());
    QVERIFY2(idle.closedWithin(5000), "an idle connection outlived --keep-alive-timeout");

    Wire stalled;
    QVERIFY(stalled.open(server.http));
    stalled.send("GET /ipp/dhcpoption160.cfg HTTP/1.1\r\nHo");
    const RawResponse r = stalled.next(false, 5000);
    QCOMPARE(r.status, 408);
    QVERIFY(stalled.closedWithin(5000));

    // A client that connects and says nothing is closed as idle, on HTTPS before any handshake too.
    Wire silent;
    QVERIFY(silent.open(server.http));
    QVERIFY(silent.closedWithin(5000));
    Wire noHandshake;
    QVERIFY(noHandshake.open(server.https)); // plain TCP to the TLS port
    QVERIFY(noHandshake.closedWithin(5000));
    // A stalled TLS client is timed out the same way.
    Wire tlsStalled;
    QVERIFY(tlsStalled.open(server.https, true));
    tlsStalled.send("GET /ipp/dhcpoption160.cfg HTTP/1.1\r\nHo");
    QCOMPARE(tlsStalled.next(false, 5000).status, 408);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
