// The whole system, end to end, as an administrator runs it: a real phonefleetd, 500 users with
// their phones imported from CSV, their files generated, 500 simulated phones (phonefleet-sim)
// booting with jitter; the dashboard reaches 500 registered but for the injected registration
// failures, which show as alarms; a bulk reset of 100 phones in batches reboots each of them
// exactly once and no other; a message reaches exactly the phones it was sent to; a Monitoring
// administrator's action is refused.
#include "apiclient.h"
#include "processrun.h"
#include "serverprocess.h"
#include "simprocess.h"
#include "waitfor.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {
const QString adminPassword = QStringLiteral("fleet-admin-password");
constexpr int phones = 500;

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importGenerateAndBoot();
    void bulkResetRebootsEachPhoneOnce();
    void messageReachesExactlyTheSelectedPhones();
    void monitoringCannotAct();

private:
    qint64 runJob(const QJsonObject& body, int timeoutMs);
    QHash<QString, qint64> deviceIds();

    QTemporaryDir m_dir;
    ServerProcess m_server;
    SimProcess m_sim;
    ApiClient m_admin;
    QVector<QPair<QString, QHostAddress>> m_plan;
    qint64 m_region = 0;
};

void TestFleet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.startIn(m_dir.path(), adminPassword, &error), qPrintable(error));
    m_admin = ApiClient(m_server.http, QHostAddress::LocalHost);
    QCOMPARE(m_admin.login(QStringLiteral("admin"), adminPassword).status, 200);
    m_plan = SimProcess::plan(phones);
    QCOMPARE(m_plan.size(), phones);
}

void TestFleet::cleanupTestCase()
{
    m_sim.stop();
    m_server.kill();
}

qint64 TestFleet::runJob(const QJsonObject& body, int timeoutMs)
{
    const ApiClient::Reply r = m_admin.post("/api/v1/actions", body);
    if (r.status != 201) {
        qWarning("%s", r.text().constData());
        return 0;
    }
    const qint64 id = r.id();
    const bool done = waitFor(
        [&] {
            return m_admin.get("/api/v1/jobs/" + QByteArray::number(id)).json.value(QStringLiteral("state")).toString()
                == QLatin1String("done");
        },
        timeoutMs);
    return done ? id : 0;
}

QHash<QString, qint64> TestFleet::deviceIds()
{
    QHash<QString, qint64> ids;
    for (const QJsonValue& v : m_admin.get("/api/v1/devices?limit=10000").items()) {
        ids.insert(v.toObject().value(QStringLiteral("mac")).toString(),
                   static_cast<qint64>(v.toObject().value(QStringLiteral("id")).toDouble()));
    }
    return ids;
}

