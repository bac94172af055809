// Bulk actions against a real phonefleetd and real simulated phones: pushed or queued and then
// delivered with a keep-alive, cancelled, resumed after a server restart without sending any
// command twice, and the actions that change the server (region, language, approval, deletion,
// users' passwords, firmware).
#include "apiclient.h"
#include "serverprocess.h"
#include "simprocess.h"
#include "store.h"
#include "waitfor.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {
const QString adminPassword = QStringLiteral("actions-admin-password");

QHostAddress phoneAddress(int index)
{
    return QHostAddress(0x7F000002u + static_cast<quint32>(index));
}
} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void queuedWhenUnreachableThenDelivered();
    void cancelWithdrawsWhatIsQueued();
    void restartResumesWithoutSendingTwice();
    void regionShareCapsEachBatch();
    void interruptedSendIsNotRepeated();
    void unansweredPushRestartsOnce();
    void serverSideActions();
    void generateRunsPhonesTogether();
    void firmwareUpdate();
    void scheduledAndGracefulResets();
    void skippedWhereNotAllowed();

private:
    // On the ports it had, if it ran before: the phones know the server by its address.
    void startServer();
    // n phones of region Paris, booted and registered; phone i is at phoneAddress(i).
    void startFleet(int n, const QStringList& extra = {}, const QString& regions = QStringLiteral("Paris"));
    void setting(const char* name, const QString& value);
    QVector<qint64> deviceIds(int n);
    QJsonObject job(qint64 id) { return m_admin.get("/api/v1/jobs/" + QByteArray::number(id)).json; }
    QJsonArray targets(qint64 id) { return m_admin.get("/api/v1/jobs/" + QByteArray::number(id) + "/targets").items(); }
    qint64 start(const QJsonObject& body);
    // A forced reset of these phones, paced so.
    qint64 forcedReset(const QVector<qint64>& devices, const QJsonObject& pacing);
    bool finished(qint64 id, int ms = 30000);
    // The server's database, opened directly (with the server stopped).
    bool openDatabase(Store& store) const
    {
        QString error;
        return !store
                    .open(StoreUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("pf.db")), &error))
                    .isError();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SimProcess> m_sim;
    ApiClient m_admin;
    qint64 m_paris = 0;
    quint16 m_simPort = 0;
};

void TestActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startServer();
    const ApiClient::Reply r = m_admin.post("/api/v1/regions",
                                            {{QStringLiteral("name"), QStringLiteral("Paris")},
                                             {QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.0/8")}});
    QVERIFY2(r.status == 201, r.text());
    m_paris = r.id();
    m_simPort = SimProcess::freePort();
    setting("phone_push_port", QString::number(m_simPort));
}

void TestActions::cleanup()
{
    m_sim.reset();
    m_server.reset(); // the next test's server picks new ports
    m_dir.reset();
}

void TestActions::startServer()
{
    // On the ports it had, if it ran before: the phones know the server by its address.
    const quint16 http = m_server ? m_server->http : 0;
    const quint16 https = m_server ? m_server->https : 0;
    m_server.reset();
    m_server = std::make_unique<ServerProcess>();
    QString error;
    QVERIFY2(m_server->startIn(m_dir->path(), adminPassword, &error, http, https), qPrintable(error));
    m_admin = ApiClient(m_server->http, QHostAddress::LocalHost);
    QCOMPARE(m_admin.login(QStringLiteral("admin"), adminPassword).status, 200);
}

void TestActions::setting(const char* name, const QString& value)
{
    const ApiClient::Reply current = m_admin.get("/api/v1/settings");
    const ApiClient::Reply r =
        m_admin.put("/api/v1/settings",
                    {{QStringLiteral("settings"), QJsonObject {{QLatin1String(name), value}}},
                     {QStringLiteral("revision"), current.json.value(QStringLiteral("revision"))}});
    QVERIFY2(r.status == 200, r.text());
    QTest::qWait(300); // a change applies on the node that made it at once (others: within 5 s)
}

void TestActions::startFleet(int n, const QStringList& extra, const QString& regions)
{
    m_sim = std::make_unique<SimProcess>();
    QString error;
    QVERIFY2(
        m_sim->start(QStringList {QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(m_server->http),
                                  QStringLiteral("--phones"), QString::number(n), QStringLiteral("--regions"), regions,
                                  QStringLiteral("--time-scale"), QStringLiteral("10")}
                         + extra,
                     m_simPort, &error),
        qPrintable(error));
    // (At time scale 1 a phone's first report may take most of a minute on a loaded machine:
    // CI saw the 30 s this waited before run out.)
    QVERIFY(waitFor(
        [&] { return m_admin.get("/api/v1/dashboard").json.value(QStringLiteral("registered")).toInt() == n; }, 90000));
}

QVector<qint64> TestActions::deviceIds(int n)
{
    QVector<qint64> ids;
    for (int i = 0; i < n; ++i) {
        const QString mac = m_sim->phone(phoneAddress(i)).value(QStringLiteral("mac")).toString();
        ids.append(static_cast<qint64>(m_admin.get("/api/v1/devices?mac=" + mac.toLatin1())
                                           .items()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("id"))
                                           .toDouble()));
    }
    return ids;
}

qint64 TestActions::start(const QJsonObject& body)
{
    const ApiClient::Reply r = m_admin.post("/api/v1/actions", body);
    if (r.status != 201) {
        qWarning("%s", r.text().constData());
    }
    return r.status == 201 ? r.id() : 0;
}

bool TestActions::finished(qint64 id, int ms)
{
    return waitFor([&] { return job(id).value(QStringLiteral("state")).toString() == QLatin1String("done"); }, ms);
}

namespace {
QJsonArray ids(const QVector<qint64>& list)
{
    QJsonArray out;
    for (const qint64 id : list) {
        out.append(static_cast<double>(id));
    }
    return out;
}
} // namespace

qint64 TestActions::forcedReset(const QVector<qint64>& devices, const QJsonObject& pacing)
{
    return start({{QStringLiteral("action"), QStringLiteral("reset")},
                  {QStringLiteral("options"), QJsonObject {{QStringLiteral("mode"), QStringLiteral("force")}}},
                  {QStringLiteral("deviceIds"), ids(devices)},
                  {QStringLiteral("pacing"), pacing}});
}

void TestActions::queuedWhenUnreachableThenDelivered()
{
    startFleet(4);
    const QVector<qint64> devices = deviceIds(4);
    setting("phone_push_port", QStringLiteral("1")); // nothing listens there: every push fails
    const qint64 id =
        start({{QStringLiteral("action"), QStringLiteral("send-message")},
               {QStringLiteral("options"), QJsonObject {{QStringLiteral("text"), QStringLiteral("queued hello")}}},
               {QStringLiteral("deviceIds"), ids(devices)},
               {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("delayMs"), 0}}}});
    QVERIFY(finished(id));
    for (const QJsonValue& v : targets(id)) {
        QCOMPARE(v.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("queued"));
        QVERIFY2(v.toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("cannot be reached")),
                 qPrintable(v.toObject().value(QStringLiteral("reason")).toString()));
    }
    // The next keep-alive (60 s, at 10x: 6 s) takes it; the job says so.
    QVERIFY(waitFor(
        [&] {
            return job(id).value(QStringLiteral("counts")).toObject().value(QStringLiteral("delivered")).toInt() == 4;
        },
        20000));
    for (int i = 0; i < 4; ++i) {
        // "delivered" is the server handing it over; the phone shows it a moment later.
        QJsonObject p;
        QVERIFY(waitFor(
            [&] {
                p = m_sim->phone(phoneAddress(i));
                return p.value(QStringLiteral("lastMessage")).toString() == QLatin1String("queued hello");
            },
            10000));
        QVERIFY(p.value(QStringLiteral("recentCommands"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QLatin1String("keep-alive")));
    }
}

void TestActions::cancelWithdrawsWhatIsQueued()
{
    startFleet(6, {QStringLiteral("--time-scale"), QStringLiteral("1")}); // keep-alives every 60 s
    const QVector<qint64> devices = deviceIds(6);
    setting("phone_push_port", QStringLiteral("1"));
    // Two queued at once, the rest one a minute: cancelled before any phone asks.
    const qint64 id =
        start({{QStringLiteral("action"), QStringLiteral("send-message")},
               {QStringLiteral("options"), QJsonObject {{QStringLiteral("text"), QStringLiteral("never shown")}}},
               {QStringLiteral("deviceIds"), ids(devices)},
               {QStringLiteral("pacing"),
                QJsonObject {{QStringLiteral("delayMs"), 60000}, {QStringLiteral("concurrency"), 2}}}});
    QVERIFY(waitFor(
        [&] { return job(id).value(QStringLiteral("counts")).toObject().value(QStringLiteral("queued")).toInt() == 1; },
        10000));
    const ApiClient::Reply r = m_admin.post("/api/v1/jobs/" + QByteArray::number(id) + "/cancel");
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(r.json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("cancelled")).toInt(), 6);
    QCOMPARE(m_admin.post("/api/v1/jobs/" + QByteArray::number(id) + "/cancel").status, 409);
    // Keep-alives come and go: nobody gets it.
    setting("phone_push_port", QString::number(m_simPort));
    const qint64 check = start({{QStringLiteral("action"), QStringLiteral("check-status")},
                                {QStringLiteral("deviceIds"), ids(devices)},
                                {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("delayMs"), 0}}}});
    QVERIFY(finished(check));
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(m_sim->phone(phoneAddress(i)).value(QStringLiteral("lastMessage")).toString(), QString());
    }
}

