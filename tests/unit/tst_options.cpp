#include "fleetaddressplan.h"
#include "serveroptions.h"
#include "serverurl.h"
#include "storeurl.h"

#include <QTemporaryDir>
#include <QtTest>

// The small pieces of server/, net/ and sim/ that this version has: option and address parsing.
class TestOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeUrls();
    void serverOptions();
    void serverOptionErrors_data();
    void serverOptionErrors();
    void serverUrls();
    void configFile();
    void configFileErrors_data();
    void configFileErrors();
    void addressPlan();
};

void TestOptions::storeUrls()
{
    QString error;
    StoreUrl s = StoreUrl::parse(QStringLiteral("sqlite:/var/lib/pf/pf.db"), &error);
    QCOMPARE(s.kind, StoreUrl::Kind::SQLite);
    QCOMPARE(s.path, QStringLiteral("/var/lib/pf/pf.db"));
    QCOMPARE(StoreUrl::parse(QStringLiteral("sqlite:///tmp/x.db"), &error).path, QStringLiteral("/tmp/x.db"));
    QCOMPARE(StoreUrl::parse(QStringLiteral("sqlite::memory:"), &error).path, QStringLiteral(":memory:"));

    StoreUrl p = StoreUrl::parse(QStringLiteral("postgresql://pf@db.example.net:5433/fleet"), &error);
    QCOMPARE(p.kind, StoreUrl::Kind::PostgreSQL);
    QCOMPARE(p.user, QStringLiteral("pf"));
    QCOMPARE(p.host, QStringLiteral("db.example.net"));
    QCOMPARE(p.port, 5433);
    QCOMPARE(p.database, QStringLiteral("fleet"));
    QCOMPARE(p.toString(), QStringLiteral("postgresql://pf@db.example.net:5433/fleet"));
    QCOMPARE(StoreUrl::parse(QStringLiteral("postgres://h/db"), &error).port, 5432);

    QVERIFY(!StoreUrl::parse(QStringLiteral("postgresql://pf:secret@h/db"), &error).isValid());
    QVERIFY(error.contains(QLatin1String("PGPASSWORD")));
    QVERIFY(!error.contains(QLatin1String("secret")));
    QVERIFY(!StoreUrl::parse(QStringLiteral("postgresql://h"), &error).isValid());
    QVERIFY(!StoreUrl::parse(QStringLiteral("sqlite:"), &error).isValid());
    QVERIFY(!StoreUrl::parse(QStringLiteral("mysql://h/db"), &error).isValid());
    QVERIFY(error.contains(QLatin1String("sqlite:PATH")));
}

void TestOptions::serverOptions()
{
    ServerOptions o;
    QString error;
    QVERIFY2(ServerOptions::parse({QStringLiteral("phonefleetd"), QStringLiteral("--database"),
                                   QStringLiteral("sqlite:/tmp/a.db"), QStringLiteral("--bind"),
                                   QStringLiteral("127.0.0.1"), QStringLiteral("--http-port"), QStringLiteral("0"),
                                   QStringLiteral("--https-port"), QStringLiteral("9443")},
                                  &o, &error),
             qPrintable(error));
    QCOMPARE(o.database.path, QStringLiteral("/tmp/a.db"));
    QCOMPARE(o.bindAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(o.httpPort, 0);
    QCOMPARE(o.httpsPort, 9443);

    ServerOptions d;
    QVERIFY(ServerOptions::parse({QStringLiteral("phonefleetd")}, &d, &error));
    QCOMPARE(d.database.kind, StoreUrl::Kind::SQLite);
    QVERIFY(d.database.path.endsWith(QLatin1String("phonefleet.db")));
    QVERIFY(ServerOptions::helpText().contains(QLatin1String("--database")));
}

void TestOptions::serverOptionErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad port") << QStringList {QStringLiteral("--http-port"), QStringLiteral("70000")} << "http-port";
    QTest::newRow("bad bind") << QStringList {QStringLiteral("--bind"), QStringLiteral("nowhere")} << "bind";
    QTest::newRow("bad database") << QStringList {QStringLiteral("--database"), QStringLiteral("oracle:x")}
                                  << "database";
    QTest::newRow("cert without key") << QStringList {QStringLiteral("--tls-cert"), QStringLiteral("c.pem")}
                                      << "tls-key";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("stray argument") << QStringList {QStringLiteral("extra")} << "extra";
}

