// phonefleetd as phones see it: a real server process on 127.0.0.1, driven with real HTTP
// (alarms: tst_phonealarms.cpp).
// PHONEFLEET_TEST_BACKEND chooses SQLite or a throwaway PostgreSQL cluster.
#include "phoneserverfixture.h"
#include "waitfor.h"

#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>

using namespace PhoneServerTest;

class TestPhoneServer : public PhoneServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusesToStartWithoutAdministrator();
    void keepAliveCreatesAndUpdatesPhone();
    void keepAliveRefusesBadReports();
    void commandsAreDeliveredOnce();
    void zeroTouchAddsPhoneToRegion();
    void systemUrlLeavesPhonePending();
    void deviceFileNeedsItsCredentials();
    void refusalsLookAlikeAndAreRateLimited();
    void traversalIsNotFound();
    void firmwareByNameAndDefaultName();
    void silentPhonesBecomeDisconnected();
    void httpsServesWithThePrintedCertificate();
    void sigtermDrainsInFlightReports();
    void twoNodesShareOneDatabase();
};

void TestPhoneServer::initTestCase()
{
    PHONEFLEET_START_BACKEND(m_backend);
}

void TestPhoneServer::cleanupTestCase()
{
    m_backend.stop();
}

void TestPhoneServer::refusesToStartWithoutAdministrator()
{
    const QString db = newDatabase();
    for (const QString& password : {QString(), QStringLiteral("short")}) {
        ServerProcess server;
        QString error;
        QVERIFY(!server.start({QStringLiteral("--database"), db, QStringLiteral("--data-dir"),
                               m_backend.path(QStringLiteral("noadmin")), QStringLiteral("--admin-user"),
                               QStringLiteral("admin")},
                              password, &error));
        QVERIFY2(error.contains(QLatin1String("PHONEFLEET_ADMIN_PASSWORD")), qPrintable(error));
    }
    ServerProcess server;
    QString error;
    QVERIFY(!server.start(
        {QStringLiteral("--database"), db, QStringLiteral("--data-dir"), m_backend.path(QStringLiteral("noadmin"))},
        adminPassword, &error));
    QVERIFY2(error.contains(QLatin1String("--admin-user")), qPrintable(error));
    // Nothing was created on the way.
    QCOMPARE(openStore(db)->admins().count().value(), 0);
}