void TestActions::restartResumesWithoutSendingTwice()
{
    startFleet(10);
    const QVector<qint64> devices = deviceIds(10);
    const qint64 id = forcedReset(devices, {{QStringLiteral("batchSize"), 2}, {QStringLiteral("batchPauseMs"), 3000}});
    QVERIFY(waitFor(
        [&] { return job(id).value(QStringLiteral("counts")).toObject().value(QStringLiteral("done")).toInt() >= 2; },
        10000));
    // SIGTERM mid-job (in a pause between batches), then the server comes back.
    m_server->terminate();
    QVERIFY(m_server->waitForExit());
    QCOMPARE(m_server->exitCode(), 0);
    startServer();
    QVERIFY(finished(id, 60000));
    const QJsonObject counts = job(id).value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("done")).toInt(), 10);
    QStringList states;
    QVERIFY2(waitFor(
                 [&] {
                     states.clear();
                     for (int i = 0; i < 10; ++i) {
                         states << QString::fromUtf8(
                             QJsonDocument(m_sim->phone(phoneAddress(i))).toJson(QJsonDocument::Compact));
                     }
                     for (int i = 0; i < 10; ++i) {
                         if (m_sim->phone(phoneAddress(i)).value(QStringLiteral("reboots")).toInt() != 1) {
                             return false;
                         }
                     }
                     return true;
                 },
                 30000),
             qPrintable(states.join(u'\n')));
    QTest::qWait(2000); // and no second reset arrives later
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(m_sim->phone(phoneAddress(i)).value(QStringLiteral("reboots")).toInt(), 1);
    }
    const ApiClient::Reply log = m_admin.get("/api/v1/logs?kind=activity&q=job%20resumed");
    QCOMPARE(log.total(), 1);
}

void TestActions::regionShareCapsEachBatch()
{
    // 10 phones, 5 in Paris and 5 in Lyon; "no more than 40 % of a region at once": two of
    // each region a batch, whatever the batch size, so 4 + 4 + 2 in three batches.
    const ApiClient::Reply lyon =
        m_admin.post("/api/v1/regions",
                     {{QStringLiteral("name"), QStringLiteral("Lyon")},
                      {QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.0/8")}});
    QVERIFY2(lyon.status == 201, lyon.text());
    startFleet(10, {}, QStringLiteral("Paris,Lyon"));
    const QVector<qint64> devices = deviceIds(10);
    const qint64 id = forcedReset(devices,
                                  {{QStringLiteral("batchSize"), 100},
                                   {QStringLiteral("batchPauseMs"), 4000},
                                   {QStringLiteral("maxRegionPercent"), 40}});
    QVERIFY(id > 0);
    QCOMPARE(job(id).value(QStringLiteral("pacing")).toObject().value(QStringLiteral("maxRegionPercent")).toInt(), 40);
    const auto doneByRegion = [&] {
        QHash<qint64, int> done;
        for (const QJsonValue& t : m_admin.get("/api/v1/jobs/" + QByteArray::number(id) + "/targets").items()) {
            const QJsonObject o = t.toObject();
            if (o.value(QStringLiteral("outcome")).toString() != QLatin1String("pending")) {
                ++done[static_cast<qint64>(o.value(QStringLiteral("regionId")).toDouble())];
            }
        }
        return done;
    };
    // The first batch, then the pause: two phones of each region, no more.
    QVERIFY(waitFor(
        [&] { return job(id).value(QStringLiteral("counts")).toObject().value(QStringLiteral("done")).toInt() >= 4; },
        15000));
    QHash<qint64, int> first = doneByRegion();
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.value(m_paris), 2);
    QCOMPARE(first.value(lyon.id()), 2);
    QVERIFY(finished(id, 60000));
    QCOMPARE(job(id).value(QStringLiteral("counts")).toObject().value(QStringLiteral("done")).toInt(), 10);
    // Batches of at most 2 per region, 4 s apart: 3 batches, so at least 8 s from first to last.
    QVector<QDateTime> times;
    for (const QJsonValue& t : m_admin.get("/api/v1/jobs/" + QByteArray::number(id) + "/targets").items()) {
        times.append(
            QDateTime::fromString(t.toObject().value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs));
    }
    std::sort(times.begin(), times.end());
    QVERIFY2(times.first().msecsTo(times.last()) >= 8000,
             qPrintable(QString::number(times.first().msecsTo(times.last()))));
    // A share out of range is refused with the field's name.
    const ApiClient::Reply bad =
        m_admin.post("/api/v1/actions",
                     {{QStringLiteral("action"), QStringLiteral("reset")},
                      {QStringLiteral("deviceIds"), ids(devices)},
                      {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("maxRegionPercent"), 0}}}});
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.body.contains("maxRegionPercent"), bad.body.constData());
}

