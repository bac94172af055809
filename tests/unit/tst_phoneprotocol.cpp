// The pure logic behind the phone-facing server: report parsing, file paths, HTTP credentials,
// the miss limiter, model names, firmware versions, password hashes, alarm formats, settings.
#include "alarmformat.h"
#include "alertreport.h"
#include "commandhandover.h"
#include "firmwareversion.h"
#include "httpcredentials.h"
#include "keepaliveproof.h"
#include "keepalivereport.h"
#include "missratelimiter.h"
#include "passwordhash.h"
#include "phonemodels.h"
#include "provisioningpath.h"
#include "serversettings.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QtTest>

class TestPhoneProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepAliveSample();
    void keepAliveFallsBackToUserAgent();
    void keepAliveRefusals_data();
    void keepAliveRefusals();
    void alertSample();
    void alertRefusals();
    void provisioningPaths_data();
    void provisioningPaths();
    void deviceFileNames();
    void modelNames_data();
    void modelNames();
    void firmwareVersions();
    void basicCredentials();
    void digestCredentials();
    void missLimiter();
    void keepAliveProof();
    void commandHandover_data();
    void commandHandover();
    void passwordHashes();
    void syslogFormat();
    void mailFormat();
    void settings();
};

void TestPhoneProtocol::keepAliveProof()
{
    const QString token = QStringLiteral("0c1b5f0e6a2d4c3b9e8f7a6d5c4b3a21");
    const QString phone = QStringLiteral("10.0.0.5");
    const QString attacker = QStringLiteral("10.0.0.66");
    // Nothing learned, no credentials: proves nothing, from anywhere.
    KeepAliveProof p = KeepAliveProof::decide({}, token, phone, false);
    QVERIFY(!p.proven);
    // The phone got its file from 10.0.0.5: the next report from there pins its value ...
    KeepAliveProof::State opened {phone, true, {}};
    QVERIFY(!KeepAliveProof::decide(opened, token, attacker, false).proven);
    p = KeepAliveProof::decide(opened, token, phone, false);
    QVERIFY(p.proven);
    QVERIFY(p.pin);
    // ... which later reports repeat, from any address (DHCP may move the phone).
    const KeepAliveProof::State pinned {phone, false, token};
    QVERIFY(KeepAliveProof::decide(pinned, token, attacker, false).proven);
    QVERIFY(!KeepAliveProof::decide(pinned, token, attacker, false).pin);
    QVERIFY(!KeepAliveProof::decide(pinned, QStringLiteral("ffffffffffffffffffffffffffffffff"), phone, false).proven);
    QVERIFY(!KeepAliveProof::decide(pinned, QString(), phone, false).proven);
    // An open proof lets the phone's own address pin a new value (new credentials, factory reset).
    const KeepAliveProof::State reopened {phone, true, token};
    p = KeepAliveProof::decide(reopened, QStringLiteral("11111111111111111111111111111111"), phone, false);
    QVERIFY(p.proven);
    QVERIFY(p.pin);
    // HTTP credentials prove it whatever the value; a value too short or odd is never pinned.
    p = KeepAliveProof::decide({}, QStringLiteral("abc"), attacker, true);
    QVERIFY(p.proven);
    QVERIFY(!p.pin);
    QVERIFY(!KeepAliveProof::decide(opened, QStringLiteral("short"), phone, false).proven);
    QVERIFY(!KeepAliveProof::isPinnable(QStringLiteral("has space in it")));
    QVERIFY(!KeepAliveProof::isPinnable(QString(200, u'a')));
    QVERIFY(KeepAliveProof::isPinnable(token));
}

void TestPhoneProtocol::keepAliveSample()
{
    KeepAliveReport r;
    QString error;
    QVERIFY2(KeepAliveReport::parse(readTestData(QStringLiteral("samples/keepalive.json")), {}, &r, &error),
             qPrintable(error));
    QCOMPARE(r.mac.toString(), QStringLiteral("00908F1A2B01"));
    QCOMPARE(r.model, QStringLiteral("430HD"));
    QCOMPARE(r.firmwareVersion, QStringLiteral("3.4.3.1"));
    QCOMPARE(r.status, SipStatus::Registered);
    QCOMPARE(r.vlanId, 0);
    QCOMPARE(r.userName, QStringLiteral("alice.moreau"));
    QCOMPARE(r.emsUserPassword, QStringLiteral("0c1b5f0e6a2d4c3b9e8f7a6d5c4b3a21"));
}