void TestPhoneServer::keepAliveCreatesAndUpdatesPhone()
{
    const QString db = newDatabase();
    ServerProcess server;
    startServer(server, db);
    const QByteArray sample = readTestData(QStringLiteral("samples/keepalive.json"));
    RawResponse r = rawRequest(
        server.http, "POST", keepAlivePath,
        {{"User-Agent", "AUDC-IPPhone/3.4.3.1 (430HD; 00908F1A2B01)"}, {"Content-Type", "application/json"}}, sample);
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Requests")).toArray().size(), 0);

    auto store = openStore(db);
    Device d = store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F1A2B01"))).value();
    QCOMPARE(d.approval, ApprovalState::Pending); // reported through the system URL: waits for an admin
    QCOMPARE(d.model, QStringLiteral("430HD"));
    QCOMPARE(d.firmwareVersion, QStringLiteral("3.4.3.1"));
    QCOMPARE(d.ipAddress, QStringLiteral("10.20.30.41"));
    QCOMPARE(d.subnet, QStringLiteral("255.255.255.0"));
    QCOMPARE(d.sipStatus, SipStatus::Registered);
    QCOMPARE(d.phoneNumber, QStringLiteral("4071"));
    QCOMPARE(d.reportedUser, QStringLiteral("alice.moreau")); // no such user yet
    QVERIFY(d.lastReport.isValid());
    const QDateTime firstChange = d.lastStatusChange;

    // What decides who gets the phone's secrets changes only once the phone proved itself:
    // approved, it gets its file with its own credentials, and its next report from that
    // address pins its emsUserPassword (docs/server.md, "Who can get what").
    d.approval = ApprovalState::Approved;
    d = store->devices().update(d).value();
    const RawHeaders credentials = {
        {"Authorization", "Basic " + (d.provisioningUser + u':' + d.provisioningSecret).toUtf8().toBase64()}};
    QVERIFY(waitFor(
        [&] { return rawRequest(server.http, "GET", "/configfiles/00908F1A2B01.cfg", credentials).status == 200; },
        5000));

    // The user appears; the phone reports again, unregistered: it moves to that user.
    User alice;
    alice.name = QStringLiteral("alice.moreau");
    alice = store->users().insert(alice).value();
    QTest::qWait(20);
    r = rawRequest(server.http, "POST", "/rest/v1/ipphoneMgrStatus/init", {},
                   keepAliveFor("00908F1A2B01", "unregistered"));
    QVERIFY2(r.status == 200, r.body.constData());
    d = store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F1A2B01"))).value();
    QCOMPARE(d.sipStatus, SipStatus::Unregistered);
    QCOMPARE(d.userId, alice.id);
    QVERIFY(d.reportedUser.isEmpty());
    QVERIFY(d.lastStatusChange > firstChange);
    // Signed in as another known user: it moves to that one; as an unknown one, it stays with
    // its user and the name is kept as reported.
    User bruno;
    bruno.name = QStringLiteral("bruno.keller");
    bruno = store->users().insert(bruno).value();
    r = rawRequest(server.http, "POST", keepAlivePath, {}, keepAliveFor("00908F1A2B01", "registered", "bruno.keller"));
    QVERIFY2(r.status == 200, r.body.constData());
    d = store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F1A2B01"))).value();
    QCOMPARE(d.userId, bruno.id);
    QVERIFY(d.reportedUser.isEmpty());
    r = rawRequest(server.http, "POST", keepAlivePath, {}, keepAliveFor("00908F1A2B01", "registered", "nobody.known"));
    d = store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F1A2B01"))).value();
    QCOMPARE(d.userId, bruno.id);
    QCOMPARE(d.reportedUser, QStringLiteral("nobody.known"));
    // A Teams build reported by its export name.
    QJsonObject teams = QJsonDocument::fromJson(keepAliveFor("00908F1A2B01")).object();
    teams.insert(QStringLiteral("model"), QStringLiteral("Audiocodes_420HD_LYNC"));
    r = rawRequest(server.http, "POST", keepAlivePath, {}, QJsonDocument(teams).toJson());
    QVERIFY2(r.status == 200, r.body.constData());
    d = store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F1A2B01"))).value();
    QCOMPARE(d.model, QStringLiteral("420HD"));
    QVERIFY(d.teams);
}

void TestPhoneServer::keepAliveRefusesBadReports()
{
    const QString db = newDatabase();
    ServerProcess server;
    startServer(server, db);
    struct Bad
    {
        QByteArray body;
        QByteArray userAgent;
        const char* says;
    };
    const Bad bad[] = {
        {"not json", {}, "not JSON"},
        {"[1,2]", {}, "JSON object"},
        {R"({"ip":"10.0.0.1"})", {}, "\\\"mac\\\" is missing"},
        {R"({"mac":"nonsense"})", {}, "not a MAC address"},
        {R"({"mac":"00908F000001","status":"dancing"})", {}, "not one of started"},
        {R"({"mac":"00908F000001"})", "AUDC-IPPhone/3.4.3.1 (430HD; 00908F000002)", "names MAC 00908F000002"},
    };
    for (const Bad& b : bad) {
        RawHeaders headers;
        if (!b.userAgent.isEmpty()) {
            headers.append({"User-Agent", b.userAgent});
        }
        const RawResponse r = rawRequest(server.http, "POST", keepAlivePath, headers, b.body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains(b.says), r.body.constData());
    }
    QCOMPARE(rawRequest(server.http, "GET", keepAlivePath).status, 405);
    QCOMPARE(rawRequest(server.http, "POST", keepAlivePath, {}, QByteArray(70000, ' ')).status, 413);
    QCOMPARE(openStore(db)->devices().count().value(), 0);
}