void TestActions::interruptedSendIsNotRepeated()
{
    startFleet(3);
    const QVector<qint64> devices = deviceIds(3);
    // A server that died while pushing to the first phone: its target was left "sending".
    m_server->kill();
    {
        Store store;
        QVERIFY(openDatabase(store));
        Job j;
        j.action = QStringLiteral("reset");
        j.options = QStringLiteral(R"({"mode":"force"})");
        j.pacing = QStringLiteral(R"({"delayMs":0,"batchSize":5,"batchPauseMs":0,"concurrency":5})");
        j.description = QStringLiteral("reset 3 phone(s) (force)");
        j.adminName = QStringLiteral("admin");
        j.state = JobState::Running;
        j.createdAt = j.startedAt = QDateTime::currentDateTimeUtc();
        const StoreResult<Job> saved = store.jobs().insert(j);
        QVERIFY(saved);
        QVector<JobTarget> targets;
        for (int i = 0; i < 3; ++i) {
            JobTarget t;
            t.position = i;
            t.targetId = devices.at(i);
            t.label = QStringLiteral("phone %1").arg(i);
            t.regionId = m_paris;
            t.outcome = i == 0 ? TargetOutcome::Sending : TargetOutcome::Pending;
            targets.append(t);
        }
        QVERIFY(!store.jobTargets().add(saved->id, targets).isError());
    }
    startServer();
    const qint64 id =
        m_admin.get("/api/v1/jobs?limit=1").items().first().toObject().value(QStringLiteral("id")).toInt();
    QVERIFY(finished(id));
    const QJsonArray outcome = targets(id);
    QCOMPARE(outcome.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QVERIFY(
        outcome.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("not sent again")));
    QCOMPARE(outcome.at(1).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(outcome.at(2).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    // After a restart a phone waits a random part of provisioning/random_provisioning_time (120 s,
    // at 10x up to 12 s) before it provisions and answers again.
    QVERIFY(
        waitFor([&] { return m_sim->phone(phoneAddress(2)).value(QStringLiteral("reboots")).toInt() == 1; }, 30000));
    QTest::qWait(1000);
    QCOMPARE(m_sim->phone(phoneAddress(0)).value(QStringLiteral("reboots")).toInt(), 0);
}

// Phones that carry a push out but answer it after the server stopped waiting (3 s): found by
// the 10 000-phone failover run, where loaded nodes queued such commands again. A message is
// given again under the same id, which a phone does once; a reset is not queued again, since
// after restarting the phone no longer knows the id and would restart twice.
void TestActions::unansweredPushRestartsOnce()
{
    startFleet(2, {QStringLiteral("--push-answer-delay"), QStringLiteral("4500")});
    const QVector<qint64> devices = deviceIds(2);
    const qint64 message =
        start({{QStringLiteral("action"), QStringLiteral("send-message")},
               {QStringLiteral("options"), QJsonObject {{QStringLiteral("text"), QStringLiteral("slow hello")}}},
               {QStringLiteral("deviceIds"), ids(devices)},
               {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("delayMs"), 0}}}});
    QVERIFY(finished(message));
    QVERIFY(waitFor(
        [&] {
            return job(message).value(QStringLiteral("counts")).toObject().value(QStringLiteral("delivered")).toInt()
                == 2;
        },
        20000));
    for (const QJsonValue& v : targets(message)) {
        QVERIFY2(v.toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("did not answer")),
                 qPrintable(v.toObject().value(QStringLiteral("reason")).toString()));
    }
    QTest::qWait(1000);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject p = m_sim->phone(phoneAddress(i));
        QCOMPARE(p.value(QStringLiteral("lastMessage")).toString(), QStringLiteral("slow hello"));
        QCOMPARE(p.value(QStringLiteral("beeps")).toInt(), 1);             // done once
        QCOMPARE(p.value(QStringLiteral("duplicateCommands")).toInt(), 1); // given twice
    }

    const qint64 reset = forcedReset(devices, QJsonObject {{QStringLiteral("delayMs"), 0}});
    QVERIFY(finished(reset));
    for (const QJsonValue& v : targets(reset)) {
        QCOMPARE(v.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY2(v.toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("restart twice")),
                 qPrintable(v.toObject().value(QStringLiteral("reason")).toString()));
    }
    for (int i = 0; i < 2; ++i) {
        QVERIFY(waitFor(
            [&] {
                const QJsonObject p = m_sim->phone(phoneAddress(i));
                return p.value(QStringLiteral("reboots")).toInt() == 1
                    && p.value(QStringLiteral("state")).toString() == QLatin1String("running");
            },
            30000));
    }
    // Two keep-alives later (6 s each at 10x) neither has restarted again.
    QTest::qWait(13000);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(m_sim->phone(phoneAddress(i)).value(QStringLiteral("reboots")).toInt(), 1);
    }
}