void TestFleet::importGenerateAndBoot()
{
    ApiClient::Reply r = m_admin.post("/api/v1/regions",
                                      {{QStringLiteral("name"), QStringLiteral("Paris")},
                                       {QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.0/8")}});
    QVERIFY2(r.status == 201, r.text());
    m_region = r.id();
    QByteArray csv = "Name,Password,Display Name,Region,Device 1 Display Name,Device 1 MAC Address,Device 1 IP Phone "
                     "Model,Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,Device 1 VLAN Priority\n";
    for (int i = 0; i < phones; ++i) {
        csv += QStringLiteral("user%1,sip-%1,User %1,Paris,Desk %1,%2,Audiocodes_430HD,English,,0,0\n")
                   .arg(i)
                   .arg(m_plan.at(i).first)
                   .toUtf8();
    }
    r = m_admin.call("POST", "/api/v1/import/users", csv, {{"Content-Type", "text/csv"}});
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("devicesAdded")).toInt(), phones);
    // Every phone's file, generated before any phone asks.
    QVERIFY(runJob({{QStringLiteral("action"), QStringLiteral("generate")},
                    {QStringLiteral("filter"), QJsonObject {{QStringLiteral("region"), QStringLiteral("Paris")}}},
                    {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("concurrency"), 20}}}},
                   60000));
    QCOMPARE(m_admin.get("/api/v1/configfiles?name=00908F&limit=1").total(), phones);
    // Commands are pushed to the phones' own addresses, at the simulator's port.
    const quint16 port = SimProcess::freePort();
    r = m_admin.get("/api/v1/settings");
    r = m_admin.put(
        "/api/v1/settings",
        {{QStringLiteral("settings"), QJsonObject {{QStringLiteral("phone_push_port"), QString::number(port)}}},
         {QStringLiteral("revision"), r.json.value(QStringLiteral("revision"))}});
    QVERIFY2(r.status == 200, r.text());

    QString error;
    QVERIFY2(m_sim.start({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(m_server.http),
                          QStringLiteral("--phones"), QString::number(phones), QStringLiteral("--region"),
                          QStringLiteral("Paris"), QStringLiteral("--time-scale"), QStringLiteral("30"),
                          QStringLiteral("--jitter"), QStringLiteral("5"), QStringLiteral("--fail-rate"),
                          QStringLiteral("0.04"), QStringLiteral("--fail-duration"), QStringLiteral("800000"),
                          QStringLiteral("--seed"), QStringLiteral("7")},
                         port, &error),
             qPrintable(error));
    // Everyone reports; all but the failing ones register, and those raise alarms.
    QJsonObject dashboard;
    int alarms = 0;
    const bool settled = waitFor(
        [&] {
            dashboard = m_admin.get("/api/v1/dashboard").json;
            alarms = static_cast<int>(m_admin.get("/api/v1/alarms?limit=1").total());
            const int registered = dashboard.value(QStringLiteral("registered")).toInt();
            const int unregistered = dashboard.value(QStringLiteral("unregistered")).toInt();
            return registered + unregistered == phones && unregistered == alarms && alarms > 0
                && dashboard.value(QStringLiteral("disconnected")).toInt() == 0;
        },
        90000);
    QVERIFY2(settled, QJsonDocument(dashboard).toJson(QJsonDocument::Compact).constData());
    QVERIFY2(alarms > 5 && alarms < 50, qPrintable(QString::number(alarms))); // 4 % of 500
    QCOMPARE(dashboard.value(QStringLiteral("registered")).toInt(), phones - alarms);
    QCOMPARE(m_admin.get("/api/v1/alarms?q=IPPhoneRegisterFailure&limit=1").total(), alarms);
    // The phones got their own files: their line user is the one the import gave them.
    const QJsonObject first = m_sim.phone(m_plan.first().second);
    QCOMPARE(first.value(QStringLiteral("mac")).toString(), m_plan.first().first);
    QCOMPARE(first.value(QStringLiteral("configFetches")).toInt(), 1);
    QVERIFY(m_admin.get("/api/v1/devices?q=user0")
                .items()
                .first()
                .toObject()
                .value(QStringLiteral("ipAddress"))
                .toString()
                .startsWith(QLatin1String("127.")));
}

void TestFleet::bulkResetRebootsEachPhoneOnce()
{
    const QHash<QString, qint64> ids = deviceIds();
    QJsonArray selected;
    QSet<QString> reset;
    for (int i = 100; i < 200; ++i) {
        selected.append(static_cast<double>(ids.value(m_plan.at(i).first)));
        reset.insert(m_plan.at(i).first);
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 job =
        runJob({{QStringLiteral("action"), QStringLiteral("reset")},
                {QStringLiteral("options"), QJsonObject {{QStringLiteral("mode"), QStringLiteral("graceful")}}},
                {QStringLiteral("deviceIds"), selected},
                {QStringLiteral("pacing"),
                 QJsonObject {{QStringLiteral("batchSize"), 25},
                              {QStringLiteral("batchPauseMs"), 1500},
                              {QStringLiteral("concurrency"), 25}}}},
               60000);
    QVERIFY(job > 0);
    // Four batches, three pauses between them.
    QVERIFY2(timer.elapsed() >= 4500, qPrintable(QString::number(timer.elapsed())));
    const QJsonObject done = m_admin.get("/api/v1/jobs/" + QByteArray::number(job)).json;
    const QJsonObject counts = done.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("done")).toInt() + counts.value(QStringLiteral("queued")).toInt()
                 + counts.value(QStringLiteral("delivered")).toInt(),
             100);
    QCOMPARE(counts.value(QStringLiteral("failed")).toInt(), 0);
    // Each of them reboots once (after its call, when it was in one); the others not at all.
    QStringList wrong;
    const bool rebooted = waitFor(
        [&] {
            wrong.clear();
            for (const auto& [mac, address] : std::as_const(m_plan)) {
                const QJsonObject p = m_sim.phone(address);
                const int reboots = p.value(QStringLiteral("reboots")).toInt(-1);
                const int expected = reset.contains(mac) ? 1 : 0;
                if (reboots != expected || p.value(QStringLiteral("state")).toString() != QLatin1String("running")) {
                    wrong << QStringLiteral("%1: %2 reboots, %3")
                                 .arg(mac)
                                 .arg(reboots)
                                 .arg(p.value(QStringLiteral("state")).toString());
                }
            }
            return wrong.isEmpty();
        },
        60000);
    QVERIFY2(rebooted, qPrintable(wrong.mid(0, 10).join(QLatin1String("; "))));
    QVERIFY(waitFor(
        [&] {
            return m_admin.get("/api/v1/dashboard").json.value(QStringLiteral("registered")).toInt()
                + static_cast<int>(m_admin.get("/api/v1/alarms?limit=1").total())
                == phones;
        },
        30000));
}