void TestPhoneProtocol::keepAliveFallsBackToUserAgent()
{
    KeepAliveReport r;
    QString error;
    QVERIFY(KeepAliveReport::parse(R"({"mac":"00:90:8f:00:00:01","status":"STARTED","vLanId":12})",
                                   QStringLiteral("AUDC-IPPhone-445HD_TEAMS_3.5.0.12/1.0.0000.0"), &r, &error));
    QCOMPARE(r.mac.toString(), QStringLiteral("00908F000001"));
    QCOMPARE(r.model, QStringLiteral("445HD"));
    QVERIFY(r.teams);
    QCOMPARE(r.firmwareVersion, QStringLiteral("3.5.0.12"));
    QCOMPARE(r.status, SipStatus::Started);
    QCOMPARE(r.vlanId, 12);
    QCOMPARE(r.userAgent, QStringLiteral("AUDC-IPPhone-445HD_TEAMS_3.5.0.12/1.0.0000.0"));
}

void TestPhoneProtocol::keepAliveRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<QString>("says");
    QTest::newRow("not json") << QByteArray("{") << QString() << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[]") << QString() << QStringLiteral("JSON object");
    QTest::newRow("no mac") << QByteArray("{}") << QString() << QStringLiteral("\"mac\" is missing");
    QTest::newRow("bad mac") << QByteArray(R"({"mac":"00908F"})") << QString() << QStringLiteral("not a MAC");
    QTest::newRow("bad status") << QByteArray(R"({"mac":"00908F000001","status":"disconnected"})") << QString()
                                << QStringLiteral("not one of");
    QTest::newRow("bad vlan") << QByteArray(R"({"mac":"00908F000001","vLanId":"5000"})") << QString()
                              << QStringLiteral("VLAN");
    QTest::newRow("object field") << QByteArray(R"({"mac":"00908F000001","ip":{}})") << QString()
                                  << QStringLiteral("\"ip\" must be a string");
    QTest::newRow("control char") << QByteArray(R"({"mac":"00908F000001","location":"a\u0001b"})") << QString()
                                  << QStringLiteral("control character");
    QTest::newRow("long") << (R"({"mac":"00908F000001","location":")" + QByteArray(300, 'x') + "\"}") << QString()
                          << QStringLiteral("longer than 256");
    QTest::newRow("header mac") << QByteArray(R"({"mac":"00908F000001"})")
                                << QStringLiteral("AUDC-IPPhone/3.4.3.1 (430HD; 00908F000002)")
                                << QStringLiteral("names MAC 00908F000002");
    QTest::newRow("body agent mac") << QByteArray(
        R"j({"mac":"00908F000001","userAgent":"AUDC-IPPhone/3.4.3.1 (430HD; 00908F000003)"})j")
                                    << QString() << QStringLiteral("names MAC 00908F000003");
}