void TestPhoneServer::commandsAreDeliveredOnce()
{
    const QString db = newDatabase();
    ServerProcess server;
    startServer(server, db);
    QCOMPARE(rawRequest(server.http, "POST", keepAlivePath, {}, keepAliveFor("00908F0000C1")).status, 200);
    auto store = openStore(db);
    const Device d = store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F0000C1"))).value();
    const Device other = approvedDevice(*store, QStringLiteral("00908F0000C2"), QStringLiteral("Paris"), {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store->phoneStatus().queueCommand(d.id, R"({"cmd": "reset"})", now));
    QVERIFY(store->phoneStatus().queueCommand(d.id, R"({"cmd": "check-status"})", now));
    QVERIFY(store->phoneStatus().queueCommand(other.id, R"({"cmd": "update-config"})", now));

    // A report that proves nothing gets nothing; the phone's own (here with its HTTP
    // credentials, docs/server.md "Who can get what") gets its commands, once.
    RawResponse r = rawRequest(server.http, "POST", keepAlivePath, {}, keepAliveFor("00908F0000C1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Requests")).toArray().size(), 0);
    const RawHeaders credentials = {
        {"Authorization", "Basic " + (d.provisioningUser + u':' + d.provisioningSecret).toUtf8().toBase64()}};
    r = rawRequest(server.http, "POST", keepAlivePath, credentials, keepAliveFor("00908F0000C1"));
    QCOMPARE(r.status, 200);
    const QJsonArray requests = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Requests")).toArray();
    QCOMPARE(requests.size(), 2); // its own, none of the other phone's
    QCOMPARE(requests.at(0).toString(), QStringLiteral(R"({"cmd": "reset"})"));
    QCOMPARE(requests.at(1).toString(), QStringLiteral(R"({"cmd": "check-status"})"));
    r = rawRequest(server.http, "POST", keepAlivePath, credentials, keepAliveFor("00908F0000C1"));
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Requests")).toArray().size(), 0);
}

