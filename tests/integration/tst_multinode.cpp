// Several phonefleetd as one (issue 24, item 3): three nodes on one throwaway PostgreSQL cluster
// behind Debian's nginx as the load balancer, and phonefleet-sim phones talking to nginx, so that
// their requests go round the nodes. In the middle of a boot storm and of a job to every phone,
// the node working the job is killed with SIGKILL. Then: another node finishes the job, every
// phone's outcome is recorded once and no phone got the command twice; every phone registered
// and none was added twice; the surviving nodes answer the same change feed; and, once the
// killed node is back, every phone's file is byte-identical from each of the three.
// PHONEFLEET_MULTINODE_PHONES sets the fleet's size (300 here; bench/multinode.sh runs 10 000).
#include "apiclient.h"
#include "pgcluster.h"
#include "processrun.h"
#include "serverprocess.h"
#include "simprocess.h"
#include "store.h"
#include "storeurl.h"
#include "waitfor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <array>
#include <memory>

#include <csignal>
#include <unistd.h>

namespace {
const QString adminPassword = QStringLiteral("multinode-admin-password");
constexpr int nodeCount = 3;

int fleetSize()
{
    const int n = qEnvironmentVariableIntValue("PHONEFLEET_MULTINODE_PHONES");
    return n > 0 ? n : 300;
}

// The name a node takes for job leases (phonefleetserver.cpp): host and a digest of its data folder.
QString nodeName(const QString& dataDir)
{
    return QHostInfo::localHostName() + u':'
        + QString::fromLatin1(
               QCryptographicHash::hash(QFileInfo(dataDir).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(12));
}

// Debian's nginx as a plain process, in its own folder, round-robin over the nodes.
class Balancer
{
public:
    ~Balancer() { stop(); }

    bool start(const QString& dir, const QVector<quint16>& nodes, QString* error)
    {
        const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                                             {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (nginx.isEmpty()) {
            *error = QStringLiteral("nginx is not installed (scripts/setup-deps installs it)");
            return false;
        }
        QDir(dir).mkpath(QStringLiteral("tmp"));
        port = SimProcess::freePort();
        QString upstream;
        for (quint16 p : nodes) {
            // A node that refuses a connection is skipped for 2 s; a request it took and never
            // answered (killed) is not sent elsewhere unless it was idempotent: nginx's defaults.
            upstream += QStringLiteral("    server 127.0.0.1:%1 max_fails=1 fail_timeout=2s;\n").arg(p);
        }
        QString conf = QStringLiteral("worker_processes 1;\n"
                                      "pid %1/nginx.pid;\n"
                                      "error_log %1/nginx.err warn;\n"
                                      "events { worker_connections 8192; }\n"
                                      "http {\n"
                                      "  log_format upstream '$upstream_addr $status';\n"
                                      "  access_log %1/access.log upstream;\n"
                                      "  client_body_temp_path %1/tmp/body;\n"
                                      "  proxy_temp_path %1/tmp/proxy;\n"
                                      "  fastcgi_temp_path %1/tmp/fastcgi;\n"
                                      "  uwsgi_temp_path %1/tmp/uwsgi;\n"
                                      "  scgi_temp_path %1/tmp/scgi;\n"
                                      "  upstream phonefleet {\n%2  }\n"
                                      "  server {\n"
                                      "    listen 127.0.0.1:%3;\n"
                                      "    client_max_body_size 16m;\n"
                                      "    location / {\n"
                                      "      proxy_pass http://phonefleet;\n"
                                      "      proxy_set_header X-Forwarded-For $remote_addr;\n"
                                      "      proxy_connect_timeout 2s;\n"
                                      "      proxy_read_timeout 90s;\n"
                                      "    }\n"
                                      "  }\n"
                                      "}\n")
                           .arg(dir, upstream)
                           .arg(port);
        if (::geteuid() == 0) {
            conf.prepend(QStringLiteral("user root;\n")); // its workers must reach this folder
        }
        QFile file(dir + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0) {
            *error = QStringLiteral("cannot write the nginx configuration");
            return false;
        }
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nginx,
                        {QStringLiteral("-p"), dir, QStringLiteral("-c"), file.fileName(), QStringLiteral("-e"),
                         dir + QStringLiteral("/nginx.err"), QStringLiteral("-g"), QStringLiteral("daemon off;")});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("nginx did not start");
            return false;
        }
        const bool up = waitFor([&] { return rawRequest(port, "GET", "/nothing-here").status != 0; }, 10000);
        if (!up) {
            *error = QStringLiteral("nginx does not answer: ") + QString::fromUtf8(m_process.readAll());
            QFile log(dir + QStringLiteral("/nginx.err"));
            if (log.open(QIODevice::ReadOnly)) {
                *error += QString::fromUtf8(log.readAll());
            }
        }
        return up;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    quint16 port = 0;

private:
    QProcess m_process;
};
} // namespace

class TestMultiNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedNodeLosesNothing();

private:
    void startNode(int i);
    qint64 startJob(const ApiClient& api, const QJsonObject& body);
    QString jobState(qint64 job);
    QString leaseHolder(qint64 job);
    // The job's targets, read through the API of the node given.
    QJsonArray targets(const ApiClient& api, qint64 job);