void TestActions::serverSideActions()
{
    startFleet(4);
    const QVector<qint64> devices = deviceIds(4);
    ApiClient::Reply r = m_admin.post("/api/v1/regions",
                                      {{QStringLiteral("name"), QStringLiteral("Lyon")},
                                       {QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.0/8")}});
    const qint64 lyon = r.id();
    // change-region: the row moves, and the phone provisions again from Lyon's folder.
    qint64 id = start({{QStringLiteral("action"), QStringLiteral("change-region")},
                       {QStringLiteral("options"), QJsonObject {{QStringLiteral("regionId"), lyon}}},
                       {QStringLiteral("deviceIds"), ids({devices.at(0)})}});
    QVERIFY(finished(id));
    QCOMPARE(m_admin.get("/api/v1/devices/" + QByteArray::number(devices.at(0)))
                 .json.value(QStringLiteral("regionName"))
                 .toString(),
             QStringLiteral("Lyon"));
    QVERIFY(waitFor(
        [&] {
            return m_sim->phone(phoneAddress(0)).value(QStringLiteral("region")).toString() == QLatin1String("Lyon");
        },
        10000));
    // It fetched again (a retry under load may make it one more: the point is that it did).
    QVERIFY(m_sim->phone(phoneAddress(0)).value(QStringLiteral("configFetches")).toInt() >= 2);
    // change-language: the row, then the file generated again, then the phone fetches it.
    id = start({{QStringLiteral("action"), QStringLiteral("change-language")},
                {QStringLiteral("options"), QJsonObject {{QStringLiteral("language"), QStringLiteral("French")}}},
                {QStringLiteral("deviceIds"), ids({devices.at(1)})}});
    QVERIFY(finished(id));
    QCOMPARE(m_admin.get("/api/v1/devices/" + QByteArray::number(devices.at(1)))
                 .json.value(QStringLiteral("language"))
                 .toString(),
             QStringLiteral("French"));
    QVERIFY(targets(id)
                .first()
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("file generated")));
    // It fetched again (as above, a retry under load may make it one more).
    QVERIFY2(waitFor([&] { return m_sim->phone(phoneAddress(1)).value(QStringLiteral("configFetches")).toInt() >= 2; },
                     10000),
             qPrintable(QString::number(m_sim->phone(phoneAddress(1)).value(QStringLiteral("configFetches")).toInt())));
    // reset-passwords on a user: a new random SIP password, never shown.
    r = m_admin.post("/api/v1/users",
                     {{QStringLiteral("name"), QStringLiteral("zoe")}, {QStringLiteral("regionId"), m_paris}});
    const qint64 zoe = r.id();
    id = start({{QStringLiteral("action"), QStringLiteral("reset-passwords")},
                {QStringLiteral("options"),
                 QJsonObject {{QStringLiteral("mode"), QStringLiteral("same")},
                              {QStringLiteral("password"), QStringLiteral("Sh4red!pw")}}},
                {QStringLiteral("userIds"), QJsonArray {static_cast<double>(zoe)}}});
    QVERIFY(finished(id));
    QVERIFY(m_admin.get("/api/v1/users/" + QByteArray::number(zoe)).json.value(QStringLiteral("hasPassword")).toBool());
    QVERIFY(!m_admin.get("/api/v1/jobs/" + QByteArray::number(id)).body.contains("Sh4red"));
    QVERIFY(!m_admin.get("/api/v1/logs?last=50").body.contains("Sh4red"));
    // A phone action on users acts on their phones: none yet, then the one zoe is given.
    const QJsonObject onZoe {
        {QStringLiteral("action"), QStringLiteral("change-language")},
        {QStringLiteral("options"), QJsonObject {{QStringLiteral("language"), QStringLiteral("German")}}},
        {QStringLiteral("userIds"), QJsonArray {static_cast<double>(zoe)}}};
    r = m_admin.post("/api/v1/actions", onZoe);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("no phone to act on"), r.body.constData());
    const QByteArray phone2 = "/api/v1/devices/" + QByteArray::number(devices.at(2));
    QCOMPARE(m_admin
                 .put(phone2,
                      {{QStringLiteral("userId"), static_cast<double>(zoe)},
                       {QStringLiteral("revision"), m_admin.get(phone2).json.value(QStringLiteral("revision"))}})
                 .status,
             200);
    // With no pacing given, the job pauses install_delay_seconds between two phones.
    const QJsonValue settingsRevision = m_admin.get("/api/v1/settings").json.value(QStringLiteral("revision"));
    QCOMPARE(m_admin
                 .put("/api/v1/settings",
                      {{QStringLiteral("settings"),
                        QJsonObject {{QStringLiteral("install_delay_seconds"), QStringLiteral("1")}}},
                       {QStringLiteral("revision"), settingsRevision}})
                 .status,
             200);
    id = start(onZoe);
    QCOMPARE(m_admin.get("/api/v1/jobs/" + QByteArray::number(id))
                 .json.value(QStringLiteral("pacing"))
                 .toObject()
                 .value(QStringLiteral("delayMs"))
                 .toInt(),
             1000);
    QVERIFY(finished(id));
    QCOMPARE(targets(id).size(), 1);
    QCOMPARE(m_admin.get(phone2).json.value(QStringLiteral("language")).toString(), QStringLiteral("German"));
    r = m_admin.post("/api/v1/actions",
                     {{QStringLiteral("action"), QStringLiteral("check-status")},
                      {QStringLiteral("userIds"), QJsonArray {987654.0}}});
    QCOMPARE(r.status, 404);
    // delete: the phone's row and files are gone; its next request is refused.
    id = start(
        {{QStringLiteral("action"), QStringLiteral("delete")}, {QStringLiteral("deviceIds"), ids({devices.at(3)})}});
    QVERIFY(finished(id));
    QCOMPARE(m_admin.get("/api/v1/devices/" + QByteArray::number(devices.at(3))).status, 404);
    // approve a phone waiting for approval.
    QCOMPARE(rawRequest(m_server->http, "POST", "/rest/v1/ipphoneMgrStatus/keep-alive", {},
                        R"({"mac":"00908FAA0001","status":"registered","model":"440HD"})")
                 .status,
             200);
    // By MAC: the phone deleted above may already have reported again, and be pending too.
    const qint64 pending = static_cast<qint64>(m_admin.get("/api/v1/devices?approval=pending&mac=00908FAA0001")
                                                   .items()
                                                   .first()
                                                   .toObject()
                                                   .value(QStringLiteral("id"))
                                                   .toDouble());
    id = start({{QStringLiteral("action"), QStringLiteral("approve")},
                {QStringLiteral("options"), QJsonObject {{QStringLiteral("regionId"), lyon}}},
                {QStringLiteral("deviceIds"), ids({pending})}});
    QVERIFY(finished(id));
    QCOMPARE(
        m_admin.get("/api/v1/devices/" + QByteArray::number(pending)).json.value(QStringLiteral("approval")).toString(),
        QStringLiteral("approved"));
    QCOMPARE(m_admin.get("/api/v1/configfiles?name=00908FAA0001").total(), 1);
    // Bad options are refused before anything starts.
    QCOMPARE(m_admin
                 .post("/api/v1/actions",
                       {{QStringLiteral("action"), QStringLiteral("change-region")},
                        {QStringLiteral("deviceIds"), ids({devices.at(0)})}})
                 .status,
             400);
    QCOMPARE(m_admin
                 .post("/api/v1/actions",
                       {{QStringLiteral("action"), QStringLiteral("explode")},
                        {QStringLiteral("deviceIds"), ids({devices.at(0)})}})
                 .status,
             400);
    QCOMPARE(m_admin
                 .post("/api/v1/actions",
                       {{QStringLiteral("action"), QStringLiteral("reset")},
                        {QStringLiteral("deviceIds"), QJsonArray {99999}}})
                 .status,
             404);
}

void TestActions::generateRunsPhonesTogether()
{
    // A generate job over more phones than one generation run takes (250), one of them deleted
    // since the job was made: every other phone gets its file, that one fails alone.
    constexpr int phones = 260;
    m_server->kill();
    {
        Store store;
        QVERIFY(openDatabase(store));
        Transaction tx(store.database());
        QVector<JobTarget> targets;
        for (int i = 0; i < phones; ++i) {
            Device d;
            d.mac = MacAddress::fromString(QStringLiteral("00908F1B%1").arg(i, 4, 16, QLatin1Char('0')));
            d.model = QStringLiteral("430HD");
            d.regionId = m_paris;
            d.approval = ApprovalState::Approved;
            const StoreResult<Device> saved = store.devices().insert(d);
            QVERIFY(saved);
            JobTarget t;
            t.position = i;
            t.targetId = saved->id;
            t.label = saved->mac.toString();
            t.regionId = m_paris;
            targets.append(t);
        }
        targets[7].targetId = 999999; // no such phone
        Job j;
        j.action = QStringLiteral("generate");
        j.options = QStringLiteral("{}");
        j.pacing = QStringLiteral(R"({"delayMs":0,"batchSize":5,"batchPauseMs":0,"concurrency":1})");
        j.description = QStringLiteral("generate %1 phone(s)").arg(phones);
        j.adminName = QStringLiteral("admin");
        j.state = JobState::Running;
        j.createdAt = j.startedAt = QDateTime::currentDateTimeUtc();
        const StoreResult<Job> job = store.jobs().insert(j);
        QVERIFY(job);
        QVERIFY(!store.jobTargets().add(job->id, targets).isError());
        QVERIFY(!tx.commit().isError());
    }
    startServer();
    const qint64 id =
        m_admin.get("/api/v1/jobs?limit=1").items().first().toObject().value(QStringLiteral("id")).toInt();
    QVERIFY(finished(id));
    const QJsonArray outcome = m_admin.get("/api/v1/jobs/" + QByteArray::number(id) + "/targets?limit=1000").items();
    QCOMPARE(outcome.size(), phones);
    int done = 0;
    for (const QJsonValue& v : outcome) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("position")).toInt() == 7) {
            QCOMPARE(t.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
            QVERIFY2(t.value(QStringLiteral("reason")).toString().contains(QLatin1String("no longer exists")),
                     qPrintable(t.value(QStringLiteral("reason")).toString()));
        } else {
            QCOMPARE(t.value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
            QVERIFY(t.value(QStringLiteral("reason")).toString().contains(QLatin1String("file generated")));
            done += 1;
        }
    }
    QCOMPARE(done, phones - 1);
    QCOMPARE(m_admin.get("/api/v1/configfiles?name=00908F1B").total(), phones - 1);
}