void TestPhoneProtocol::keepAliveRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, userAgent);
    QFETCH(QString, says);
    KeepAliveReport r;
    QString error;
    QVERIFY(!KeepAliveReport::parse(body, userAgent, &r, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestPhoneProtocol::alertSample()
{
    AlertReport r;
    QString error;
    QVERIFY2(AlertReport::parse(readTestData(QStringLiteral("samples/alert.json")), &r, &error), qPrintable(error));
    QCOMPARE(r.alerts.size(), 1);
    const Alarm& a = r.alerts.first();
    QCOMPARE(a.name, QStringLiteral("IPPhoneRegisterFailure"));
    QCOMPARE(a.severity, AlarmSeverity::Critical);
    QCOMPARE(a.sourceMac, QStringLiteral("00908F1A2B01"));
    QCOMPARE(a.raisedAt, QDateTime(QDate(2026, 11, 22), QTime(9, 14, 5), Qt::UTC));
    QCOMPARE(a.probableCause, QStringLiteral("communicationsProtocolError"));

    // Control characters an anonymous client sends (a NUL would make the stored row one that
    // no administrator could save again, so never cleared) become spaces.
    QVERIFY2(AlertReport::parse(R"({"alerts":[{"name":"Reg\u0000Fail\u001b[31m","severity":"5",)"
                                R"("source":"IPPhone/00908F000001","description":"a\tb\u007f"}]})",
                                &r, &error),
             qPrintable(error));
    QCOMPARE(r.alerts.first().name, QStringLiteral("Reg Fail [31m"));
    QCOMPARE(r.alerts.first().description, QStringLiteral("a b"));
}

void TestPhoneProtocol::alertRefusals()
{
    const QByteArray bad[] = {
        "nope",
        R"({"alerts":{}})",
        R"({"alerts":[1]})",
        R"({"alerts":[{"severity":"5","source":"IPPhone/00908F000001"}]})",
        R"({"alerts":[{"name":"X","severity":"7","source":"IPPhone/00908F000001"}]})",
        R"({"alerts":[{"name":"X","severity":"5","source":"IPPhone/nothing"}]})",
    };
    for (const QByteArray& body : bad) {
        AlertReport r;
        QString error;
        QVERIFY2(!AlertReport::parse(body, &r, &error), body.constData());
        QVERIFY(!error.isEmpty());
    }
}

void TestPhoneProtocol::provisioningPaths_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("file");
    using K = ProvisioningPath::Kind;
    QTest::newRow("config") << QByteArray("/configfiles/00908F1A2B01.cfg") << int(K::ConfigFile) << QString()
                            << QStringLiteral("00908F1A2B01.cfg");
    QTest::newRow("firmware") << QByteArray("/firmwarefiles/430HD.img") << int(K::FirmwareFile) << QString()
                              << QStringLiteral("430HD.img");
    QTest::newRow("region") << QByteArray("/ipp/region/Paris%20Nord/00908F1A2B01.cfg") << int(K::RegionFile)
                            << QStringLiteral("Paris Nord") << QStringLiteral("00908F1A2B01.cfg");
    QTest::newRow("region utf8") << QByteArray("/ipp/region/Z%C3%BCrich/430HD_00908F1A2B01_conf.cfg")
                                 << int(K::RegionFile) << QStringLiteral("Zürich")
                                 << QStringLiteral("430HD_00908F1A2B01_conf.cfg");
    QTest::newRow("system") << QByteArray("/ipp/00908F1A2B01.cfg") << int(K::SystemFile) << QString()
                            << QStringLiteral("00908F1A2B01.cfg");
    QTest::newRow("option160") << QByteArray("/ipp/dhcpoption160.cfg") << int(K::Option160) << QString()
                               << QStringLiteral("dhcpoption160.cfg");
    QTest::newRow("option160 root") << QByteArray("/dhcpoption160.cfg") << int(K::Option160) << QString()
                                    << QStringLiteral("dhcpoption160.cfg");
    const char* invalid[] = {
        "/configfiles/../etc/passwd", "/configfiles/%2e%2e/passwd",
        "/configfiles/%252e%252e",    "/configfiles/a%2fb.cfg",
        "/configfiles/a%5cb.cfg",     "/configfiles/a\\b.cfg",
        "/configfiles/a%00.cfg",      "/configfiles/a%0a.cfg",
        "/configfiles/.x.cfg",        "/configfiles/",
        "/configfiles//x.cfg",        "/configfiles/x%zz.cfg",
        "/configfiles/x%2",           "/ipp/region/../x.cfg",
        "/ipp/region/%2e%2e/x.cfg",   "/ipp/region/a%2fb/x.cfg",
        "/ipp/region/a/b/x.cfg",      "/etc/passwd",
        "configfiles/x.cfg",          "/configfiles/a b.cfg",
        "/configfiles/%c0%ae%c0%ae",  "/configfiles/x..cfg",
        "/firmwarefiles/../x.img",
    };
    for (const char* path : invalid) {
        QTest::newRow(path) << QByteArray(path) << int(K::Invalid) << QString() << QString();
    }
}

void TestPhoneProtocol::provisioningPaths()
{
    QFETCH(QByteArray, path);
    QFETCH(int, kind);
    QFETCH(QString, region);
    QFETCH(QString, file);
    const ProvisioningPath p = ProvisioningPath::parse(path);
    QCOMPARE(int(p.kind), kind);
    if (p.isValid()) {
        QCOMPARE(p.region, region);
        QCOMPARE(p.fileName, file);
    }
}

void TestPhoneProtocol::deviceFileNames()
{
    QString model;
    QCOMPARE(ProvisioningPath::deviceFileMac(QStringLiteral("00908f1a2b01.cfg")).toString(),
             QStringLiteral("00908F1A2B01"));
    QCOMPARE(ProvisioningPath::deviceFileMac(QStringLiteral("430hd_00908F1A2B01_conf.cfg"), &model).toString(),
             QStringLiteral("00908F1A2B01"));
    QCOMPARE(model, QStringLiteral("430HD"));
    QVERIFY(ProvisioningPath::deviceFileMac(QStringLiteral("430HD.cfg")).isNull());
    QVERIFY(ProvisioningPath::deviceFileMac(QStringLiteral("00908F1A2B01.img")).isNull());
    QCOMPARE(ProvisioningPath::defaultFirmwareModel(QStringLiteral("c450hd.img")), QStringLiteral("C450HD"));
    QVERIFY(ProvisioningPath::defaultFirmwareModel(QStringLiteral("430HD_3.4.3.1.img")).isEmpty());
}

void TestPhoneProtocol::modelNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("teams");
    QTest::newRow("export") << QStringLiteral("Audiocodes_430HD") << QStringLiteral("430HD") << false;
    QTest::newRow("lync") << QStringLiteral("Audiocodes_420HD_LYNC") << QStringLiteral("420HD") << true;
    QTest::newRow("plain") << QStringLiteral("430hd") << QStringLiteral("430HD") << false;
    QTest::newRow("agent uc") << QStringLiteral("AUDC-IPPhone-430HD_UC_2.0.7.70/1.0.0000.0") << QStringLiteral("430HD")
                              << false;
    QTest::newRow("agent teams") << QStringLiteral("AUDC-IPPhone-C450HD_TEAMS_1.17.5/1.0") << QStringLiteral("C450HD")
                                 << true;
    QTest::newRow("unknown") << QStringLiteral("Audiocodes_999HD") << QStringLiteral("999HD") << false;
}

void TestPhoneProtocol::modelNames()
{
    QFETCH(QString, text);
    QFETCH(QString, model);
    QFETCH(bool, teams);
    const PhoneModels::ModelName name = PhoneModels::parse(text);
    QCOMPARE(name.model, model);
    QCOMPARE(name.teams, teams);
}

void TestPhoneProtocol::firmwareVersions()
{
    QCOMPARE(FirmwareVersion::fromFileName(QStringLiteral("430HD_3.4.3.1.img")), QStringLiteral("3.4.3.1"));
    QCOMPARE(FirmwareVersion::fromFileName(QStringLiteral("ipp-430HD-UC_3.2.1.428.img")), QStringLiteral("3.2.1.428"));
    QCOMPARE(FirmwareVersion::fromFileName(QStringLiteral("420HD_LYNC_2.0.13.img")), QStringLiteral("2.0.13"));
    QVERIFY(FirmwareVersion::fromFileName(QStringLiteral("430HD.img")).isEmpty());
    QCOMPARE(FirmwareVersion::fromContents(QByteArray(100, '\0') + "hdr VERSION=3.4.4.1000 more"),
             QStringLiteral("3.4.4.1000"));
    QCOMPARE(FirmwareVersion::fromContents("..UC_3.0.2.99\n"), QStringLiteral("3.0.2.99"));
    QVERIFY(FirmwareVersion::fromContents(QByteArray(4096, 'x')).isEmpty());
    QCOMPARE(FirmwareVersion::detect(QStringLiteral("430HD.img"), "version: 3.1.0.5"), QStringLiteral("3.1.0.5"));
    QCOMPARE(FirmwareVersion::detect(QStringLiteral("430HD_3.4.3.1.img"), "version: 3.1.0.5"),
             QStringLiteral("3.4.3.1"));
}

void TestPhoneProtocol::basicCredentials()
{
    const QByteArray key = "k";
    const HttpCredentials c =
        HttpCredentials::parse("Basic " + QByteArray("00908F000001:s3cret:with:colons").toBase64());
    QCOMPARE(c.scheme(), HttpCredentials::Scheme::Basic);
    QCOMPARE(c.userName(), QStringLiteral("00908F000001"));
    QVERIFY(c.verify(QStringLiteral("00908F000001"), QStringLiteral("s3cret:with:colons"), "GET", "/x", key, 0));
    QVERIFY(!c.verify(QStringLiteral("00908F000001"), QStringLiteral("s3cret"), "GET", "/x", key, 0));
    QVERIFY(!c.verify(QStringLiteral("00908F000002"), QStringLiteral("s3cret:with:colons"), "GET", "/x", key, 0));
    QVERIFY(!c.verify(QStringLiteral("00908F000001"), QString(), "GET", "/x", key, 0));
    QCOMPARE(HttpCredentials::parse("Basic !!!").scheme(), HttpCredentials::Scheme::Malformed);
    QCOMPARE(HttpCredentials::parse("Basic " + QByteArray("nocolon").toBase64()).scheme(),
             HttpCredentials::Scheme::Malformed);
    QCOMPARE(HttpCredentials::parse("").scheme(), HttpCredentials::Scheme::None);
    QCOMPARE(HttpCredentials::parse("Bearer abc").scheme(), HttpCredentials::Scheme::Malformed);
}

void TestPhoneProtocol::digestCredentials()
{
    // The client side written out as RFC 7616 describes it, independently of the server's code.
    const QByteArray key = "shared-nonce-key";
    const qint64 now = Q_INT64_C(1800000000000);
    const QByteArray challenge = HttpCredentials::digestChallenge("PhoneFleet", key, now);
    const QByteArray nonce = challenge.mid(challenge.indexOf("nonce=\"") + 7).chopped(1);
    auto md5 = [](const QByteArray& s) { return QCryptographicHash::hash(s, QCryptographicHash::Md5).toHex(); };
    auto header = [&](const QByteArray& secret, const QByteArray& uri, const QByteArray& n) {
        const QByteArray ha1 = md5("00908F000001:PhoneFleet:" + secret);
        const QByteArray ha2 = md5("GET:" + uri);
        const QByteArray response = md5(ha1 + ':' + n + ":00000001:abcdef:auth:" + ha2);
        return "Digest username=\"00908F000001\", realm=\"PhoneFleet\", nonce=\"" + n + "\", uri=\"" + uri
            + "\", qop=auth, nc=00000001, cnonce=\"abcdef\", response=\"" + response + "\", algorithm=MD5";
    };
    const QString user = QStringLiteral("00908F000001");
    const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef");
    const HttpCredentials good =
        HttpCredentials::parse(header(secret.toUtf8(), "/configfiles/00908F000001.cfg", nonce));
    QCOMPARE(good.scheme(), HttpCredentials::Scheme::Digest);
    QVERIFY(good.verify(user, secret, "GET", "/configfiles/00908F000001.cfg", key, now + 1000));
    // Wrong secret, another file, an expired nonce, a nonce made with another key, a forged nonce.
    QVERIFY(!HttpCredentials::parse(header("guess", "/configfiles/00908F000001.cfg", nonce))
                 .verify(user, secret, "GET", "/configfiles/00908F000001.cfg", key, now));
    QVERIFY(!good.verify(user, secret, "GET", "/configfiles/00908F000002.cfg", key, now));
    QVERIFY(!good.verify(user, secret, "GET", "/configfiles/00908F000001.cfg", key,
                         now + HttpCredentials::nonceLifetimeMs + 1));
    QVERIFY(!good.verify(user, secret, "GET", "/configfiles/00908F000001.cfg", "other key", now));
    const QByteArray forged = QByteArray::number(now, 16) + ".00000000000000000000000000000000";
    QVERIFY(!HttpCredentials::parse(header(secret.toUtf8(), "/configfiles/00908F000001.cfg", forged))
                 .verify(user, secret, "GET", "/configfiles/00908F000001.cfg", key, now));
    QCOMPARE(HttpCredentials::parse("Digest username=\"x\"").scheme(), HttpCredentials::Scheme::Malformed);
    QCOMPARE(HttpCredentials::parse("Digest username=\"x, realm=y").scheme(), HttpCredentials::Scheme::Malformed);
}

void TestPhoneProtocol::missLimiter()
{
    MissRateLimiter limiter(20, 60000);
    const QString a = QStringLiteral("10.0.0.1");
    for (int i = 0; i < 20; ++i) {
        QVERIFY(!limiter.recordMiss(a, 1000 + i));
    }
    QVERIFY(!limiter.isLimited(a, 1100));
    QVERIFY(limiter.recordMiss(a, 2000));
    QVERIFY(limiter.isLimited(a, 2000));
    QVERIFY(!limiter.isLimited(QStringLiteral("10.0.0.2"), 2000));
    // A minute later the early misses have left the window.
    QVERIFY(!limiter.isLimited(a, 61020));
    // Idle clients are forgotten, not kept for ever.
    for (int i = 0; i < 1000; ++i) {
        limiter.recordMiss(QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250), 70000);
    }
    limiter.recordMiss(a, 200000);
    QVERIFY(!limiter.isLimited(QStringLiteral("10.1.0.1"), 200000));
}