    QTemporaryDir m_dir;
    PgCluster m_cluster;
    QString m_database;
    std::array<ServerProcess, nodeCount> m_nodes;
    std::array<ApiClient, nodeCount> m_api;
    Balancer m_balancer;
    SimProcess m_sim;
    QSqlDatabase m_sql;
    int m_phones = 0;
};

void TestMultiNode::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString why;
    switch (m_cluster.startForTests(&why)) {
    case PgCluster::TestStart::Running:
        break;
    case PgCluster::TestStart::Skip:
        QSKIP(qPrintable(why));
    case PgCluster::TestStart::Fail:
        QFAIL(qPrintable(why));
    }
    QString error;
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("fleet"), &error), qPrintable(error));
    m_database = m_cluster.url(QStringLiteral("fleet"));
    m_sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("multinode"));
    m_sql.setHostName(m_cluster.host());
    m_sql.setPort(m_cluster.port());
    m_sql.setUserName(QStringLiteral("postgres"));
    m_sql.setDatabaseName(QStringLiteral("fleet"));
    QVERIFY2(m_sql.open(), qPrintable(m_sql.lastError().text()));
    m_phones = fleetSize();
    if (QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                       {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")})
            .isEmpty()
        && !qEnvironmentVariableIsSet("PHONEFLEET_REQUIRE_POSTGRES")) {
        QSKIP("nginx is not installed (scripts/setup-deps installs it); CI requires it");
    }
}

void TestMultiNode::cleanupTestCase()
{
    m_sim.stop();
    m_balancer.stop();
    for (ServerProcess& node : m_nodes) {
        node.kill();
    }
    m_sql.close();
    m_sql = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("multinode"));
    m_cluster.stop();
}

void TestMultiNode::startNode(int i)
{
    QString error;
    // The same ports after a restart: nginx has them.
    const bool started =
        m_nodes[i].start({QStringLiteral("--database"), m_database, QStringLiteral("--data-dir"),
                          m_dir.filePath(QStringLiteral("node%1").arg(i)), QStringLiteral("--admin-user"),
                          QStringLiteral("admin"), QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")},
                         adminPassword, &error, m_nodes[i].http, m_nodes[i].https);
    QVERIFY2(started, qPrintable(error));
    m_api[i] = ApiClient(m_nodes[i].http, QHostAddress::LocalHost);
    QCOMPARE(m_api[i].login(QStringLiteral("admin"), adminPassword).status, 200);
}

qint64 TestMultiNode::startJob(const ApiClient& api, const QJsonObject& body)
{
    const ApiClient::Reply r = api.post("/api/v1/actions", body);
    if (r.status != 201) {
        qWarning("%s", r.text().constData());
        return 0;
    }
    return r.id();
}

QString TestMultiNode::jobState(qint64 job)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("SELECT state FROM jobs WHERE id = ?"));
    q.addBindValue(job);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString TestMultiNode::leaseHolder(qint64 job)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("SELECT node FROM jobs WHERE id = ?"));
    q.addBindValue(job);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QJsonArray TestMultiNode::targets(const ApiClient& api, qint64 job)
{
    QJsonArray all;
    for (int offset = 0;; offset += 1000) {
        const ApiClient::Reply r = api.get(ApiClient::path("/api/v1/jobs/{id}/targets", job)
                                           + "?limit=1000&offset=" + QByteArray::number(offset));
        const QJsonArray page = r.items();
        for (const QJsonValue& v : page) {
            all.append(v);
        }
        if (page.size() < 1000) {
            return all;
        }
    }
}