void TestPhoneServer::zeroTouchAddsPhoneToRegion()
{
    const QString db = newDatabase();
    {
        auto store = openStore(db);
        Region paris;
        paris.name = QStringLiteral("Paris");
        paris.provisioningSubnets = QStringLiteral("127.0.0.0/8");
        QVERIFY(store->regions().insert(paris));
        Region lyon;
        lyon.name = QStringLiteral("Lyon");
        lyon.provisioningSubnets = QStringLiteral("10.0.0.0/8");
        QVERIFY(store->regions().insert(lyon));
    }
    ServerProcess server;
    startServer(server, db);
    const RawHeaders agent = {{"User-Agent", "AUDC-IPPhone/3.4.3.1 (440HD; 00908F0000D1)"}};
    RawResponse r = rawRequest(server.http, "GET", "/ipp/region/Paris/00908F0000D1.cfg", agent);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QVERIFY(!r.header("ETag").isEmpty());
    QCOMPARE(cfgValue(r.body, QStringLiteral("ems_server/user_name")), QStringLiteral("00908F0000D1"));
    const QString secret = cfgValue(r.body, QStringLiteral("ems_server/user_password"));
    QCOMPARE(secret.size(), 32); // 128 bits
    auto store = openStore(db);
    const Device d = store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F0000D1"))).value();
    QCOMPARE(d.approval, ApprovalState::Approved);
    QCOMPARE(d.model, QStringLiteral("440HD"));
    QCOMPARE(store->regions().get(d.regionId)->name, QStringLiteral("Paris"));
    QCOMPARE(d.provisioningSecret, secret);
    // The shipped 440HD template, since Paris has none.
    QVERIFY2(r.body.contains("440HD") || !cfgValue(r.body, QStringLiteral("voip/line/0/enabled")).isEmpty(),
             r.body.constData());

    // A region whose subnets do not include the client: refused like any unknown phone.
    r = rawRequest(server.http, "GET", "/ipp/region/Lyon/440HD_00908F0000D2_conf.cfg", agent);
    QCOMPARE(r.status, 401);
    QVERIFY(!store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F0000D2"))));
    // A known phone asking through another region's folder is refused too.
    r = rawRequest(server.http, "GET", "/ipp/region/Lyon/00908F0000D1.cfg", agent);
    QCOMPARE(r.status, 401);
}

void TestPhoneServer::systemUrlLeavesPhonePending()
{
    const QString db = newDatabase();
    ServerProcess server;
    startServer(server, db);
    const RawResponse option160 = rawRequest(server.http, "GET", "/ipp/dhcpoption160.cfg");
    QCOMPARE(option160.status, 200);
    QVERIFY(option160.body.contains("provisioning/configuration/url=https://"));
    QVERIFY(option160.body.contains("/ipp/"));
    const RawResponse r = rawRequest(server.http, "GET", "/ipp/00908F0000E1.cfg",
                                     {{"User-Agent", "AUDC-IPPhone-430HD_UC_3.4.3.1/1.0.0000.0"}});
    QCOMPARE(r.status, 401);
    auto store = openStore(db);
    StoreResult<Device> d = store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F0000E1")));
    for (int i = 0; i < 50 && !d; ++i) {
        QTest::qWait(20);
        d = store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F0000E1")));
    }
    QVERIFY(d);
    QCOMPARE(d->approval, ApprovalState::Pending);
    QCOMPARE(d->model, QStringLiteral("430HD"));
}

void TestPhoneServer::deviceFileNeedsItsCredentials()
{
    const QString db = newDatabase();
    Device d;
    {
        auto store = openStore(db);
        d = approvedDevice(*store, QStringLiteral("00908F0000F1"), QStringLiteral("Berlin"), {});
    }
    ServerProcess server;
    startServer(server, db);
    const QByteArray path = "/configfiles/00908F0000F1.cfg";
    QCOMPARE(rawRequest(server.http, "GET", path, {}, {}, client(1)).status, 401);
    const QByteArray wrong = "Basic " + QByteArray("00908F0000F1:not-the-secret").toBase64();
    QCOMPARE(rawRequest(server.http, "GET", path, {{"Authorization", wrong}}, {}, client(1)).status, 401);
    const QByteArray right = "Basic " + (d.provisioningUser + u':' + d.provisioningSecret).toUtf8().toBase64();
    RawResponse r = rawRequest(server.http, "GET", path, {{"Authorization", right}}, {}, client(1));
    QCOMPARE(r.status, 200);
    QCOMPARE(cfgValue(r.body, QStringLiteral("ems_server/user_password")), d.provisioningSecret);
    const QByteArray etag = r.header("ETag");
    QVERIFY(etag.startsWith('"'));
    r = rawRequest(server.http, "GET", path, {{"Authorization", right}, {"If-None-Match", etag}}, {}, client(1));
    QCOMPARE(r.status, 304);
    QVERIFY(r.body.isEmpty());
    r = rawRequest(server.http, "HEAD", path, {{"Authorization", right}}, {}, client(1));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Length").toInt() > 100);
    // The per-model name a phone may ask for serves the same file.
    r = rawRequest(server.http, "GET", "/configfiles/430HD_00908F0000F1_conf.cfg", {{"Authorization", right}}, {},
                   client(1));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("ETag"), etag);

    // Digest, with curl as an independent client.
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                QStringLiteral("%{http_code}"), QStringLiteral("--digest"), QStringLiteral("-u"),
                d.provisioningUser + u':' + d.provisioningSecret,
                QStringLiteral("http://127.0.0.1:%1%2").arg(server.http).arg(QString::fromLatin1(path))});
    QVERIFY(curl.waitForFinished(20000));
    QCOMPARE(curl.readAllStandardOutput(), QByteArray("200"));
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                QStringLiteral("%{http_code}"), QStringLiteral("--digest"), QStringLiteral("-u"),
                d.provisioningUser + QStringLiteral(":guess"),
                QStringLiteral("http://127.0.0.1:%1%2").arg(server.http).arg(QString::fromLatin1(path))});
    QVERIFY(curl.waitForFinished(20000));
    QCOMPARE(curl.readAllStandardOutput(), QByteArray("401"));
    // Another phone's credentials open nothing here.
    Device other;
    {
        auto store = openStore(db);
        other = approvedDevice(*store, QStringLiteral("00908F0000F2"), QStringLiteral("Berlin"), {});
    }
    const QByteArray others = "Basic " + (other.provisioningUser + u':' + other.provisioningSecret).toUtf8().toBase64();
    QCOMPARE(rawRequest(server.http, "GET", path, {{"Authorization", others}}, {}, client(1)).status, 401);
}