void TestFleet::messageReachesExactlyTheSelectedPhones()
{
    const QHash<QString, qint64> ids = deviceIds();
    const QString text = QStringLiteral("Fire drill at 15:00 — leave by the stairs");
    QJsonArray selected;
    QSet<QString> chosen;
    for (int i = 300; i < 500; i += 20) {
        selected.append(static_cast<double>(ids.value(m_plan.at(i).first)));
        chosen.insert(m_plan.at(i).first);
    }
    QVERIFY(runJob(
        {{QStringLiteral("action"), QStringLiteral("send-message")},
         {QStringLiteral("options"), QJsonObject {{QStringLiteral("text"), text}, {QStringLiteral("seconds"), 600}}},
         {QStringLiteral("deviceIds"), selected},
         {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("delayMs"), 0}}}},
        30000));
    QStringList wrong;
    const bool arrived = waitFor(
        [&] {
            wrong.clear();
            for (const auto& [mac, address] : std::as_const(m_plan)) {
                const QJsonObject p = m_sim.phone(address);
                const bool has = p.value(QStringLiteral("lastMessage")).toString() == text;
                if (has != chosen.contains(mac)) {
                    wrong << mac + (has ? QStringLiteral(" got it") : QStringLiteral(" did not"));
                }
                if (has && p.value(QStringLiteral("beeps")).toInt() != 1) {
                    wrong << mac + QStringLiteral(" did not beep once");
                }
            }
            return wrong.isEmpty();
        },
        30000);
    QVERIFY2(arrived, qPrintable(wrong.mid(0, 10).join(QLatin1String("; "))));
}

void TestFleet::monitoringCannotAct()
{
    ApiClient::Reply r =
        m_admin.post("/api/v1/admins",
                     {{QStringLiteral("name"), QStringLiteral("watcher")},
                      {QStringLiteral("role"), QStringLiteral("regional")},
                      {QStringLiteral("regionLevels"),
                       QJsonArray {QJsonObject {{QStringLiteral("regionId"), m_region},
                                                {QStringLiteral("level"), QStringLiteral("monitoring")}}}},
                      {QStringLiteral("password"), QStringLiteral("watcher-password")}});
    QVERIFY2(r.status == 201, r.text());
    ApiClient watcher(m_server.http, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(watcher.login(QStringLiteral("watcher"), QStringLiteral("watcher-password")).status, 200);
    QCOMPARE(watcher.get("/api/v1/dashboard").json.value(QStringLiteral("total")).toInt(), phones);
    r = watcher.post("/api/v1/actions",
                     {{QStringLiteral("action"), QStringLiteral("reset")},
                      {QStringLiteral("filter"), QJsonObject {{QStringLiteral("region"), QStringLiteral("Paris")}}}});
    QCOMPARE(r.status, 403);
    QVERIFY2(r.error().contains(QLatin1String("Monitoring")), r.text());
    // Nothing happened: no job, no reboot beyond the bulk reset's.
    QCOMPARE(m_admin.get("/api/v1/jobs?limit=1").total(), 3);
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
