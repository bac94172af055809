#include "fleetaddressplan.h"
#include "serveroptions.h"
#include "serverurl.h"
#include "storeurl.h"

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