void TestPhoneServer::refusalsLookAlikeAndAreRateLimited()
{
    const QString db = newDatabase();
    {
        auto store = openStore(db);
        approvedDevice(*store, QStringLiteral("00908F0000A1"), QStringLiteral("Berlin"), {});
    }
    ServerProcess server;
    startServer(server, db);
    const RawResponse unknown = rawRequest(server.http, "GET", "/configfiles/00908F0000A9.cfg", {}, {}, client(20));
    const RawResponse unauthorised =
        rawRequest(server.http, "GET", "/configfiles/00908F0000A1.cfg", {}, {}, client(20));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unauthorised.status, unknown.status);
    QCOMPARE(unauthorised.body, unknown.body);
    QCOMPARE(unauthorised.headerNames(), unknown.headerNames());
    QCOMPARE(unauthorised.header("Content-Type"), unknown.header("Content-Type"));
    // 20 misses a minute are allowed; the 21st is refused with 429, and so is the next request.
    for (int i = 3; i <= 20; ++i) {
        QCOMPARE(rawRequest(server.http, "GET", "/configfiles/00908F0001" + QByteArray::number(i + 10) + ".cfg", {}, {},
                            client(20))
                     .status,
                 401);
    }
    QCOMPARE(rawRequest(server.http, "GET", "/configfiles/00908F000199.cfg", {}, {}, client(20)).status, 429);
    const RawResponse limited = rawRequest(server.http, "GET", "/ipp/dhcpoption160.cfg", {}, {}, client(20));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("60"));
    // Another client is not affected.
    QCOMPARE(rawRequest(server.http, "GET", "/ipp/dhcpoption160.cfg", {}, {}, client(21)).status, 200);
    // Every refusal is in the activity log with the client's address.
    auto store = openStore(db);
    auto refusals = [&] {
        const QVector<AuditEntry> entries = store->auditLog().list().value();
        return std::count_if(entries.begin(), entries.end(), [](const AuditEntry& e) {
            return e.action == QLatin1String("phone file refused") && e.sourceAddress == client(20).toString();
        });
    };
    QTRY_COMPARE_WITH_TIMEOUT(refusals(), 21, 15000);
}

void TestPhoneServer::traversalIsNotFound()
{
    const QString db = newDatabase();
    ServerProcess server;
    startServer(server, db);
    const QByteArray targets[] = {
        "/configfiles/../../../../etc/passwd",
        "/configfiles/%2e%2e/%2e%2e/etc/passwd",
        "/configfiles/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/configfiles/%252e%252e%252fetc%252fpasswd",
        "/configfiles/..%5c..%5cetc%5cpasswd",
        "/configfiles/..\\..\\etc\\passwd",
        "/configfiles/00908F1A2B01.cfg%00.img",
        "/configfiles/.hidden.cfg",
        "/configfiles//etc/passwd",
        "/firmwarefiles/../configfiles/x.cfg",
        "/firmwarefiles/%2e%2e%2fconfigfiles%2fx.cfg",
        "/ipp/region/..%2f..%2f/00908F1A2B01.cfg",
        "/ipp/region/Paris/../../etc/passwd",
        "/etc/passwd",
        "/configfiles/%c0%ae%c0%ae/etc/passwd",
    };
    for (const QByteArray& target : targets) {
        const RawResponse r = rawRequest(server.http, "GET", target, {}, {}, client(30));
        QVERIFY2(r.status == 404 || r.status == 400,
                 qPrintable(QStringLiteral("%1 -> %2").arg(QString::fromLatin1(target)).arg(r.status)));
        QVERIFY2(!r.body.contains("root:"), target.constData());
    }
    // None of them counts as a phone's miss: the same client still gets files.
    QCOMPARE(rawRequest(server.http, "GET", "/ipp/dhcpoption160.cfg", {}, {}, client(30)).status, 200);
}

