// phonefleetctl against a real phonefleetd: login (token in the OS keychain, or printed),
// certificate pinning, the missing keychain, import/export users, devices, alarms and logs. Run
// by CTest inside tests/common/with-keyring.sh: a throwaway HOME, D-Bus session and keyring.
#include "processrun.h"
#include "rawhttp.h"
#include "serverprocess.h"
#include "testdata.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString adminPassword = QStringLiteral("ctl-admin-password");
} // namespace

class TestCtlServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongPasswordIsRefused();
    void loginKeepsTokenInKeychain();
    void withoutKeychainNothingIsStored();
    void pinnedCertificate();
    void importExportAndLists();
    void actionAndJob();

private:
    ProcessRun ctl(const QStringList& arguments, const QByteArray& input = {},
                   const QProcessEnvironment& extra = QProcessEnvironment());
    QString httpUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.http); }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_token;
};

void TestCtlServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.startIn(m_dir.path(), adminPassword, &error), qPrintable(error));
    const ProcessRun r = ctl({QStringLiteral("login"), QStringLiteral("--server"), httpUrl(), QStringLiteral("--user"),
                              QStringLiteral("admin"), QStringLiteral("--print-token")},
                             adminPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_token = QString::fromLatin1(r.out.trimmed());
    QVERIFY(m_token.startsWith(QLatin1String("pft_")));
}

void TestCtlServer::cleanupTestCase()
{
    m_server.kill();
}

ProcessRun TestCtlServer::ctl(const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PHONEFLEET_TOKEN"));
    env.remove(QStringLiteral("PHONEFLEET_SERVER"));
    for (const QString& key : extra.keys()) {
        if (extra.value(key) == QLatin1String("<unset>")) {
            env.remove(key);
        } else {
            env.insert(key, extra.value(key));
        }
    }
    return runProgram(QStringLiteral("phonefleetctl"), arguments, input, env);
}