void TestMultiNode::killedNodeLosesNothing()
{
    for (int i = 0; i < nodeCount; ++i) {
        startNode(i);
    }
    QString error;
    QVERIFY2(m_balancer.start(m_dir.filePath(QStringLiteral("nginx")),
                              {m_nodes[0].http, m_nodes[1].http, m_nodes[2].http}, &error),
             qPrintable(error));
    // The administrator works through the balancer too (as a console would).
    ApiClient viaBalancer(m_balancer.port, QHostAddress::LocalHost);
    QCOMPARE(viaBalancer.login(QStringLiteral("admin"), adminPassword).status, 200);

    // The fleet: users and phones from CSV, their files generated, pushes to the simulator's port.
    const QVector<QPair<QString, QHostAddress>> phones = SimProcess::plan(m_phones);
    QCOMPARE(phones.size(), m_phones);
    // The phones' loopback addresses, but not nginx's own (127.0.0.1): a node that took the
    // balancer's address for the phone's would refuse every zero-touch request.
    const QString phoneSubnets = QStringLiteral(
        "127.0.0.2/31, 127.0.0.4/30, 127.0.0.8/29, 127.0.0.16/28, 127.0.0.32/27, 127.0.0.64/26, 127.0.0.128/25, "
        "127.0.1.0/24, 127.0.2.0/23, 127.0.4.0/22, 127.0.8.0/21, 127.0.16.0/20, 127.0.32.0/19, 127.0.64.0/18, "
        "127.0.128.0/17, 127.1.0.0/16, 127.2.0.0/15, 127.4.0.0/14, 127.8.0.0/13, 127.16.0.0/12, 127.32.0.0/11, "
        "127.64.0.0/10, 127.128.0.0/9");
    ApiClient::Reply r = viaBalancer.post(
        "/api/v1/regions",
        {{QStringLiteral("name"), QStringLiteral("Storm")}, {QStringLiteral("provisioningSubnets"), phoneSubnets}});
    QVERIFY2(r.status == 201, r.text());
    QByteArray csv = "Name,Password,Display Name,Region,Device 1 Display Name,Device 1 MAC Address,Device 1 IP Phone "
                     "Model,Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,Device 1 VLAN Priority\n";
    for (int i = 0; i < m_phones; ++i) {
        csv += QStringLiteral("user%1,sip-%1,User %1,Storm,Desk %1,%2,Audiocodes_430HD,English,,0,0\n")
                   .arg(i)
                   .arg(phones.at(i).first)
                   .toUtf8();
    }
    r = viaBalancer.call("POST", "/api/v1/import/users", csv, {{"Content-Type", "text/csv"}});
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("devicesAdded")).toInt(), m_phones);
    const qint64 generate =
        startJob(viaBalancer,
                 {{QStringLiteral("action"), QStringLiteral("generate")},
                  {QStringLiteral("filter"), QJsonObject {{QStringLiteral("region"), QStringLiteral("Storm")}}},
                  {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("concurrency"), 50}}}});
    QVERIFY(generate > 0);
    // Waits grow with the fleet (a 10 000-phone run on two cores takes minutes per step).
    const int slack = m_phones * 30;
    QVERIFY(waitFor([&] { return jobState(generate) == QLatin1String("done"); }, 120000 + slack));
    const quint16 simPort = SimProcess::freePort();
    r = viaBalancer.get("/api/v1/settings");
    r = viaBalancer.put(
        "/api/v1/settings",
        {{QStringLiteral("settings"), QJsonObject {{QStringLiteral("phone_push_port"), QString::number(simPort)}}},
         {QStringLiteral("revision"), r.json.value(QStringLiteral("revision"))}});
    QVERIFY2(r.status == 200, r.text());
    QTest::qWait(6000); // every node reads the settings again within 5 s

    // The boot storm, through the balancer: every phone's requests go round the nodes. Keep-alives
    // every 3 s of 300 phones (time scale 20), every 60 s of 6 000 or more: about 100 a second,
    // so that the job, not the phones' routine, is what the nodes are busy with.
    const double timeScale = qMax(1, 6000 / m_phones);
    const QString report = m_dir.filePath(QStringLiteral("sim-report.json"));
    QVERIFY2(
        m_sim.start({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(m_balancer.port),
                     QStringLiteral("--phones"), QString::number(m_phones), QStringLiteral("--region"),
                     QStringLiteral("Storm"), QStringLiteral("--time-scale"), QString::number(timeScale),
                     QStringLiteral("--jitter"), QStringLiteral("12"), QStringLiteral("--seed"), QStringLiteral("11"),
                     QStringLiteral("--report"), report, QStringLiteral("--push-answer-delay"), QStringLiteral("400")},
                    simPort, &error),
        qPrintable(error));
    // Half of them up: a message to every phone while the others boot. Phones that cannot be
    // reached yet get it with their next keep-alive, through any node. The phones take 400 ms to
    // answer a push they have already carried out, so that when the node dies some phones have
    // the message and the node has not recorded it yet: they must not get it again.
    QVERIFY(waitFor(
        [&] {
            return m_api[0].get("/api/v1/dashboard").json.value(QStringLiteral("registered")).toInt() >= m_phones / 2;
        },
        120000 + slack, 200));
    const QString text = QStringLiteral("Failover drill — ignore this message");
    const int delayMs = 0;
    const int concurrency = qBound(12, m_phones / 150, 64); // 300 phones: 12, so about 10 s of pushes
    const qint64 job = startJob(
        viaBalancer,
        {{QStringLiteral("action"), QStringLiteral("send-message")},
         {QStringLiteral("options"), QJsonObject {{QStringLiteral("text"), text}, {QStringLiteral("seconds"), 3600}}},
         {QStringLiteral("filter"), QJsonObject {{QStringLiteral("region"), QStringLiteral("Storm")}}},
         {QStringLiteral("pacing"),
          QJsonObject {{QStringLiteral("delayMs"), delayMs}, {QStringLiteral("concurrency"), concurrency}}}});
    QVERIFY(job > 0);
    QElapsedTimer sinceJob;
    sinceJob.start();

    // Kill the node working the job once it is a third of the way through, while it pushes.
    int victim = -1;
    const bool underWay = waitFor(
        [&] {
            QSqlQuery q(m_sql);
            q.prepare(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE outcome = 'sending') FROM job_targets "
                                     "WHERE job_id = ? AND outcome <> 'pending'"));
            q.addBindValue(job);
            return q.exec() && q.next() && q.value(0).toInt() >= m_phones / 3 && q.value(1).toInt() > 0;
        },
        60000 + slack, 20);
    QVERIFY2(underWay, "the job did not start");
    const QString holder = leaseHolder(job);
    for (int i = 0; i < nodeCount; ++i) {
        if (holder == nodeName(m_dir.filePath(QStringLiteral("node%1").arg(i)))) {
            victim = i;
        }
    }
    QVERIFY2(victim >= 0, qPrintable(QStringLiteral("no node holds the job's lease: '%1'").arg(holder)));
    ::kill(static_cast<pid_t>(m_nodes[victim].pid()), SIGKILL);
    QVERIFY(m_nodes[victim].waitForExit(10000));
    int sending = 0;
    {
        QSqlQuery q(m_sql);
        q.prepare(QStringLiteral("SELECT count(*) FROM job_targets WHERE job_id = ? AND outcome = 'sending'"));
        q.addBindValue(job);
        QVERIFY(q.exec() && q.next());
        sending = q.value(0).toInt();
    }
    QElapsedTimer sinceKill;
    sinceKill.start();
    qInfo("killed node %d (%s) with SIGKILL %.1f s into the job, %d phones being sent to", victim, qPrintable(holder),
          sinceJob.elapsed() / 1000.0, sending);
    const int survivor = (victim + 1) % nodeCount;
    const int other = (victim + 2) % nodeCount;

    // Another node takes the job once the lease runs out (30 s) and finishes it.
    QVERIFY2(waitFor([&] { return jobState(job) == QLatin1String("done"); }, 120000 + slack),
             qPrintable(QStringLiteral("job %1 is %2").arg(job).arg(jobState(job))));
    qInfo("the job was done %.1f s after the kill", sinceKill.elapsed() / 1000.0);
    // Every phone registers, each once, though a node died under the storm.
    QJsonObject dashboard;
    const bool settled = waitFor(
        [&] {
            dashboard = m_api[survivor].get("/api/v1/dashboard").json;
            return dashboard.value(QStringLiteral("registered")).toInt() == m_phones;
        },
        180000 + slack, 500);
    QVERIFY2(settled, QJsonDocument(dashboard).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(m_api[survivor].get("/api/v1/devices?limit=1").total(), m_phones);
    const QRegularExpressionMatch storm =
        QRegularExpression(QStringLiteral("registered after ([0-9.]+) s")).match(QString::fromUtf8(m_sim.output()));
    qInfo("all %d phones registered %s s after the storm began", m_phones, qPrintable(storm.captured(1)));

    // Each phone's outcome is recorded once and none is left open; queued messages arrive with
    // the keep-alives that follow.
    const bool delivered = waitFor(
        [&] {
            QSqlQuery q(m_sql);
            q.prepare(QStringLiteral("SELECT count(*) FROM job_targets WHERE job_id = ? AND outcome = 'queued'"));
            q.addBindValue(job);
            return q.exec() && q.next() && q.value(0).toInt() == 0;
        },
        60000 + slack, 200);
    QVERIFY2(delivered, "queued messages were not delivered");
    const QJsonArray rows = targets(m_api[other], job);
    QCOMPARE(rows.size(), m_phones);
    QSet<QString> macs;
    QHash<QString, QString> outcomeOf;
    int interrupted = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject t = v.toObject();
        const QString mac = t.value(QStringLiteral("label")).toString();
        QVERIFY2(!macs.contains(mac), qPrintable(mac + QStringLiteral(" has two outcomes")));
        macs.insert(mac);
        const QString outcome = t.value(QStringLiteral("outcome")).toString();
        outcomeOf.insert(mac, outcome);
        if (outcome == QLatin1String("failed")) {
            ++interrupted; // pushed when the node died: it may have arrived, so it is not sent again
            continue;
        }
        QVERIFY2(outcome == QLatin1String("done") || outcome == QLatin1String("delivered"),
                 qPrintable(mac + QStringLiteral(": ") + outcome + QStringLiteral(" ")
                            + t.value(QStringLiteral("reason")).toString()));
    }
    QVERIFY2(interrupted <= concurrency, qPrintable(QStringLiteral("%1 interrupted").arg(interrupted)));
    QHash<QString, int> byOutcome;
    for (const QString& o : std::as_const(outcomeOf)) {
        ++byOutcome[o];
    }
    qInfo("outcomes: %d done (pushed), %d delivered with a keep-alive, %d interrupted by the kill",
          byOutcome.value(QStringLiteral("done")), byOutcome.value(QStringLiteral("delivered")), interrupted);

    // The phones' own account: the message once where it was recorded as given, never twice.
    m_sim.stop();
    QFile file(report);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(report));
    const QJsonArray simPhones = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(simPhones.size(), m_phones);
    QStringList wrong;
    for (const QJsonValue& v : simPhones) {
        const QJsonObject p = v.toObject();
        const QString mac = p.value(QStringLiteral("mac")).toString();
        const int beeps = p.value(QStringLiteral("beeps")).toInt();
        const QString outcome = outcomeOf.value(mac);
        // Done once, always. The same id given again only where a push went unanswered and the
        // command was queued (a phone does an id once: docs/phones.md); never after a push the
        // phone confirmed, nor after the node died while pushing.
        if (beeps > 1) {
            wrong << mac + QStringLiteral(": the message was shown twice");
        }
        if (p.value(QStringLiteral("duplicateCommands")).toInt() != 0 && outcome != QLatin1String("delivered")) {
            wrong << QStringLiteral("%1: the command came twice (%2)").arg(mac, outcome);
        }
        if (outcome != QLatin1String("failed")
            && (beeps != 1 || p.value(QStringLiteral("lastMessage")).toString() != text)) {
            wrong << QStringLiteral("%1: %2 but %3 messages").arg(mac, outcome).arg(beeps);
        }
        if (p.value(QStringLiteral("sip")).toString() != QLatin1String("registered")) {
            wrong << mac + QStringLiteral(": ") + p.value(QStringLiteral("sip")).toString();
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 10).join(QLatin1String("; "))));

    // The phones' requests really went round the nodes: nginx's log names the node of each.
    QHash<QString, int> byNode;
    QFile access(m_dir.filePath(QStringLiteral("nginx/access.log")));
    QVERIFY(access.open(QIODevice::ReadOnly));
    for (const QByteArray& line : access.readAll().split('\n')) {
        for (const QByteArray& upstream : line.split(' ').first().split(',')) {
            if (!upstream.trimmed().isEmpty()) {
                ++byNode[QString::fromLatin1(upstream.trimmed())];
            }
        }
    }
    for (int i = 0; i < nodeCount; ++i) {
        const int n = byNode.value(QStringLiteral("127.0.0.1:%1").arg(m_nodes[i].http));
        qInfo("node %d answered %d requests through nginx", i, n);
        // The killed node answered until it died; the others took every phone's requests since.
        QVERIFY2(n >= (i == victim ? 1 : m_phones), qPrintable(QStringLiteral("node %1: %2 requests").arg(i).arg(n)));
    }

    // Consoles on the surviving nodes see the same change feed.
    const ApiClient::Reply feedA = m_api[survivor].get("/api/v1/changes?since=0");
    const ApiClient::Reply feedB = m_api[other].get("/api/v1/changes?since=0");
    QVERIFY2(feedA.status == 200, feedA.text());
    QCOMPARE(feedA.json.value(QStringLiteral("revision")), feedB.json.value(QStringLiteral("revision")));
    QCOMPARE(feedA.json.value(QStringLiteral("changes")), feedB.json.value(QStringLiteral("changes")));

    // The killed node comes back on the same ports; every phone's file is the same bytes from all three.
    startNode(victim);
    auto store = std::make_unique<Store>();
    QVERIFY(!store->open(StoreUrl::parse(m_database, &error)).isError());
    for (const auto& [mac, address] : phones) {
        const Device d = store->deviceByMac(MacAddress::fromString(mac)).value();
        const QByteArray credentials =
            "Basic " + (d.provisioningUser + u':' + d.provisioningSecret).toUtf8().toBase64();
        const QByteArray path = "/configfiles/" + mac.toLatin1() + ".cfg";
        QByteArray first;
        for (int i = 0; i < nodeCount; ++i) {
            const RawResponse served =
                rawRequestTo(QHostAddress::LocalHost, m_nodes[i].http, "GET", path,
                             {{"Authorization", credentials}, {"X-Forwarded-For", address.toString().toLatin1()}});
            QVERIFY2(served.status == 200,
                     qPrintable(QStringLiteral("%1 from node %2: %3").arg(mac).arg(i).arg(served.status)));
            if (i == 0) {
                first = served.body;
            } else {
                QVERIFY2(served.body == first, qPrintable(QStringLiteral("%1 differs on node %2").arg(mac).arg(i)));
            }
        }
        QVERIFY(first.contains("voip/line/0/"));
    }
}

QTEST_GUILESS_MAIN(TestMultiNode)
#include "tst_multinode.moc"