void TestPhoneProtocol::commandHandover_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<qint64>("handedAgoMs"); // -1: never handed
    QTest::addColumn<int>("decision");
    using D = CommandHandover::Decision;
    const qint64 later = CommandHandover::confirmationMs;
    const QByteArray message = R"({"cmd":"send-message","text":"hi","id":"j1-0"})";
    const QByteArray reset = R"({"cmd":"reset","mode":"force","id":"j2-0"})";
    const QByteArray firmware = R"({"cmd":"update-firmware","file":"430HD.img","id":"j3-0"})";
    QTest::newRow("queued message, handed") << message << qint64(-1) << int(D::Hand);
    QTest::newRow("queued reset, handed") << reset << qint64(-1) << int(D::Hand);
    QTest::newRow("handed a moment ago, withheld") << message << qint64(10) << int(D::Withhold);
    QTest::newRow("reset handed a moment ago, withheld") << reset << qint64(10) << int(D::Withhold);
    QTest::newRow("handed by a node a little ahead, withheld") << message << qint64(-10) << int(D::Withhold);
    QTest::newRow("never confirmed, handed again") << message << later << int(D::Hand);
    QTest::newRow("handed by a node far ahead, handed again") << message << -later << int(D::Hand);
    QTest::newRow("reset never confirmed, given up") << reset << later << int(D::GiveUp);
    QTest::newRow("firmware never confirmed, given up") << firmware << later << int(D::GiveUp);
    QTest::newRow("unreadable, handed again") << QByteArray("{not json") << later << int(D::Hand);
}