void TestCtlServer::wrongPasswordIsRefused()
{
    const ProcessRun r = ctl({QStringLiteral("login"), QStringLiteral("--server"), httpUrl(), QStringLiteral("--user"),
                              QStringLiteral("admin"), QStringLiteral("--print-token")},
                             "not the password\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("wrong user name or password"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    const ProcessRun missing = ctl({QStringLiteral("devices")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("--server URL is required"), missing.err.constData());
    const ProcessRun unreachable =
        ctl({QStringLiteral("devices"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1")}, {}, [] {
            QProcessEnvironment e;
            e.insert(QStringLiteral("PHONEFLEET_TOKEN"), QStringLiteral("pft_x"));
            return e;
        }());
    QCOMPARE(unreachable.exitCode, 1);
    QVERIFY2(unreachable.err.contains("cannot reach"), unreachable.err.constData());
}

void TestCtlServer::loginKeepsTokenInKeychain()
{
    if (qEnvironmentVariableIsSet("PHONEFLEET_NO_KEYRING")) {
        QSKIP("no dbus-run-session / gnome-keyring-daemon here: the keychain cannot be tested");
    }
    ProcessRun r = ctl({QStringLiteral("login"), QStringLiteral("--server"), httpUrl(), QStringLiteral("--user"),
                        QStringLiteral("admin")},
                       adminPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("token in the keychain"), r.out.constData());
    QVERIFY(!r.out.contains("pft_"));
    // The other commands find it there.
    QProcessEnvironment server;
    server.insert(QStringLiteral("PHONEFLEET_SERVER"), httpUrl());
    r = ctl({QStringLiteral("logs"), QStringLiteral("--last"), QStringLiteral("3")}, {}, server);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("login"), r.out.constData());
    // Nothing of it is in a file of the user's.
    for (QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        if (f.size() < 10 * 1024 * 1024 && f.open(QIODevice::ReadOnly)) {
            QVERIFY2(!f.readAll().contains("pft_"), qPrintable(f.fileName()));
        }
    }
    r = ctl({QStringLiteral("logout")}, {}, server);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ctl({QStringLiteral("devices")}, {}, server);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not signed in"), r.err.constData());
}

void TestCtlServer::withoutKeychainNothingIsStored()
{
    QProcessEnvironment noBus;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("<unset>"));
    noBus.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("no-runtime")));
    const ProcessRun r = ctl({QStringLiteral("login"), QStringLiteral("--server"), httpUrl(), QStringLiteral("--user"),
                              QStringLiteral("admin")},
                             adminPassword.toUtf8() + '\n', noBus);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no keychain is available"), r.err.constData());
    QVERIFY2(r.err.contains("Nothing was written to disk"), r.err.constData());
    QVERIFY(!r.out.contains("pft_") && !r.err.contains("pft_"));
    // The session it opened was closed again.
    QProcessEnvironment token;
    token.insert(QStringLiteral("PHONEFLEET_TOKEN"), m_token);
    const ProcessRun log = ctl({QStringLiteral("logs"), QStringLiteral("--server"), httpUrl(), QStringLiteral("--last"),
                                QStringLiteral("2"), QStringLiteral("--json")},
                               {}, token);
    QCOMPARE(log.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(log.out).array();
    QCOMPARE(entries.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("logout"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("login"));
}

void TestCtlServer::pinnedCertificate()
{
    const QString https = QStringLiteral("https://127.0.0.1:%1").arg(m_server.https);
    const QStringList login = {QStringLiteral("login"),  QStringLiteral("--server"), https,
                               QStringLiteral("--user"), QStringLiteral("admin"),    QStringLiteral("--print-token")};
    // First contact: not trusted, and the fingerprint to check is shown.
    ProcessRun r = ctl(login, adminPassword.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not trusted"), r.err.constData());
    QVERIFY2(r.err.contains(m_server.fingerprint), r.err.constData());
    // A wrong fingerprint refuses the connection.
    r = ctl(login + QStringList {QStringLiteral("--fingerprint"), QStringLiteral("AA:BB:CC")},
            adminPassword.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is not the one pinned"), r.err.constData());
    // The right one is accepted and remembered.
    r = ctl(login + QStringList {QStringLiteral("--fingerprint"), QString::fromLatin1(m_server.fingerprint)},
            adminPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcessEnvironment token;
    token.insert(QStringLiteral("PHONEFLEET_TOKEN"), QString::fromLatin1(r.out.trimmed()));
    r = ctl({QStringLiteral("devices"), QStringLiteral("--server"), https}, {}, token);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCtlServer::importExportAndLists()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PHONEFLEET_TOKEN"), m_token);
    env.insert(QStringLiteral("PHONEFLEET_SERVER"), httpUrl());
    const QString sample = testDataPath(QStringLiteral("samples/users.csv"));
    ProcessRun r = ctl({QStringLiteral("import"), QStringLiteral("users"), sample}, {}, env);
    QCOMPARE(r.exitCode, 1); // the regions do not exist yet
    QVERIFY2(r.err.contains(sample.toUtf8() + ":2: no region 'Paris'"), r.err.constData());
    QVERIFY(r.err.contains("nothing was imported"));
    r = ctl({QStringLiteral("import"), QStringLiteral("users"), sample, QStringLiteral("--create-regions")}, {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("imported 4 user(s): 4 added, 0 updated; device(s): 4 added"), r.out.constData());
    r = ctl({QStringLiteral("import"), QStringLiteral("users"), m_dir.filePath(QStringLiteral("missing.csv"))}, {},
            env);
    QCOMPARE(r.exitCode, 2);

    const QString exported = m_dir.filePath(QStringLiteral("users.csv"));
    r = ctl({QStringLiteral("export"), QStringLiteral("users"), QStringLiteral("--out"), exported}, {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "Name,Password"));
    QVERIFY(csv.contains("bruno.keller,,Bruno Keller,Zurich"));
    r = ctl({QStringLiteral("export"), QStringLiteral("users")}, {}, env);
    QCOMPARE(r.out, csv);

    r = ctl({QStringLiteral("devices"), QStringLiteral("--filter"), QStringLiteral("region=Zurich"),
             QStringLiteral("--json")},
            {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray zurich = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(zurich.size(), 1);
    QCOMPARE(zurich.first().toObject().value(QStringLiteral("mac")).toString(), QStringLiteral("00908F1A2B02"));
    r = ctl({QStringLiteral("devices"), QStringLiteral("--sort"), QStringLiteral("mac"), QStringLiteral("--desc")}, {},
            env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.first().startsWith("MAC"));
    QVERIFY(lines.at(1).startsWith("00908F1A2B04"));
    QVERIFY(lines.at(4).startsWith("00908F1A2B01"));
    QVERIFY(r.err.contains("4 phone(s)"));
    r = ctl({QStringLiteral("devices"), QStringLiteral("--filter"), QStringLiteral("status=asleep")}, {}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("asleep"), r.err.constData());

    // A phone raises an alarm; it is listed, and gone from the active ones once cleared.
    QJsonObject alert = QJsonDocument::fromJson(readTestData(QStringLiteral("samples/alert.json"))).object();
    QJsonArray alerts = alert.value(QStringLiteral("alerts")).toArray();
    QJsonObject a = alerts.first().toObject();
    a.insert(QStringLiteral("source"), QStringLiteral("IPPhone/00908F1A2B01"));
    alerts[0] = a;
    alert.insert(QStringLiteral("alerts"), alerts);
    QCOMPARE(
        rawRequest(m_server.http, "POST", "/rest/v1/ipphoneMgrAlert/alert", {}, QJsonDocument(alert).toJson()).status,
        200);
    r = ctl({QStringLiteral("alarms")}, {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("00908F1A2B01") && r.out.contains(a.value(QStringLiteral("name")).toString().toUtf8()),
             r.out.constData());
    r = ctl({QStringLiteral("alarms"), QStringLiteral("--history")}, {}, env);
    QVERIFY(!r.out.contains("00908F1A2B01"));

    r = ctl({QStringLiteral("logs"), QStringLiteral("--web-admin"), QStringLiteral("--last"), QStringLiteral("5")}, {},
            env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("import users"), r.out.constData());
    QVERIFY(!r.out.contains("Xk4!pr9w")); // the sample's passwords
    r = ctl({QStringLiteral("logs"), QStringLiteral("--activity"), QStringLiteral("--level"), QStringLiteral("INFO")},
            {}, env);
    QVERIFY2(r.exitCode == 0 && r.out.contains("server started"), r.out.constData());
    r = ctl({QStringLiteral("logs"), QStringLiteral("--level"), QStringLiteral("LOUD")}, {}, env);
    QCOMPARE(r.exitCode, 1);
}

void TestCtlServer::actionAndJob()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PHONEFLEET_TOKEN"), m_token);
    env.insert(QStringLiteral("PHONEFLEET_SERVER"), httpUrl());
    // The sample's phones never proved an address, so they cannot be pushed to: the command is queued.
    ProcessRun r =
        ctl({QStringLiteral("action"), QStringLiteral("send-message"), QStringLiteral("--devices"),
             QStringLiteral("00:90:8F:1A:2B:01,00908F1A2B02"), QStringLiteral("--text"), QStringLiteral("Fire drill"),
             QStringLiteral("--pacing"), QStringLiteral("delayMs=0"), QStringLiteral("--wait")},
            {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("done: 0 done, 2 queued"), r.out.constData());
    QVERIFY2(r.err.contains("2/2"), r.err.constData()); // progress, a line per change off a terminal
    const QByteArray id = r.out.split(' ').value(1).replace(":", "");
    r = ctl({QStringLiteral("job"), QString::fromLatin1(id), QStringLiteral("--targets")}, {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("00908F1A2B01") && r.out.contains("queued"), r.out.constData());
    QVERIFY2(r.out.contains("has not proved its address"), r.out.constData());
    r = ctl({QStringLiteral("job"), QString::fromLatin1(id)}, {}, env);
    QVERIFY2(r.out.contains("send-message 2 phone(s) by admin"), r.out.constData());
    // A scheduled reset of the Zurich phones by filter, not waited for, then cancelled.
    r = ctl({QStringLiteral("action"), QStringLiteral("reset"), QStringLiteral("--filter"),
             QStringLiteral("region=Zurich"), QStringLiteral("--mode"), QStringLiteral("scheduled"),
             QStringLiteral("--at"), QStringLiteral("2030-01-01T03:00:00Z"), QStringLiteral("--pacing"),
             QStringLiteral("delayMs=600000")},
            {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("reset 1 phone(s) (scheduled)"), r.out.constData());
    const QByteArray second = r.out.split(' ').value(1).replace(":", "");
    r = ctl({QStringLiteral("job"), QString::fromLatin1(second), QStringLiteral("--cancel")}, {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("cancelled"), r.out.constData());
    // A graceful reset with at most a quarter of each region's phones a batch: the job says so.
    r = ctl({QStringLiteral("action"), QStringLiteral("reset"), QStringLiteral("--filter"),
             QStringLiteral("region=Zurich"), QStringLiteral("--max-region-percent"), QStringLiteral("25")},
            {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray third = r.out.split(' ').value(1).replace(":", "");
    r = ctl({QStringLiteral("job"), QString::fromLatin1(third)}, {}, env);
    QVERIFY2(r.out.contains("pacing: batches of 100, 60 s apart, at most 25 % of each region's phones a batch"),
             r.out.constData());
    // ... which a scheduled reset cannot keep: refused, with why.
    r = ctl({QStringLiteral("action"), QStringLiteral("reset"), QStringLiteral("--filter"),
             QStringLiteral("region=Zurich"), QStringLiteral("--mode"), QStringLiteral("scheduled"),
             QStringLiteral("--at"), QStringLiteral("2030-01-01T03:00:00Z"), QStringLiteral("--max-region-percent"),
             QStringLiteral("25")},
            {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("a scheduled reset restarts every phone at the time set"), r.err.constData());
    // Mistakes are said in words, before anything starts.
    r = ctl({QStringLiteral("action"), QStringLiteral("reboot"), QStringLiteral("--devices"), QStringLiteral("1")}, {},
            env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not an action"), r.err.constData());
    r = ctl({QStringLiteral("action"), QStringLiteral("reset"), QStringLiteral("--devices"),
             QStringLiteral("00908FFFFFFF")},
            {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no phone '00908FFFFFFF'"), r.err.constData());
    r = ctl({QStringLiteral("action"), QStringLiteral("change-region"), QStringLiteral("--devices"),
             QStringLiteral("1"), QStringLiteral("--region"), QStringLiteral("Atlantis")},
            {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no region 'Atlantis'"), r.err.constData());
    r = ctl({QStringLiteral("action"), QStringLiteral("check-status")}, {}, env);
    QCOMPARE(r.exitCode, 2);
    r = ctl({QStringLiteral("action"), QStringLiteral("reset"), QStringLiteral("--devices"), QStringLiteral("1"),
             QStringLiteral("--max-region-percent"), QStringLiteral("0")},
            {}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--max-region-percent: '0' is not a number from 1 to 100"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCtlServer)
#include "tst_ctlserver.moc"