void TestPhoneServer::firmwareByNameAndDefaultName()
{
    const QString db = newDatabase();
    const QByteArray image = QByteArray("AUDC IMAGE VERSION=3.4.3.1\n") + QByteArray(200000, '\x5a');
    {
        auto store = openStore(db);
        FirmwareFile f;
        f.fileName = QStringLiteral("430HD_3.4.3.1.img");
        f.model = QStringLiteral("430HD");
        f.version = QStringLiteral("3.4.3.1");
        f.uploadedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store->setFirmwareContent(f, image));
    }
    ServerProcess server;
    startServer(server, db);
    RawResponse r = rawRequest(server.http, "GET", "/firmwarefiles/430HD_3.4.3.1.img");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(r.body, image);
    r = rawRequest(server.http, "GET", "/firmwarefiles/430HD.img");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, image);
    QCOMPARE(rawRequest(server.http, "GET", "/firmwarefiles/430HD.img", {{"If-None-Match", r.header("ETag")}}).status,
             304);
    QCOMPARE(rawRequest(server.http, "GET", "/firmwarefiles/440HD.img").status, 404);
}

void TestPhoneServer::silentPhonesBecomeDisconnected()
{
    const QString db = newDatabase();
    {
        auto store = openStore(db);
        QVERIFY(
            !store->settings().setValue(QStringLiteral("disconnect_timeout_minutes"), QStringLiteral("30")).isError());
        for (const auto& [mac, minutesAgo] :
             {std::pair {QStringLiteral("00908F0000B1"), 45}, std::pair {QStringLiteral("00908F0000B2"), 10}}) {
            Device d;
            d.mac = MacAddress::fromString(mac);
            d.sipStatus = SipStatus::Registered;
            d.lastReport = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
            QVERIFY(store->devices().insert(d));
        }
    }
    ServerProcess server;
    startServer(server, db, {QStringLiteral("--housekeeping-interval"), QStringLiteral("1")});
    auto store = openStore(db);
    auto status = [&](const char* mac) {
        return store->deviceByMac(MacAddress::fromString(QLatin1String(mac)))->sipStatus;
    };
    QTRY_COMPARE_WITH_TIMEOUT(status("00908F0000B1"), SipStatus::Disconnected, 10000);
    QCOMPARE(status("00908F0000B2"), SipStatus::Registered);
    // Its next report brings it back.
    QCOMPARE(rawRequest(server.http, "POST", keepAlivePath, {}, keepAliveFor("00908F0000B1")).status, 200);
    QCOMPARE(status("00908F0000B1"), SipStatus::Registered);
}

void TestPhoneServer::httpsServesWithThePrintedCertificate()
{
    const QString db = newDatabase();
    ServerProcess server;
    startServer(server, db);
    QVERIFY(!server.fingerprint.isEmpty());
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.https);
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    QCOMPARE(socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper(), server.fingerprint);
    QVERIFY(socket.sessionProtocol() == QSsl::TlsV1_2 || socket.sessionProtocol() == QSsl::TlsV1_3);
    socket.abort();
    const RawResponse r = rawRequest(server.https, "POST", keepAlivePath, {}, keepAliveFor("00908F0000AB"),
                                     QHostAddress::LocalHost, true);
    QCOMPARE(r.status, 200);
    // A second start reuses the certificate.
    const QByteArray first = server.fingerprint;
    server.terminate();
    QVERIFY(server.waitForExit());
    ServerProcess again;
    QString error;
    QVERIFY(
        again.start({QStringLiteral("--database"), db, QStringLiteral("--data-dir"), m_backend.dataDir()}, {}, &error));
    QCOMPARE(again.fingerprint, first);
}

void TestPhoneServer::sigtermDrainsInFlightReports()
{
    const QString db = newDatabase();
    ServerProcess server;
    // Each batch waits 400 ms for company: the reports below are still in flight at SIGTERM.
    startServer(server, db, {QStringLiteral("--commit-window-ms"), QStringLiteral("400")});
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 20; ++i) {
        const QByteArray mac = "00908F0009" + QByteArray::number(10 + i);
        sockets.push_back(sendRawRequest(server.http, "POST", keepAlivePath, {}, keepAliveFor(mac), client(40 + i)));
    }
    QTest::qWait(100);
    server.terminate();
    int answered = 0;
    for (auto& socket : sockets) {
        const RawResponse r = readRawResponse(*socket);
        QCOMPARE(r.status, 200);
        ++answered;
    }
    QVERIFY(server.waitForExit());
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(server.output().contains("phonefleetd: stopped"));
    QCOMPARE(openStore(db)->devices().count().value(), answered);
    // And it no longer listens.
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, server.http);
    QVERIFY(!late.waitForConnected(1000));
}