void TestOptions::serverOptionErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    ServerOptions o;
    QString error;
    QVERIFY(!ServerOptions::parse(QStringList {QStringLiteral("phonefleetd")} + arguments, &o, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

namespace {
QString writeConfig(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("phonefleetd.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}
} // namespace

// --config FILE (the packages' /etc/phonefleet/phonefleetd.conf): the file's options first,
// the command line's over them.
void TestOptions::configFile()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir,
                                     "# comment\n"
                                     "data-dir = /var/lib/phonefleet\n"
                                     "  http-port=80  \n"
                                     "\n"
                                     "https-port = 443\n"
                                     "no-http\n"
                                     "trusted-proxy = 10.0.0.5/32, 10.0.0.6\n"
                                     "tls-cert = /etc/phonefleet/tls/server crt.pem\n"
                                     "tls-key = /etc/phonefleet/tls/server.key\n");
    ServerOptions o;
    QString error;
    QVERIFY2(ServerOptions::parse({QStringLiteral("phonefleetd"), QStringLiteral("--config"), path,
                                   QStringLiteral("--https-port"), QStringLiteral("8443")},
                                  &o, &error),
             qPrintable(error));
    QCOMPARE(o.configFile, path);
    QCOMPARE(o.dataDir, QStringLiteral("/var/lib/phonefleet"));
    QCOMPARE(o.database.path, QStringLiteral("/var/lib/phonefleet/phonefleet.db"));
    QCOMPARE(o.httpPort, 80);
    QCOMPARE(o.httpsPort, 8443); // the command line wins
    QVERIFY(!o.httpEnabled);
    QCOMPARE(o.trustedProxies, QStringLiteral("10.0.0.5/32, 10.0.0.6"));
    QCOMPARE(o.tlsCertificate, QStringLiteral("/etc/phonefleet/tls/server crt.pem")); // spaces kept
    // The file the packages install parses as it is.
    const QString shipped = QFINDTESTDATA("../../packaging/linux/phonefleetd.conf");
    QVERIFY(!shipped.isEmpty());
    QVERIFY2(ServerOptions::parse({QStringLiteral("phonefleetd"), QStringLiteral("--config"), shipped}, &o, &error),
             qPrintable(error));
    QCOMPARE(o.dataDir, QStringLiteral("/var/lib/phonefleet"));
    QCOMPARE(o.httpPort, 80);
    QCOMPARE(o.adminUser, QStringLiteral("admin"));
}

void TestOptions::configFileErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown") << QByteArray("http-port = 80\nfrobnicate = 1\n") << ":2: unknown option 'frobnicate'";
    QTest::newRow("no value") << QByteArray("data-dir =\n") << ":1: 'data-dir' needs a value";
    QTest::newRow("flag with value") << QByteArray("no-http = yes\n") << ":1: 'no-http' takes no value";
    QTest::newRow("command") << QByteArray("reset-admin = admin\n") << ":1: 'reset-admin' is a command";
    QTest::newRow("nested") << QByteArray("config = /etc/other.conf\n") << ":1: 'config' is a command";
    QTest::newRow("bad port") << QByteArray("http-port = eighty\n") << "http-port";
}

void TestOptions::configFileErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = writeConfig(dir, text);
    ServerOptions o;
    QString error;
    QVERIFY(!ServerOptions::parse({QStringLiteral("phonefleetd"), QStringLiteral("--config"), path}, &o, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!ServerOptions::parse({QStringLiteral("phonefleetd"), QStringLiteral("--config"), dir.filePath("none")}, &o,
                                  &error));
    QVERIFY2(error.contains(QLatin1String("cannot read")), qPrintable(error));
}

void TestOptions::serverUrls()
{
    QString error;
    ServerUrl u = ServerUrl::parse(QStringLiteral("pf.example.net"), &error);
    QVERIFY(u.isValid());
    QCOMPARE(u.apiUrl(QStringLiteral("devices")).toString(), QStringLiteral("https://pf.example.net/api/v1/devices"));
    u = ServerUrl::parse(QStringLiteral("https://pf.example.net:8443/fleet"), &error);
    QCOMPARE(u.apiUrl(QStringLiteral("/login")).toString(),
             QStringLiteral("https://pf.example.net:8443/fleet/api/v1/login"));
    QVERIFY(ServerUrl::parse(QStringLiteral("http://127.0.0.1:8080"), &error).isValid());
    QVERIFY(ServerUrl::parse(QStringLiteral("http://localhost:8080"), &error).isValid());
    QVERIFY(!ServerUrl::parse(QStringLiteral("http://pf.example.net"), &error).isValid());
    QVERIFY(error.contains(QLatin1String("https")));
    QVERIFY(!ServerUrl::parse(QStringLiteral("ftp://pf.example.net"), &error).isValid());
    QVERIFY(!ServerUrl::parse(QStringLiteral(""), &error).isValid());
    QVERIFY(!ServerUrl::parse(QStringLiteral("https://user:pw@pf.example.net"), &error).isValid());
}

void TestOptions::addressPlan()
{
    FleetAddressPlan plan;
    QCOMPARE(plan.macAt(0).toString(), QStringLiteral("00908F000000"));
    QCOMPARE(plan.macAt(255).toString(), QStringLiteral("00908F0000FF"));
    QCOMPARE(plan.addressAt(0).toString(), QStringLiteral("127.0.0.2"));
    QCOMPARE(plan.addressAt(254).toString(), QStringLiteral("127.0.1.0"));
    QVERIFY(plan.addressAt(9999).isLoopback());
    QString error;
    QVERIFY(plan.setMacPrefix(QStringLiteral("00:11:22"), &error));
    QCOMPARE(plan.macAt(1).toString(), QStringLiteral("001122000001"));
    QVERIFY(!plan.setMacPrefix(QStringLiteral("0011"), &error));
    QVERIFY(!plan.setMacPrefix(QStringLiteral("00112G"), &error));
    QCOMPARE(plan.macAt(1).toString(), QStringLiteral("001122000001")); // unchanged on failure
    QVERIFY(plan.addressAt(FleetAddressPlan::capacity() - 1).isLoopback());
}

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