void TestActions::firmwareUpdate()
{
    startFleet(2);
    const QVector<qint64> devices = deviceIds(2);
    const ApiClient::Reply upload =
        m_admin.call("POST", "/api/v1/firmware?name=430HD_3.5.0.7.img", QByteArray(8192, 'f'));
    QVERIFY2(upload.status == 201, upload.text());
    const qint64 id = start({{QStringLiteral("action"), QStringLiteral("update-firmware")},
                             {QStringLiteral("options"), QJsonObject {{QStringLiteral("firmwareId"), upload.id()}}},
                             {QStringLiteral("deviceIds"), ids(devices)},
                             {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("batchSize"), 2}}}});
    QVERIFY(finished(id));
    // The phones download it, restart, and report the new version.
    QVERIFY(waitFor(
        [&] {
            const QJsonArray items = m_admin.get("/api/v1/devices?firmware=3.5.0.7").items();
            return items.size() == 2;
        },
        20000));
    // Once up again (a restarting phone does not answer), it says so itself.
    QVERIFY(waitFor([&] { return m_sim->phone(phoneAddress(0)).value(QStringLiteral("firmwareUpdates")).toInt() == 1; },
                    10000));
    QCOMPARE(m_sim->phone(phoneAddress(0)).value(QStringLiteral("firmwareVersion")).toString(),
             QStringLiteral("3.5.0.7"));
}