void TestPhoneProtocol::commandHandover()
{
    QFETCH(QByteArray, command);
    QFETCH(qint64, handedAgoMs);
    QFETCH(int, decision);
    const qint64 now = 1'800'000'000'000;
    const qint64 handedAt = handedAgoMs == -1 ? 0 : now - handedAgoMs;
    QCOMPARE(int(CommandHandover::decide(command, handedAt, now)), decision);
}

void TestPhoneProtocol::passwordHashes()
{
    const QString stored = PasswordHash::hash(QStringLiteral("correct horse"), 10000);
    QVERIFY(stored.startsWith(QLatin1String("pbkdf2-sha256$10000$")));
    QVERIFY(PasswordHash::verify(QStringLiteral("correct horse"), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("correct horse "), stored));
    QVERIFY(stored != PasswordHash::hash(QStringLiteral("correct horse"), 10000)); // salted
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("plain text")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$1$AA==$AA==")));
}

void TestPhoneProtocol::syslogFormat()
{
    Alarm a;
    a.name = QStringLiteral("IPPhone\"Odd]Name\\");
    a.severity = AlarmSeverity::Critical;
    a.sourceMac = QStringLiteral("00908F000001");
    a.description = QStringLiteral("line one\nline two");
    a.raisedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 14, 5), Qt::UTC);
    const QByteArray m = AlarmFormat::syslogMessage(a, false, QStringLiteral("pf host"));
    QVERIFY2(m.startsWith("<130>1 2026-11-22T09:14:05.000Z pf_host phonefleetd - ALARM [phonefleet@32473 "),
             m.constData());
    QVERIFY(m.contains("name=\"IPPhone\\\"Odd\\]Name\\\\\""));
    QVERIFY(!m.contains('\n'));
    QVERIFY(m.contains("\xEF\xBB\xBF"));
    a.clearedAt = a.raisedAt.addSecs(60);
    QVERIFY(AlarmFormat::syslogMessage(a, true, QStringLiteral("h")).startsWith("<133>1 2026-11-22T09:15:05.000Z h "));
    a.severity = AlarmSeverity::Minor;
    QVERIFY(AlarmFormat::syslogMessage(a, false, QStringLiteral("h")).startsWith("<132>1 "));
}

