// Alarms phones send to phonefleetd: raised and cleared, kept in history, and forwarded to a
// local syslog receiver (RFC 5424 over UDP) and a local SMTP server (STARTTLS), against the real
// server process. PHONEFLEET_TEST_BACKEND chooses SQLite or a throwaway PostgreSQL cluster.
#include "phoneserverfixture.h"
#include "testcertificate.h"
#include "waitfor.h"

#include <QNetworkDatagram>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUdpSocket>

using namespace PhoneServerTest;

class TestPhoneAlarms : public PhoneServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PHONEFLEET_START_BACKEND(m_backend); }
    void cleanupTestCase() { m_backend.stop(); }
    void alarmsRaiseClearAndStayInHistory();
    void alarmsForwardToSyslogAndMail();
};

void TestPhoneAlarms::alarmsRaiseClearAndStayInHistory()
{
    const QString db = newDatabase();
    ServerProcess server;
    startServer(server, db);
    QCOMPARE(rawRequest(server.http, "POST", keepAlivePath, {}, keepAliveFor("00908F1A2B01")).status, 200);
    QCOMPARE(rawRequest(server.http, "POST", alertPath, {}, readTestData(QStringLiteral("samples/alert.json"))).status,
             200);
    auto store = openStore(db);
    QVector<Alarm> alarms = store->alarms().list().value();
    QCOMPARE(alarms.size(), 1);
    QVERIFY(alarms.first().isActive());
    QCOMPARE(alarms.first().name, QStringLiteral("IPPhoneRegisterFailure"));
    QCOMPARE(alarms.first().severity, AlarmSeverity::Critical);
    QCOMPARE(alarms.first().sourceMac, QStringLiteral("00908F1A2B01"));
    QVERIFY(alarms.first().deviceId > 0);
    // Raised again while active: still one alarm.
    QCOMPARE(rawRequest(server.http, "POST", alertPath, {}, alertFor("00908F1A2B01", "5")).status, 200);
    QCOMPARE(store->alarms().count().value(), 1);
    QCOMPARE(rawRequest(server.http, "POST", alertPath, {}, alertFor("00908F1A2B01", "0")).status, 200);
    alarms = store->alarms().list().value();
    QCOMPARE(alarms.size(), 1);
    QVERIFY(!alarms.first().isActive());
    // Raised anew after the clear: a second alarm; the first stays in history.
    QCOMPARE(rawRequest(server.http, "POST", alertPath, {}, alertFor("00908F1A2B01", "5")).status, 200);
    alarms = store->alarms().list().value();
    QCOMPARE(alarms.size(), 2);
    QCOMPARE(std::count_if(alarms.begin(), alarms.end(), [](const Alarm& a) { return a.isActive(); }), 1);
    const RawResponse bad = rawRequest(server.http, "POST", alertPath, {},
                                       R"({"alerts":[{"name":"X","severity":"9","source":"IPPhone/00908F1A2B01"}]})");
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("severity"));
}

void TestPhoneAlarms::alarmsForwardToSyslogAndMail()
{
    // A syslog receiver: a UDP socket of this test.
    QUdpSocket syslog;
    QVERIFY(syslog.bind(QHostAddress::LocalHost, 0));
    // A mail receiver with STARTTLS: aiosmtpd, trusting a certificate made for it here.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                             : QStringLiteral("python3");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
    probe.waitForFinished(20000);
    if (probe.exitCode() != 0) {
        QFAIL("python3-aiosmtpd is needed for this test (scripts/setup-deps installs it)");
    }
    const QString cert = m_backend.path(QStringLiteral("smtp.crt"));
    const QString key = m_backend.path(QStringLiteral("smtp.key"));
    QVERIFY(makeTestCertificate(cert, key));
    QTcpServer portFinder;
    QVERIFY(portFinder.listen(QHostAddress::LocalHost, 0));
    const quint16 smtpPort = portFinder.serverPort();
    portFinder.close();
    QProcess smtp;
    smtp.setProcessChannelMode(QProcess::MergedChannels);
    smtp.start(python,
               {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(smtpPort), QStringLiteral("--tlscert"), cert,
                QStringLiteral("--tlskey"), key});
    QVERIFY(smtp.waitForStarted());
    QTcpSocket ready;
    for (int i = 0; i < 100; ++i) {
        ready.connectToHost(QHostAddress::LocalHost, smtpPort);
        if (ready.waitForConnected(100)) {
            break;
        }
        QTest::qWait(50);
    }
    ready.abort();

    const QString db = newDatabase();
    {
        auto store = openStore(db);
        const QPair<QString, QString> settings[] = {
            {QStringLiteral("alarm_syslog_host"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("alarm_syslog_port"), QString::number(syslog.localPort())},
            {QStringLiteral("alarm_smtp_host"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("alarm_smtp_port"), QString::number(smtpPort)},
            {QStringLiteral("alarm_smtp_ca_file"), cert},
            {QStringLiteral("alarm_smtp_from"), QStringLiteral("phonefleet@example.org")},
            {QStringLiteral("alarm_smtp_to"), QStringLiteral("noc@example.org, oncall@example.org")},
        };
        for (const auto& [name, value] : settings) {
            QVERIFY(!store->settings().setValue(name, value).isError());
        }
    }
    ServerProcess server;
    startServer(server, db);
    QCOMPARE(rawRequest(server.http, "POST", alertPath, {}, readTestData(QStringLiteral("samples/alert.json"))).status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(syslog.hasPendingDatagrams(), 10000);
    const QByteArray datagram = syslog.receiveDatagram().data();
    QVERIFY2(datagram.startsWith("<130>1 "), datagram.constData()); // local0.crit, RFC 5424 version 1
    QVERIFY(datagram.contains(" phonefleetd - ALARM [phonefleet@32473 name=\"IPPhoneRegisterFailure\""));
    QVERIFY(datagram.contains("mac=\"00908F1A2B01\""));
    QByteArray mail;
    QTRY_VERIFY_WITH_TIMEOUT((mail += smtp.readAll()).contains("IPPhoneRegisterFailure"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT((mail += smtp.readAll()).contains("END MESSAGE"), 5000);
    QVERIFY2(mail.contains("Subject: [PhoneFleet] critical IPPhoneRegisterFailure: 00908F1A2B01"), mail.constData());
    QVERIFY(mail.contains("oncall@example.org"));

    QCOMPARE(rawRequest(server.http, "POST", alertPath, {}, alertFor("00908F1A2B01", "0")).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(syslog.hasPendingDatagrams(), 10000);
    const QByteArray clear = syslog.receiveDatagram().data();
    QVERIFY2(clear.startsWith("<133>1 ") && clear.contains(" CLEAR "), clear.constData());
    smtp.terminate();
    smtp.waitForFinished(5000);
}

QTEST_MAIN(TestPhoneAlarms)
#include "tst_phonealarms.moc"