void TestActions::skippedWhereNotAllowed()
{
    startFleet(2);
    const QVector<qint64> devices = deviceIds(2);
    // An Operator of Lyon who only monitors Paris: the Paris phones are skipped, with the reason.
    ApiClient::Reply r = m_admin.post("/api/v1/regions", {{QStringLiteral("name"), QStringLiteral("Lyon")}});
    const qint64 lyon = r.id();
    r = m_admin.post("/api/v1/admins",
                     {{QStringLiteral("name"), QStringLiteral("lyon-ops")},
                      {QStringLiteral("role"), QStringLiteral("regional")},
                      {QStringLiteral("regionLevels"),
                       QJsonArray {QJsonObject {{QStringLiteral("regionId"), lyon},
                                                {QStringLiteral("level"), QStringLiteral("operator")}},
                                   QJsonObject {{QStringLiteral("regionId"), m_paris},
                                                {QStringLiteral("level"), QStringLiteral("monitoring")}}}},
                      {QStringLiteral("password"), QStringLiteral("lyon-ops-password")}});
    QVERIFY2(r.status == 201, r.text());
    ApiClient ops(m_server->http, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(ops.login(QStringLiteral("lyon-ops"), QStringLiteral("lyon-ops-password")).status, 200);
    r = ops.post("/api/v1/actions",
                 {{QStringLiteral("action"), QStringLiteral("reset")},
                  {QStringLiteral("options"), QJsonObject {{QStringLiteral("mode"), QStringLiteral("force")}}},
                  {QStringLiteral("deviceIds"), ids(devices)}});
    QVERIFY2(r.status == 201, r.text());
    QCOMPARE(r.json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("skipped")).toInt(), 2);
    const qint64 id = r.id();
    QVERIFY(waitFor(
        [&] {
            return ops.get("/api/v1/jobs/" + QByteArray::number(id)).json.value(QStringLiteral("state")).toString()
                == QLatin1String("done");
        },
        10000));
    QVERIFY(ops.get("/api/v1/jobs/" + QByteArray::number(id) + "/targets")
                .items()
                .first()
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("may not change")));
    QTest::qWait(1000);
    QCOMPARE(m_sim->phone(phoneAddress(0)).value(QStringLiteral("reboots")).toInt(), 0);
    // Its own jobs only.
    QCOMPARE(ops.get("/api/v1/jobs").total(), 1);
}