void TestPhoneProtocol::mailFormat()
{
    Alarm a;
    a.name = QStringLiteral("IPPhoneRegisterFailure");
    a.severity = AlarmSeverity::Critical;
    a.sourceMac = QStringLiteral("00908F000001");
    a.description = QStringLiteral("Registrierung fehlgeschlagen – Büro");
    a.additionalInfo1 = QStringLiteral(".starts with a dot");
    a.raisedAt = QDateTime::currentDateTimeUtc();
    const QByteArray m = AlarmFormat::mailMessage(a, false, QStringLiteral("pf@example.org"),
                                                  {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")},
                                                  QStringLiteral("host"));
    QVERIFY(m.contains("Subject: [PhoneFleet] critical IPPhoneRegisterFailure: 00908F000001\r\n"));
    QVERIFY(m.contains("To: a@example.org, b@example.org\r\n"));
    QVERIFY(m.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
    QVERIFY(m.contains(QStringLiteral("Büro").toUtf8()));
    QVERIFY(m.contains("\r\nAdditional information: .starts with a dot\r\n"));
    // A body line that starts with a dot (here the first, from the alarm's name) is dot-stuffed
    // (RFC 5321 4.5.2), or the server would take it for the end of the message.
    Alarm dotted = a;
    dotted.name = QStringLiteral(".\r\n.QUIT");
    const QByteArray stuffed = AlarmFormat::mailMessage(dotted, false, QStringLiteral("pf@example.org"),
                                                        {QStringLiteral("a@example.org")}, QStringLiteral("host"));
    const QByteArray body = stuffed.mid(stuffed.indexOf("\r\n\r\n") + 4);
    QVERIFY2(body.startsWith("..  .QUIT raised on phone"), body.constData());
    for (const QByteArray& line : body.split('\n')) {
        QVERIFY2(!line.startsWith('.') || line.startsWith(".."), line.constData());
    }
    // Control characters a phone sends are shown, not obeyed, in mail and in syslog.
    Alarm escapes = a;
    escapes.description = QStringLiteral("\x1b[2Jcleared\x07\u2028next");
    const QByteArray mail = AlarmFormat::mailMessage(escapes, false, QStringLiteral("pf@example.org"),
                                                     {QStringLiteral("a@example.org")}, QStringLiteral("host"));
    const QByteArray syslog = AlarmFormat::syslogMessage(escapes, false, QStringLiteral("host"));
    for (const QByteArray& text : {mail, syslog}) {
        QVERIFY(!text.contains('\x1b'));
        QVERIFY(!text.contains('\x07'));
        QVERIFY(!text.contains("\xe2\x80\xa8"));
        QVERIFY2(text.contains("\\u001b[2Jcleared\\u0007\\u2028next"), text.constData());
    }
    for (const QByteArray& line : m.split('\n')) {
        QVERIFY(line.isEmpty() || line.endsWith('\r'));
    }
}

void TestPhoneProtocol::settings()
{
    QStringList problems;
    ServerSettings s = ServerSettings::fromValues({}, &problems);
    QCOMPARE(s.disconnectTimeoutMinutes, 120);
    QVERIFY(!s.forwardsToSyslog());
    QVERIFY(!s.forwardsByMail());
    QVERIFY(problems.isEmpty());
    s = ServerSettings::fromValues({{QStringLiteral("disconnect_timeout_minutes"), QStringLiteral("soon")},
                                    {QStringLiteral("alarm_smtp_host"), QStringLiteral("mail")},
                                    {QStringLiteral("alarm_smtp_from"), QStringLiteral("pf@x")},
                                    {QStringLiteral("alarm_smtp_to"), QStringLiteral(" a@x, ,b@x ")},
                                    {QStringLiteral("alarm_smtp_starttls"), QStringLiteral("no")},
                                    {QStringLiteral("alarm_syslog_port"), QStringLiteral("99999")}},
                                   &problems);
    QCOMPARE(s.disconnectTimeoutMinutes, 120);
    QCOMPARE(s.smtpTo, (QStringList {QStringLiteral("a@x"), QStringLiteral("b@x")}));
    QVERIFY(!s.smtpStartTls);
    QVERIFY(s.forwardsByMail());
    QCOMPARE(s.syslogPort, 514);
    QCOMPARE(problems.size(), 2);
    // In the words of the settings' field table, as the API and the console's settings page say them.
    QVERIFY2(problems.first().contains(QLatin1String("disconnect_timeout_minutes: Disconnect timeout (minutes) must "
                                                     "be a whole number from 1 to 10080, not 'soon'")),
             qPrintable(problems.first()));
    QVERIFY(ServerSettings::isSecret(QStringLiteral("alarm_smtp_password")));
    QVERIFY(!ServerSettings::isSecret(QStringLiteral("alarm_smtp_user")));
    QCOMPARE(ServerSettings::names().size(), 20);
    QCOMPARE(ServerSettings::defaultValue(QStringLiteral("alarm_smtp_starttls")), QStringLiteral("true"));
    QCOMPARE(ServerSettings::defaultValue(QStringLiteral("activity_log_level")), QStringLiteral("INFO"));
    QVERIFY(ServerSettings::check(QStringLiteral("activity_log_level"), QStringLiteral("warning")).isEmpty());
    QVERIFY(ServerSettings::check(QStringLiteral("phone_push_port"), QString()).isEmpty()); // empty: the default
    QVERIFY(!ServerSettings::check(QStringLiteral("disconnect_timeout_minutes"), QString()).isEmpty());
    QVERIFY(ServerSettings::check(QStringLiteral("alarm_smtp_from"), QStringLiteral("a\nb"))
                .contains(QLatin1String("line break")));
    QVERIFY(ServerSettings::check(QStringLiteral("disconnect_timeout_minutes"), QStringLiteral("30")).isEmpty());
    // The delay between two phones' installs, and the SBC proxy for remote phones.
    QCOMPARE(ServerSettings().installDelaySeconds, 0);
    QCOMPARE(ServerSettings::defaultValue(QStringLiteral("install_delay_seconds")), QStringLiteral("0"));
    s = ServerSettings::fromValues({{QStringLiteral("install_delay_seconds"), QStringLiteral("15")},
                                    {QStringLiteral("sbc_proxy"), QStringLiteral(" sbc.example.com:8080 ")}});
    QCOMPARE(s.installDelaySeconds, 15);
    QCOMPARE(s.sbcProxy, QStringLiteral("sbc.example.com:8080"));
    QVERIFY(ServerSettings::check(QStringLiteral("install_delay_seconds"), QStringLiteral("3601"))
                .contains(QLatin1String("from 0 to 3600")));
}

QTEST_GUILESS_MAIN(TestPhoneProtocol)
#include "tst_phoneprotocol.moc"