void TestPhoneServer::twoNodesShareOneDatabase()
{
    const QString db = newDatabase();
    Device d;
    {
        auto store = openStore(db);
        d = approvedDevice(*store, QStringLiteral("00908F0000C9"), QStringLiteral("Berlin"), {});
    }
    ServerProcess a;
    ServerProcess b;
    startServer(a, db);
    startServer(b, db);

    const QByteArray path = "/configfiles/00908F0000C9.cfg";
    const QByteArray credentials = "Basic " + (d.provisioningUser + u':' + d.provisioningSecret).toUtf8().toBase64();
    // Node A generates the file on first request; node B serves the same bytes.
    const RawResponse first = rawRequest(a.http, "GET", path, {{"Authorization", credentials}});
    QVERIFY2(first.status == 200, (first.error + ' ' + first.body).constData());
    const RawResponse fromB = rawRequest(b.http, "GET", path, {{"Authorization", credentials}});
    QCOMPARE(fromB.status, 200);
    QCOMPARE(fromB.header("ETag"), first.header("ETag"));

    // The file changes in the database (another node regenerated it): B follows within its sync.
    auto store = openStore(db);
    ConfigFile row =
        store->configFiles().findOne(QStringLiteral("file_name"), QStringLiteral("00908F0000C9.cfg")).value();
    const QByteArray changed = fromB.body + "voip/line/0/description=changed elsewhere\n";
    QVERIFY(store->setConfigContent(row, changed));
    // Each serving thread syncs on its own (every 250 ms): wait until six answers in a row, from
    // whichever threads, are the new bytes.
    const auto bFollows = [&] {
        for (int i = 0; i < 6; ++i) {
            if (rawRequest(b.http, "GET", path, {{"Authorization", credentials}}).body != changed) {
                return false;
            }
        }
        return true;
    };
    QVERIFY(waitFor(bFollows, 5000));

    // New credentials for the phone: the old ones stop working on both nodes.
    Device rotated = store->devices().get(d.id).value();
    assignProvisioningCredentials(&rotated);
    QVERIFY(store->devices().update(rotated));
    // A new client address each time: these refusals must not add up to a 429.
    int n = 60;
    const auto refusedBy = [&](quint16 port) {
        for (int i = 0; i < 6; ++i) {
            if (rawRequest(port, "GET", path, {{"Authorization", credentials}}, {}, client(n++)).status != 401) {
                return false;
            }
        }
        return true;
    };
    QVERIFY(waitFor([&] { return refusedBy(b.http); }, 5000));
    QVERIFY(waitFor([&] { return refusedBy(a.http); }, 5000));

    // A command queued once is delivered once, whichever node the phone reports to.
    QVERIFY(store->phoneStatus().queueCommand(d.id, R"({"cmd": "reset"})", QDateTime::currentDateTimeUtc()));
    // (The phone proves itself with its HTTP credentials: docs/server.md, "Who can get what".)
    const RawHeaders proof = {
        {"Authorization",
         "Basic " + (rotated.provisioningUser + u':' + rotated.provisioningSecret).toUtf8().toBase64()}};
    const RawResponse viaA = rawRequest(a.http, "POST", keepAlivePath, proof, keepAliveFor("00908F0000C9"));
    const RawResponse viaB = rawRequest(b.http, "POST", keepAlivePath, proof, keepAliveFor("00908F0000C9"));
    QCOMPARE(QJsonDocument::fromJson(viaA.body).object().value(QStringLiteral("Requests")).toArray().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(viaB.body).object().value(QStringLiteral("Requests")).toArray().size(), 0);
}

QTEST_MAIN(TestPhoneServer)
#include "tst_phoneserver.moc"