void TestActions::scheduledAndGracefulResets()
{
    startFleet(2);
    const QVector<qint64> devices = deviceIds(2);
    // In 20 s of the phone's time: at 10x, 2 s from now.
    const QString at = QDateTime::currentDateTimeUtc().addSecs(20).toString(Qt::ISODate);
    qint64 id =
        start({{QStringLiteral("action"), QStringLiteral("reset")},
               {QStringLiteral("options"),
                QJsonObject {{QStringLiteral("mode"), QStringLiteral("scheduled")}, {QStringLiteral("at"), at}}},
               {QStringLiteral("deviceIds"), ids({devices.at(0)})}});
    QVERIFY(finished(id));
    QCOMPARE(m_sim->phone(phoneAddress(0)).value(QStringLiteral("reboots")).toInt(), 0); // not yet
    QVERIFY(waitFor(
        [&] {
            const QJsonArray recent = m_sim->phone(phoneAddress(0)).value(QStringLiteral("recentCommands")).toArray();
            return !recent.isEmpty() && recent.last().toString().contains(QLatin1String("scheduled reset"));
        },
        30000));
    // A graceful reset is done once the phone is not in a call (it may be in one).
    id = start({{QStringLiteral("action"), QStringLiteral("reset")},
                {QStringLiteral("options"), QJsonObject {{QStringLiteral("mode"), QStringLiteral("graceful")}}},
                {QStringLiteral("deviceIds"), ids({devices.at(1)})}});
    QVERIFY(finished(id));
    QVERIFY(
        waitFor([&] { return m_sim->phone(phoneAddress(1)).value(QStringLiteral("reboots")).toInt() == 1; }, 60000));
}

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
