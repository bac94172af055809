// The admin API of a real phonefleetd on 127.0.0.1, SQLite or a throwaway PostgreSQL cluster
// (PHONEFLEET_TEST_BACKEND): sessions, login throttling, revisions, approval, the users file,
// templates, values and files, the change feed, and the OpenAPI file against the routes served.
// Who may do what is tst_adminroles.
#include "apiclient.h"
#include "processrun.h"
#include "testbackend.h"
#include "waitfor.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

#include <functional>

namespace {
const QString adminPassword = QStringLiteral("a-long-enough-password");

QHostAddress client(int n)
{
    return QHostAddress(QStringLiteral("127.0.%1.%2").arg(n / 250).arg(n % 250 + 2));
}

QString cfgValue(const QByteArray& cfg, const QString& key)
{
    const QRegularExpression re(QStringLiteral("^") + QRegularExpression::escape(key) + QStringLiteral("=(.*)$"),
                                QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(cfg)).captured(1).trimmed();
}

QByteArray keepAlive(const QString& mac)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("mac"), mac},
                                      {QStringLiteral("status"), QStringLiteral("registered")},
                                      {QStringLiteral("model"), QStringLiteral("430HD")},
                                      {QStringLiteral("ip"), QStringLiteral("10.1.2.3")},
                                      {QStringLiteral("fwVersion"), QStringLiteral("3.4.3.1")}})
        .toJson(QJsonDocument::Compact);
}

// The users file of n users with one device each; badLines: 1-based data lines to spoil.
QByteArray usersFile(int n, int regions, const QHash<int, QByteArray>& badLines = {})
{
    QByteArray csv = "Name,Password,Display Name,Region,Device 1 Display Name,Device 1 MAC Address,Device 1 IP Phone "
                     "Model,Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,Device 1 VLAN Priority\n";
    for (int i = 1; i <= n; ++i) {
        if (badLines.contains(i)) {
            csv += badLines.value(i) + '\n';
            continue;
        }
        const QString number = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString mac = QStringLiteral("00908F") + QString::number(i, 16).toUpper().rightJustified(6, u'0');
        csv += QStringLiteral("user%1,pw-%1,User %1,R%2,Desk %1,%3,Audiocodes_430HD,English,,0,0\n")
                   .arg(number)
                   .arg(i % regions)
                   .arg(mac)
                   .toUtf8();
    }
    return csv;
}

// A phone's request until it is answered 200, for up to 2 s: each of the server's threads has
// its own file cache, which follows the database within 250 ms of a change.
RawResponse eventually(const std::function<RawResponse()>& request)
{
    RawResponse r;
    for (int i = 0; i < 40; ++i) {
        r = request();
        if (r.status == 200) {
            break;
        }
        QTest::qWait(50);
    }
    return r;
}

// "METHOD /path" of every operation in docs/api/openapi.yaml.
QStringList documentedRoutes(QString* error)
{
    QFile file(QDir(qEnvironmentVariable("PHONEFLEET_SOURCE_DIR")).filePath(QStringLiteral("docs/api/openapi.yaml")));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    static const QRegularExpression pathLine(QStringLiteral("^  (/[^:\\s]+):\\s*$"));
    static const QRegularExpression methodLine(QStringLiteral("^    (get|put|post|delete|patch):\\s*$"));
    QStringList routes;
    QString path;
    bool inPaths = false;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.startsWith(u' ') && !line.trimmed().isEmpty()) {
            inPaths = line.trimmed() == QLatin1String("paths:");
            continue;
        }
        if (!inPaths) {
            continue;
        }
        const QRegularExpressionMatch pathMatch = pathLine.match(line);
        const QRegularExpressionMatch methodMatch = methodLine.match(line);
        if (pathMatch.hasMatch()) {
            path = pathMatch.captured(1);
        } else if (methodMatch.hasMatch() && !path.isEmpty()) {
            routes.append(methodMatch.captured(1).toUpper() + u' ' + path);
        }
    }
    return routes;
}
} // namespace

class TestAdminApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginLogoutAndMe();
    void loginBackoffNeverLocksOthersOut();
    void sessionsExpire();
    void staleRevisionIsConflict();
    void usersMoveToARegionAllOrNone();
    void approvingPendingPhoneGivesItsFile();
    void usersImportIsAllOrNothing();
    void exportedFileImportsBack();
    void vendorUsersFileImportsWithWarnings();
    void placeholderFilesImportAllOrNothing();
    void templatesValuesAndFiles();
    void unresolvedPlaceholdersAreListedPerPhone();
    void changeFeed();
    void openApiDescribesEveryRoute();

private:
    // A server on a new database, with *admin signed in as its first administrator.
    void startServer(ServerProcess& server, ApiClient* admin);
    qint64 addRegion(const ApiClient& api, const QString& name, const QString& subnets = {});

    TestBackend m_backend;
};

void TestAdminApi::initTestCase()
{
    PHONEFLEET_START_BACKEND(m_backend);
}

void TestAdminApi::cleanupTestCase()
{
    m_backend.stop();
}

void TestAdminApi::startServer(ServerProcess& server, ApiClient* admin)
{
    QString error;
    QVERIFY2(m_backend.startServer(&server, adminPassword, {}, &error), qPrintable(error));
    *admin = ApiClient(server.http, QHostAddress::LocalHost);
    const ApiClient::Reply r = admin->login(QStringLiteral("admin"), adminPassword);
    QVERIFY2(r.status == 200, r.text());
}

qint64 TestAdminApi::addRegion(const ApiClient& api, const QString& name, const QString& subnets)
{
    const ApiClient::Reply r =
        api.post("/api/v1/regions", {{QStringLiteral("name"), name}, {QStringLiteral("provisioningSubnets"), subnets}});
    if (r.status != 201) {
        qFatal("adding region %s: %s", qPrintable(name), r.text().constData());
    }
    return r.id();
}

void TestAdminApi::loginLogoutAndMe()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    ApiClient anonymous(server.http, client(1));
    ApiClient::Reply r = anonymous.get("/api/v1/me");
    QCOMPARE(r.status, 401);
    QVERIFY(r.raw.header("WWW-Authenticate").startsWith("Bearer"));
    QVERIFY(admin.token().startsWith("pft_"));
    QVERIFY(admin.token().size() > 40);
    r = admin.get("/api/v1/me");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("name")).toString(), QStringLiteral("admin"));
    QCOMPARE(r.json.value(QStringLiteral("role")).toString(), QStringLiteral("super-administrator"));
    QVERIFY(r.json.value(QStringLiteral("canAdministerSystem")).toBool());
    QVERIFY(!r.json.contains(QStringLiteral("passwordHash")));

    // A wrong password and a name that is no account answer exactly alike.
    ApiClient guesser(server.http, client(2));
    const ApiClient::Reply wrongPassword = guesser.login(QStringLiteral("admin"), QStringLiteral("not the password"));
    const ApiClient::Reply noSuchName = guesser.login(QStringLiteral("nobody"), QStringLiteral("not the password"));
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(noSuchName.status, 401);
    QCOMPARE(noSuchName.body, wrongPassword.body);
    QCOMPARE(r.raw.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(guesser.post("/api/v1/login", {{QStringLiteral("username"), QStringLiteral("admin")}}).status, 400);
    QCOMPARE(guesser.call("POST", "/api/v1/login", "not json").status, 400);

    // Over HTTPS too.
    ApiClient secure(server.https, client(3), true);
    QCOMPARE(secure.login(QStringLiteral("admin"), adminPassword).status, 200);
    QCOMPARE(secure.get("/api/v1/me").status, 200);

    QCOMPARE(admin.post("/api/v1/logout").status, 200);
    r = admin.get("/api/v1/me");
    QCOMPARE(r.status, 401);
    QVERIFY2(r.error().contains(QLatin1String("ended")), r.text());
    QCOMPARE(secure.get("/api/v1/me").status, 200); // the other session goes on
    ApiClient forged(server.http, client(4));
    forged.setToken("pft_" + QByteArray(43, 'A'));
    QCOMPARE(forged.get("/api/v1/devices").status, 401);
}

void TestAdminApi::loginBackoffNeverLocksOthersOut()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    const QString opsPassword = QStringLiteral("ops-password-1234");
    ApiClient::Reply r = admin.post("/api/v1/admins",
                                    {{QStringLiteral("name"), QStringLiteral("ops")},
                                     {QStringLiteral("role"), QStringLiteral("administrator")},
                                     {QStringLiteral("password"), opsPassword}});
    QVERIFY2(r.status == 201, r.text());
    const QByteArray opsPath = ApiClient::path("/api/v1/admins/{id}", r.id());

    ApiClient attacker(server.http, client(10));
    for (int i = 1; i <= 5; ++i) {
        QCOMPARE(attacker.login(QStringLiteral("ops"), QStringLiteral("guess %1").arg(i)).status, 401);
    }
    // Past 5 failures every attempt from that address waits, even with the right password ...
    r = attacker.login(QStringLiteral("ops"), QStringLiteral("guess 6"));
    QCOMPARE(r.status, 429);
    QVERIFY(r.raw.header("Retry-After").toInt() >= 1);
    QCOMPARE(attacker.login(QStringLiteral("ops"), opsPassword).status, 429);
    int failures = static_cast<int>(admin.get(opsPath).json.value(QStringLiteral("failedLogins")).toDouble());
    QCOMPARE(failures, 7); // refused attempts count
    // ... but nobody else waits: the account opens from its owner's address (issue 19: an
    // anonymous client could lock every administrator out).
    ApiClient user(server.http, client(11));
    QCOMPARE(user.login(QStringLiteral("ops"), opsPassword).status, 200);
    QCOMPARE(admin.get(opsPath).json.value(QStringLiteral("failedLogins")).toInt(), 0);
    for (failures = 0; failures < 100; ++failures) {
        r = attacker.login(QStringLiteral("ops"), QStringLiteral("guess"));
        QVERIFY2(r.status == 429, r.text());
    }
    r = admin.get(opsPath);
    QVERIFY(!r.json.value(QStringLiteral("locked")).toBool()); // never locked by failures
    ApiClient later(server.http, client(12));
    QCOMPARE(later.login(QStringLiteral("ops"), opsPassword).status, 200);
    // The attacker's address is refused for the hour, whatever account it tries.
    r = attacker.login(QStringLiteral("admin"), adminPassword);
    QCOMPARE(r.status, 429);
    QVERIFY(r.raw.header("Retry-After").toInt() > 3000);
    // The web-admin log tells who was refused, from where, and when the throttling started.
    r = admin.get("/api/v1/logs?kind=web-admin&level=WARN&last=200&q=login");
    QVERIFY2(r.total() >= 6 && r.total() < 20, r.text()); // the refusals, not every attempt while waiting
    bool sawThrottle = false;
    bool sawAddressLock = false;
    for (const QJsonValue& v : r.items()) {
        const QJsonObject e = v.toObject();
        QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("login refused"));
        QCOMPARE(e.value(QStringLiteral("level")).toString(), QStringLiteral("WARN"));
        const QString details = e.value(QStringLiteral("details")).toString();
        sawThrottle = sawThrottle || details.contains(QLatin1String("throttled"));
        sawAddressLock = sawAddressLock || details.contains(QLatin1String("refused for an hour"));
        QVERIFY(!details.contains(opsPassword));
        QCOMPARE(e.value(QStringLiteral("source")).toString(), client(10).toString());
    }
    QVERIFY(sawThrottle);
    QVERIFY(sawAddressLock);
    // An administrator's unlock lifts the name's throttling; the address stays refused.
    r = admin.post(opsPath + "/unlock");
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(attacker.login(QStringLiteral("ops"), opsPassword).status, 429);

    // Names that are no account count per address.
    ApiClient scanner(server.http, client(13));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(scanner.login(QStringLiteral("ghost%1").arg(i), QStringLiteral("x")).status, 401);
    }
    QCOMPARE(scanner.login(QStringLiteral("admin"), adminPassword).status, 429);
    QCOMPARE(ApiClient(server.http, client(14)).login(QStringLiteral("admin"), adminPassword).status, 200);
}

void TestAdminApi::sessionsExpire()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    ApiClient::Reply r = admin.get("/api/v1/settings");
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("admin_session_seconds")).toString(),
        QStringLiteral("28800"));
    r = admin.put(
        "/api/v1/settings",
        {{QStringLiteral("settings"), QJsonObject {{QStringLiteral("admin_session_seconds"), QStringLiteral("5")}}},
         {QStringLiteral("revision"), r.json.value(QStringLiteral("revision"))}});
    QVERIFY2(r.status == 200, r.text());
    ApiClient shortLived(server.http, client(20));
    r = shortLived.login(QStringLiteral("admin"), adminPassword);
    QCOMPARE(r.status, 200);
    const QDateTime expires =
        QDateTime::fromString(r.json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(6));
    QCOMPARE(shortLived.get("/api/v1/me").status, 200);
    QTest::qWait(6000);
    r = shortLived.get("/api/v1/me");
    QCOMPARE(r.status, 401);
    QVERIFY2(r.error().contains(QLatin1String("expired")), r.text());
    QCOMPARE(admin.get("/api/v1/me").status, 200); // signed in before the change: 8 hours
}

void TestAdminApi::staleRevisionIsConflict()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    const qint64 region = addRegion(admin, QStringLiteral("Lyon"));
    const QByteArray path = ApiClient::path("/api/v1/regions/{id}", region);
    const qint64 first = admin.get(path).revision();
    ApiClient::Reply r =
        admin.put(path, {{QStringLiteral("description"), QStringLiteral("one")}, {QStringLiteral("revision"), first}});
    QVERIFY2(r.status == 200, r.text());
    const qint64 second = r.revision();
    QVERIFY(second > first);
    // Someone who read the first revision is refused, and told why.
    r = admin.put(path, {{QStringLiteral("description"), QStringLiteral("two")}, {QStringLiteral("revision"), first}});
    QCOMPARE(r.status, 409);
    QVERIFY2(r.error().contains(QLatin1String("changed by someone else")), r.text());
    QCOMPARE(admin.get(path).json.value(QStringLiteral("description")).toString(), QStringLiteral("one"));
    r = admin.put(path, {{QStringLiteral("description"), QStringLiteral("three")}});
    QCOMPARE(r.status, 428);
    // If-Match carries it too.
    r = admin.call("PUT", path, ApiClient::json({{QStringLiteral("description"), QStringLiteral("four")}}),
                   {{"If-Match", '"' + QByteArray::number(second) + '"'}});
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(admin.del(path, second).status, 409);
    QCOMPARE(admin.del(path, r.revision()).status, 200);
    QCOMPARE(admin.get(path).status, 404);

    r = admin.post("/api/v1/devices",
                   {{QStringLiteral("mac"), QStringLiteral("00:90:8f:00:00:01")},
                    {QStringLiteral("model"), QStringLiteral("Audiocodes_440HD")}});
    QVERIFY2(r.status == 201, r.text());
    QCOMPARE(r.json.value(QStringLiteral("mac")).toString(), QStringLiteral("00908F000001"));
    QCOMPARE(r.json.value(QStringLiteral("model")).toString(), QStringLiteral("440HD"));
    QVERIFY(!r.body.contains("provisioningSecret") && !r.body.contains("provisioning"));
    const QByteArray device = ApiClient::path("/api/v1/devices/{id}", r.id());
    const qint64 deviceRevision = r.revision();
    QVERIFY(admin.put(device, {{QStringLiteral("vlanId"), 12}, {QStringLiteral("revision"), deviceRevision}}).status
            == 200);
    QCOMPARE(admin.put(device, {{QStringLiteral("vlanId"), 13}, {QStringLiteral("revision"), deviceRevision}}).status,
             409);
    // Bad input is refused in words that name the field; nothing is stored.
    r = admin.put(device,
                  {{QStringLiteral("vlanId"), 5000}, {QStringLiteral("revision"), admin.get(device).revision()}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.error().contains(QLatin1String("vlanId")), r.text());
    r = admin.put(device, {{QStringLiteral("vlanld"), 1}, {QStringLiteral("revision"), admin.get(device).revision()}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.error().contains(QLatin1String("unknown field 'vlanld'")), r.text());
    QCOMPARE(admin.get(device).json.value(QStringLiteral("vlanId")).toInt(), 12);
    r = admin.post("/api/v1/devices", {{QStringLiteral("mac"), QStringLiteral("00908F000001")}});
    QCOMPARE(r.status, 409); // the MAC is taken

    // The settings, as a whole.
    const qint64 settings =
        static_cast<qint64>(admin.get("/api/v1/settings").json.value(QStringLiteral("revision")).toDouble());
    const QJsonObject change {{QStringLiteral("disconnect_timeout_minutes"), QStringLiteral("30")}};
    QCOMPARE(
        admin.put("/api/v1/settings", {{QStringLiteral("settings"), change}, {QStringLiteral("revision"), settings}})
            .status,
        200);
    QCOMPARE(
        admin.put("/api/v1/settings", {{QStringLiteral("settings"), change}, {QStringLiteral("revision"), settings}})
            .status,
        409);
    r = admin.put("/api/v1/settings",
                  {{QStringLiteral("settings"),
                    QJsonObject {{QStringLiteral("disconnect_timeout_minutes"), QStringLiteral("soon")}}},
                   {QStringLiteral("revision"), settings}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.error().contains(QLatin1String("must be a whole number from 1 to 10080")), r.text());
}

void TestAdminApi::usersMoveToARegionAllOrNone()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    const qint64 paris = addRegion(admin, QStringLiteral("Paris"));
    const qint64 lyon = addRegion(admin, QStringLiteral("Lyon"));
    QVector<qint64> ids;
    QVector<qint64> revisions;
    for (const char* name : {"ann", "bob", "cyd"}) {
        const ApiClient::Reply r = admin.post(
            "/api/v1/users", {{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("regionId"), paris}});
        QVERIFY2(r.status == 201, r.text());
        ids << r.id();
        revisions << r.json.value(QStringLiteral("revision")).toInteger();
    }
    const auto body = [&](int count, qint64 region, qint64 staleIndex = -1) {
        QJsonArray users;
        for (int i = 0; i < count; ++i) {
            users.append(QJsonObject {{QStringLiteral("id"), ids.at(i)},
                                      {QStringLiteral("revision"), revisions.at(i) - (i == staleIndex ? 1 : 0)}});
        }
        return QJsonObject {{QStringLiteral("users"), users}, {QStringLiteral("regionId"), region}};
    };
    const auto regionOf = [&](int i) {
        return admin.get("/api/v1/users/" + QByteArray::number(ids.at(i)))
            .json.value(QStringLiteral("regionId"))
            .toInteger();
    };

    // One stale revision: nobody moves.
    ApiClient::Reply r = admin.post("/api/v1/users/region", body(3, lyon, 1));
    QCOMPARE(r.status, 409);
    QVERIFY2(r.error().contains(QLatin1String("bob")), r.text());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(regionOf(i), paris);
    }
    // A user that is no more, a region that is none, a list of the wrong shape: nobody moves.
    QJsonObject missing = body(2, lyon);
    QJsonArray list = missing.value(QStringLiteral("users")).toArray();
    list.append(QJsonObject {{QStringLiteral("id"), 999999}, {QStringLiteral("revision"), 1}});
    missing.insert(QStringLiteral("users"), list);
    QCOMPARE(admin.post("/api/v1/users/region", missing).status, 404);
    QCOMPARE(admin.post("/api/v1/users/region", body(2, 424242)).status, 400);
    QCOMPARE(admin
                 .post("/api/v1/users/region",
                       QJsonObject {{QStringLiteral("users"), QJsonArray()}, {QStringLiteral("regionId"), lyon}})
                 .status,
             400);
    QCOMPARE(
        admin
            .post("/api/v1/users/region",
                  QJsonObject {{QStringLiteral("users"), QStringLiteral("all")}, {QStringLiteral("regionId"), lyon}})
            .status,
        400);
    QCOMPARE(regionOf(0), paris);

    // The revisions as seen: all of them move, in one change the web-admin log names.
    r = admin.post("/api/v1/users/region", body(2, lyon));
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("moved")).toInt(), 2);
    QCOMPARE(regionOf(0), lyon);
    QCOMPARE(regionOf(1), lyon);
    QCOMPARE(regionOf(2), paris);
    r = admin.get("/api/v1/logs?kind=web-admin");
    QVERIFY2(r.body.contains("move users") && r.body.contains("ann, bob"), r.text());
    // The same revisions again are stale now.
    QCOMPARE(admin.post("/api/v1/users/region", body(2, paris)).status, 409);
}

void TestAdminApi::approvingPendingPhoneGivesItsFile()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    const qint64 paris = addRegion(admin, QStringLiteral("Paris"), QStringLiteral("127.1.0.0/16"));
    const QHostAddress inParis(QStringLiteral("127.1.0.5"));
    ApiClient::Reply r = admin.post("/api/v1/users",
                                    {{QStringLiteral("name"), QStringLiteral("alice.moreau")},
                                     {QStringLiteral("displayName"), QStringLiteral("Alice Moreau")},
                                     {QStringLiteral("password"), QStringLiteral("Xk4!pr9w")},
                                     {QStringLiteral("regionId"), paris}});
    QVERIFY2(r.status == 201, r.text());
    QVERIFY(r.json.value(QStringLiteral("hasPassword")).toBool());
    QVERIFY(!r.body.contains("Xk4!pr9w"));
    const qint64 alice = r.id();
    // A new phone reports through the system URL: it waits.
    const QString mac = QStringLiteral("00908F0000A1");
    QCOMPARE(rawRequest(server.http, "POST", "/rest/v1/ipphoneMgrStatus/keep-alive", {}, keepAlive(mac)).status, 200);
    r = admin.get("/api/v1/devices?approval=pending");
    QCOMPARE(r.total(), 1);
    const QJsonObject pending = r.items().first().toObject();
    QCOMPARE(pending.value(QStringLiteral("mac")).toString(), mac);
    const QByteArray file = "/ipp/region/Paris/" + mac.toLatin1() + ".cfg";
    QCOMPARE(rawRequest(server.http, "GET", file, {}, {}, client(30)).status, 401);

    r = admin.post(ApiClient::path("/api/v1/devices/{id}/approve",
                                   static_cast<qint64>(pending.value(QStringLiteral("id")).toDouble())),
                   {{QStringLiteral("regionId"), paris},
                    {QStringLiteral("userId"), alice},
                    {QStringLiteral("revision"), pending.value(QStringLiteral("revision"))}});
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("approval")).toString(), QStringLiteral("approved"));
    QCOMPARE(r.json.value(QStringLiteral("regionName")).toString(), QStringLiteral("Paris"));
    QCOMPARE(r.json.value(QStringLiteral("userName")).toString(), QStringLiteral("alice.moreau"));
    // First contact from the region's subnet: its own file, with its credentials and its user's line.
    const RawResponse phone = eventually([&] { return rawRequest(server.http, "GET", file, {}, {}, inParis); });
    QVERIFY2(phone.status == 200, phone.body.constData());
    const QString secret = cfgValue(phone.body, QStringLiteral("ems_server/user_password"));
    QCOMPARE(secret.size(), 32);
    QVERIFY2(phone.body.contains("alice.moreau"), phone.body.constData());
    const QByteArray basic = "Basic " + (mac + u':' + secret).toUtf8().toBase64();
    QCOMPARE(eventually([&] {
                 return rawRequest(server.http, "GET", "/configfiles/" + mac.toLatin1() + ".cfg",
                                   {{"Authorization", basic}}, {}, client(31));
             }).status,
             200);
    // The approval is in the web-admin log.
    r = admin.get("/api/v1/logs?q=approve");
    QCOMPARE(r.total(), 1);
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("target")).toString(), mac);
    // A new phone that reported first and then asks its region's folder from the region's subnets
    // is zero touch all the same: approved into that region.
    const QString second = QStringLiteral("00908F0000A2");
    QCOMPARE(rawRequest(server.http, "POST", "/rest/v1/ipphoneMgrStatus/keep-alive", {}, keepAlive(second)).status,
             200);
    QCOMPARE(admin.get("/api/v1/devices?approval=pending").total(), 1);
    QCOMPARE(rawRequest(server.http, "GET", "/ipp/region/Paris/" + second.toLatin1() + ".cfg", {}, {}, inParis).status,
             200);
    r = admin.get("/api/v1/devices?mac=" + second.toLatin1());
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("approval")).toString(), QStringLiteral("approved"));
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("regionName")).toString(), QStringLiteral("Paris"));
    // Approving needs a region; a region that does not exist is refused.
    r = admin.post(ApiClient::path("/api/v1/devices/{id}/approve",
                                   static_cast<qint64>(pending.value(QStringLiteral("id")).toDouble())),
                   {{QStringLiteral("regionId"), 999},
                    {QStringLiteral("revision"),
                     admin
                         .get(ApiClient::path("/api/v1/devices/{id}",
                                              static_cast<qint64>(pending.value(QStringLiteral("id")).toDouble())))
                         .revision()}});
    QCOMPARE(r.status, 400);
}

void TestAdminApi::usersImportIsAllOrNothing()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    for (int i = 0; i < 10; ++i) {
        addRegion(admin, QStringLiteral("R%1").arg(i));
    }
    const QHash<int, QByteArray> bad = {
        {7000, "user07000,pw,User 7000,R0,Desk,not-a-mac,Audiocodes_430HD,English,,0,0"},
        {9999, "user09999,pw,User 9999,R9,Desk,00908FFFFF01,Audiocodes_430HD,English,MANUAL,5000,0"},
    };
    ApiClient::Reply r =
        admin.call("POST", "/api/v1/import/users", usersFile(10000, 10, bad), {{"Content-Type", "text/csv"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(QStringLiteral("imported")).toInt(), 0);
    const QJsonArray errors = r.json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 7001); // the header is line 1
    QVERIFY(errors.at(0).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("not a MAC")));
    QCOMPARE(errors.at(1).toObject().value(QStringLiteral("line")).toInt(), 10000);
    QVERIFY(errors.at(1).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("VLAN ID")));
    QCOMPARE(admin.get("/api/v1/users?limit=1").total(), 0);
    QCOMPARE(admin.get("/api/v1/devices?limit=1").total(), 0);
    // A line naming a region that does not exist: found by the server, still nothing imported.
    r = admin.call("POST", "/api/v1/import/users",
                   usersFile(10000, 10, {{42, "user00042,pw,User 42,Atlantis,Desk,00908F00002A,,,,0,0"}}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("line")).toInt(),
             43);
    QCOMPARE(admin.get("/api/v1/users?limit=1").total(), 0);

    r = admin.call("POST", "/api/v1/import/users", usersFile(10000, 10), {{"Content-Type", "text/csv"}});
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("imported")).toInt(), 10000);
    QCOMPARE(r.json.value(QStringLiteral("devicesAdded")).toInt(), 10000);
    QCOMPARE(admin.get("/api/v1/users?limit=1").total(), 10000);
    r = admin.get("/api/v1/devices?q=user04242");
    QCOMPARE(r.total(), 1);
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("regionName")).toString(), QStringLiteral("R2"));
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("approval")).toString(), QStringLiteral("approved"));
    r = admin.get("/api/v1/logs?q=import");
    QCOMPARE(r.total(), 1);
    QVERIFY(r.items()
                .first()
                .toObject()
                .value(QStringLiteral("details"))
                .toString()
                .contains(QLatin1String("10000 user(s) added")));
}

void TestAdminApi::exportedFileImportsBack()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    QByteArray csv = readTestData(QStringLiteral("samples/users.csv"));
    // Cells a spreadsheet would run, names beyond ASCII, a user without a phone, one with two.
    csv += "=HYPERLINK(\"http://evil\"),pw1,@SUM(A1),Paris,,,,,,,\n";
    csv += QStringLiteral("渡辺.健,pw2,Zoë Ångström-Łukasz,Zurich,,,,,,,\n").toUtf8();
    ApiClient::Reply r =
        admin.call("POST", "/api/v1/import/users?createRegions=true", csv, {{"Content-Type", "text/csv"}});
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("usersAdded")).toInt(), 6);
    QCOMPARE(r.json.value(QStringLiteral("devicesAdded")).toInt(), 4);
    QCOMPARE(r.json.value(QStringLiteral("regionsAdded")).toInt(), 4);

    r = admin.get("/api/v1/export/users");
    QCOMPARE(r.status, 200);
    QVERIFY(r.raw.header("Content-Type").startsWith("text/csv"));
    QVERIFY(r.raw.header("Content-Disposition").contains("attachment"));
    QByteArray exported = r.body;
    QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(exported);
    QVERIFY2(text.contains(QLatin1String("'=HYPERLINK(")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("'@SUM(A1)")));
    QVERIFY(text.contains(QStringLiteral("渡辺.健")));
    QVERIFY(text.contains(QStringLiteral("Zoë Ångström-Łukasz")));
    QVERIFY2(!text.contains(QLatin1String("Xk4!pr9w")) && !text.contains(QLatin1String("pw1")),
             "passwords are never exported");
    QVERIFY(text.contains(QLatin1String("00908F1A2B02")));

    // The vendor's workflow: export, edit in a spreadsheet (a display name, two new users), import.
    exported.replace("Bruno Keller", "Bruno K. Keller");
    exported += "eve.new,pw3,Eve New,Paris,Eve desk,00908F1A2B09,,Audiocodes_445HD,English,,0,0\r\n"; // no serial
    exported += "frank.new,,Frank New,Zurich,,,,,,,,\r\n";
    r = admin.call("POST", "/api/v1/import/users", exported, {{"Content-Type", "text/csv"}});
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("usersAdded")).toInt(), 2);
    QCOMPARE(r.json.value(QStringLiteral("usersUpdated")).toInt(), 6);
    QCOMPARE(r.json.value(QStringLiteral("devicesAdded")).toInt(), 1);
    QCOMPARE(r.json.value(QStringLiteral("devicesUpdated")).toInt(), 4);
    QCOMPARE(admin.get("/api/v1/users?limit=1").total(), 8);
    r = admin.get("/api/v1/users?q=bruno");
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Bruno K. Keller"));
    QVERIFY(r.items().first().toObject().value(QStringLiteral("hasPassword")).toBool()); // empty cell: kept
    r = admin.get("/api/v1/users?q=" + ApiClient::query(QStringLiteral("=HYPERLINK")));
    QCOMPARE(r.total(), 1); // the quote a spreadsheet needed is gone again
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("@SUM(A1)"));
    r = admin.get("/api/v1/users?q=" + ApiClient::query(QStringLiteral("渡辺")));
    QCOMPARE(r.total(), 1);
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("deviceCount")).toInt(), 0);
    // The same file again changes nothing but is fine; without a BOM too.
    QByteArray noBom = admin.get("/api/v1/export/users").body.mid(3);
    r = admin.call("POST", "/api/v1/import/users", noBom, {{"Content-Type", "text/csv"}});
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("usersAdded")).toInt(), 0);
    // A header that is not the users file.
    r = admin.call("POST", "/api/v1/import/users", "Login,Secret\nx,y\n");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("line")).toInt(),
             1);
}

void TestAdminApi::templatesValuesAndFiles()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    const qint64 paris = addRegion(admin, QStringLiteral("Paris"));
    const QJsonObject deviceFile {{QStringLiteral("name"), QStringLiteral("%ITCS_mac%.cfg")},
                                  {QStringLiteral("data"), QStringLiteral("voip/line/0/id=%ITCS_Line1Id%\n")}};
    ApiClient::Reply r = admin.post("/api/v1/templates",
                                    {{QStringLiteral("name"), QStringLiteral("Paris 430HD")},
                                     {QStringLiteral("model"), QStringLiteral("Audiocodes_430HD")},
                                     {QStringLiteral("regionId"), paris},
                                     {QStringLiteral("isDefault"), true},
                                     {QStringLiteral("deviceFile"), deviceFile}});
    QVERIFY2(r.status == 201, r.text());
    const qint64 first = r.id();
    QCOMPARE(r.json.value(QStringLiteral("model")).toString(), QStringLiteral("430HD"));
    QCOMPARE(r.json.value(QStringLiteral("deviceFile")).toObject().value(QStringLiteral("data")).toString(),
             deviceFile.value(QStringLiteral("data")).toString());
    r = admin.post("/api/v1/placeholders",
                   {{QStringLiteral("level"), QStringLiteral("template")},
                    {QStringLiteral("ownerId"), first},
                    {QStringLiteral("name"), QStringLiteral("Primary_NTP")},
                    {QStringLiteral("value"), QStringLiteral("ntp.paris.example")}});
    QVERIFY2(r.status == 201, r.text());
    // A second default moves the mark.
    r = admin.post("/api/v1/templates/" + QByteArray::number(first) + "/clone",
                   {{QStringLiteral("name"), QStringLiteral("Paris 430HD copy")}});
    QVERIFY2(r.status == 201, r.text());
    const qint64 copy = r.id();
    QVERIFY(!r.json.value(QStringLiteral("isDefault")).toBool());
    QCOMPARE(admin.get("/api/v1/placeholders?level=template&owner=" + QByteArray::number(copy)).total(), 1);
    r = admin.put(ApiClient::path("/api/v1/templates/{id}", copy),
                  {{QStringLiteral("isDefault"), true}, {QStringLiteral("revision"), r.revision()}});
    QVERIFY2(r.status == 200, r.text());
    QVERIFY(
        !admin.get(ApiClient::path("/api/v1/templates/{id}", first)).json.value(QStringLiteral("isDefault")).toBool());
    r = admin.get("/api/v1/templates?region=" + QByteArray::number(paris));
    QCOMPARE(r.total(), 2);
    QVERIFY(
        !r.items().first().toObject().value(QStringLiteral("deviceFile")).toObject().contains(QStringLiteral("data")));
    // Restore to the shipped default, XML out and back in.
    r = admin.post(
        ApiClient::path("/api/v1/templates/{id}/restore-default", first),
        {{QStringLiteral("revision"), admin.get(ApiClient::path("/api/v1/templates/{id}", first)).revision()}});
    QVERIFY2(r.status == 200, r.text());
    const QString shipped =
        r.json.value(QStringLiteral("deviceFile")).toObject().value(QStringLiteral("data")).toString();
    QVERIFY(shipped.size() > 200);
    r = admin.get(ApiClient::path("/api/v1/templates/{id}/xml", first));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("<ipphonetamplate>"));
    r = admin.call("POST", "/api/v1/templates/import?name=Imported&regionId=" + QByteArray::number(paris), r.body,
                   {{"Content-Type", "application/xml"}});
    QVERIFY2(r.status == 201, r.text());
    QCOMPARE(r.json.value(QStringLiteral("deviceFile")).toObject().value(QStringLiteral("data")).toString(), shipped);
    QCOMPARE(admin.call("POST", "/api/v1/templates/import", "not xml").status, 400);

    // Values: names and values are checked before they are stored.
    r = admin.post("/api/v1/placeholders",
                   {{QStringLiteral("level"), QStringLiteral("region")},
                    {QStringLiteral("ownerId"), paris},
                    {QStringLiteral("name"), QStringLiteral("Bad Name")},
                    {QStringLiteral("value"), QStringLiteral("x")}});
    QCOMPARE(r.status, 400);
    r = admin.post("/api/v1/placeholders",
                   {{QStringLiteral("level"), QStringLiteral("region")},
                    {QStringLiteral("ownerId"), paris},
                    {QStringLiteral("name"), QStringLiteral("Primary_NTP")},
                    {QStringLiteral("value"), QStringLiteral("two\nlines")}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.error().contains(QLatin1String("line break")), r.text());
    r = admin.post("/api/v1/placeholders",
                   {{QStringLiteral("level"), QStringLiteral("device")},
                    {QStringLiteral("ownerId"), 4242},
                    {QStringLiteral("name"), QStringLiteral("Primary_NTP")}});
    QCOMPARE(r.status, 400);
    r = admin.post("/api/v1/overwrites",
                   {{QStringLiteral("level"), QStringLiteral("region")},
                    {QStringLiteral("ownerId"), paris},
                    {QStringLiteral("key"), QStringLiteral("network/lan/vlan/mode")},
                    {QStringLiteral("value"), QStringLiteral("MANUAL")}});
    QVERIFY2(r.status == 201, r.text());
    QCOMPARE(
        admin
            .post("/api/v1/overwrites",
                  {{QStringLiteral("level"), QStringLiteral("system")}, {QStringLiteral("key"), QStringLiteral("a/b")}})
            .status,
        400);

    // Configuration files: an allow-list of names, no phone's own file name, a size limit.
    QCOMPARE(admin.call("POST", "/api/v1/configfiles?name=..%2Fetc.cfg", "x=1\n").status, 400);
    QCOMPARE(admin.call("POST", "/api/v1/configfiles?name=notes.exe", "x=1\n").status, 400);
    r = admin.call("POST", "/api/v1/configfiles?name=00908F1A2B01.cfg", "x=1\n");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.error().contains(QLatin1String("generated")), r.text());
    QCOMPARE(admin.call("POST", "/api/v1/configfiles?name=big.cfg", QByteArray(1024 * 1024 + 1, 'x')).status, 413);
    r = admin.call("POST", "/api/v1/configfiles?name=common.cfg", "system/ntp/enabled=1\n");
    QVERIFY2(r.status == 201, r.text());
    const QByteArray common = ApiClient::path("/api/v1/configfiles/{id}", r.id());
    QCOMPARE(admin.get(common + "/content").body, QByteArray("system/ntp/enabled=1\n"));
    QCOMPARE(rawRequest(server.http, "GET", "/configfiles/common.cfg").body, QByteArray("system/ntp/enabled=1\n"));
    r = admin.call("PUT", common + "/content?revision=" + QByteArray::number(r.revision()), "system/ntp/enabled=0\n");
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(admin.get(common + "/content").body, QByteArray("system/ntp/enabled=0\n"));
    QCOMPARE(admin.get("/api/v1/configfiles?name=common").total(), 1);
    // The activity log records what its level asks for: at DEBUG, every file served.
    r = admin.get("/api/v1/settings");
    r = admin.put(
        "/api/v1/settings",
        {{QStringLiteral("settings"), QJsonObject {{QStringLiteral("activity_log_level"), QStringLiteral("DEBUG")}}},
         {QStringLiteral("revision"), r.json.value(QStringLiteral("revision"))}});
    QVERIFY2(r.status == 200, r.text());
    QTest::qWait(300); // this node applies the change at once
    QCOMPARE(rawRequest(server.http, "GET", "/configfiles/common.cfg").status, 200);
    QTest::qWait(300);
    r = admin.get("/api/v1/logs?kind=activity&q=common.cfg");
    QVERIFY2(r.total() >= 1, r.text());
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("level")).toString(), QStringLiteral("DEBUG"));
    QCOMPARE(admin.get("/api/v1/logs?kind=activity&level=INFO&q=common.cfg").total(), 0);

    // Firmware: version from the name, model from the name; the phones' default name serves it.
    const QByteArray image = QByteArray("AUDC image\n") + QByteArray(4096, '\x5a');
    QCOMPARE(admin.call("POST", "/api/v1/firmware?name=430HD.bin", image).status, 400);
    r = admin.call("POST", "/api/v1/firmware?name=firmware.img", image);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.error().contains(QLatin1String("model")), r.text());
    r = admin.call("POST", "/api/v1/firmware?name=430HD_3.4.3.1.img", image);
    QVERIFY2(r.status == 201, r.text());
    QCOMPARE(r.json.value(QStringLiteral("model")).toString(), QStringLiteral("430HD"));
    QCOMPARE(r.json.value(QStringLiteral("version")).toString(), QStringLiteral("3.4.3.1"));
    QCOMPARE(r.json.value(QStringLiteral("size")).toInt(), image.size());
    // Its bytes name neither a version nor the model: kept, with a warning.
    QVERIFY2(r.json.value(QStringLiteral("warning"))
                 .toString()
                 .contains(QLatin1String("neither a version nor the "
                                         "model 430HD")),
             r.text());
    QCOMPARE(admin.get(ApiClient::path("/api/v1/firmware/{id}/content", r.id())).body, image);
    QCOMPARE(eventually([&] { return rawRequest(server.http, "GET", "/firmwarefiles/430HD.img"); }).body, image);
    QCOMPARE(admin.call("POST", "/api/v1/firmware?name=430HD_3.4.3.1.img", image).status, 409);
    // An image whose header says what it is: no warning.
    r = admin.call("POST", "/api/v1/firmware?name=430HD_3.4.4.img",
                   QByteArray("AUDC 430HD firmware, version 3.4.4\n") + QByteArray(4096, '\x5a'));
    QVERIFY2(r.status == 201 && !r.json.contains(QStringLiteral("warning")), r.text());
}

void TestAdminApi::unresolvedPlaceholdersAreListedPerPhone()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    const qint64 paris = addRegion(admin, QStringLiteral("Paris"));
    const qint64 lyon = addRegion(admin, QStringLiteral("Lyon"));
    ApiClient::Reply r = admin.post("/api/v1/templates",
                                    {{QStringLiteral("name"), QStringLiteral("Paris 430HD")},
                                     {QStringLiteral("model"), QStringLiteral("430HD")},
                                     {QStringLiteral("regionId"), paris},
                                     {QStringLiteral("isDefault"), true},
                                     {QStringLiteral("deviceFile"),
                                      QJsonObject {{QStringLiteral("name"), QStringLiteral("%ITCS_mac%.cfg")},
                                                   {QStringLiteral("data"),
                                                    QStringLiteral("voip/line/0/label=%ITCS_Desk_Label%\n"
                                                                   "voip/line/0/auth_name=%ITCS_Line1AuthName%\n")}}}});
    QVERIFY2(r.status == 201, r.text());
    const qint64 templ = r.id();
    QJsonArray deviceIds;
    const auto addPhone = [&](const QString& mac, qint64 region) {
        const ApiClient::Reply d = admin.post("/api/v1/devices",
                                              {{QStringLiteral("mac"), mac},
                                               {QStringLiteral("model"), QStringLiteral("430HD")},
                                               {QStringLiteral("regionId"), region}});
        if (d.status != 201) {
            qWarning("%s", d.text().constData());
            return qint64(0);
        }
        deviceIds.append(d.id());
        return d.id();
    };
    const qint64 first = addPhone(QStringLiteral("00908F0000A1"), paris);
    addPhone(QStringLiteral("00908F0000A2"), paris);
    addPhone(QStringLiteral("00908F0000B1"), lyon);                 // the shipped 430HD template
    QCOMPARE(admin.get("/api/v1/templates/unresolved").total(), 0); // nothing generated yet
    const auto generate = [&] {
        const ApiClient::Reply job = admin.post(
            "/api/v1/actions",
            {{QStringLiteral("action"), QStringLiteral("generate")}, {QStringLiteral("deviceIds"), deviceIds}});
        return job.status == 201
            && waitFor(
                   [&] {
                       return admin.get("/api/v1/jobs/" + QByteArray::number(job.id()))
                                  .json.value(QStringLiteral("state"))
                           == QLatin1String("done");
                   },
                   30000);
    };
    QVERIFY(generate());

    // The Templates page's count, per template, and the phones behind it.
    r = admin.get("/api/v1/templates?region=" + QByteArray::number(paris));
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("unresolvedPhones")).toInt(), 2);
    r = admin.get("/api/v1/templates/unresolved?template=" + QByteArray::number(templ));
    QVERIFY2(r.status == 200 && r.total() == 2, r.text());
    const QJsonObject phone = r.items().first().toObject();
    QCOMPARE(phone.value(QStringLiteral("mac")).toString(), QStringLiteral("00908F0000A1"));
    QCOMPARE(phone.value(QStringLiteral("deviceId")).toInteger(), first);
    QCOMPARE(phone.value(QStringLiteral("regionId")).toInteger(), paris);
    QCOMPARE(phone.value(QStringLiteral("templateName")).toString(), QStringLiteral("Paris 430HD"));
    QCOMPARE(phone.value(QStringLiteral("placeholders")).toArray(),
             (QJsonArray {QStringLiteral("Desk_Label"), QStringLiteral("Line1AuthName")}));
    QVERIFY(!phone.value(QStringLiteral("generatedAt")).toString().isEmpty());
    r = admin.get("/api/v1/templates/unresolved?template=0");
    QCOMPARE(r.total(), 1);
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("mac")).toString(), QStringLiteral("00908F0000B1"));
    QVERIFY(r.items().first().toObject().value(QStringLiteral("templateId")).isNull());
    QCOMPARE(admin.get("/api/v1/templates/unresolved").total(), 3);
    QCOMPARE(admin.get("/api/v1/templates/unresolved?limit=1&offset=2").items().size(), 1);
    QCOMPARE(admin.get("/api/v1/templates/unresolved?template=-1").status, 400);
    QCOMPARE(admin.get("/api/v1/templates/unresolved?template=x").status, 400);

    // A regional administrator sees the phones of their regions only.
    r = admin.post("/api/v1/admins",
                   {{QStringLiteral("name"), QStringLiteral("lyonOp")},
                    {QStringLiteral("role"), QStringLiteral("regional")},
                    {QStringLiteral("regionLevels"),
                     QJsonArray {QJsonObject {{QStringLiteral("regionId"), lyon},
                                              {QStringLiteral("level"), QStringLiteral("operator")}}}},
                    {QStringLiteral("password"), adminPassword}});
    QVERIFY2(r.status == 201, r.text());
    ApiClient regional(server.http, client(7));
    QCOMPARE(regional.login(QStringLiteral("lyonOp"), adminPassword).status, 200);
    r = regional.get("/api/v1/templates/unresolved");
    QCOMPARE(r.total(), 1);
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("mac")).toString(), QStringLiteral("00908F0000B1"));
    QCOMPARE(regional.get("/api/v1/templates/unresolved?template=" + QByteArray::number(templ)).total(), 0);

    // A value at the region's level settles one placeholder; the record follows the next generation.
    r = admin.post("/api/v1/placeholders",
                   {{QStringLiteral("level"), QStringLiteral("region")},
                    {QStringLiteral("ownerId"), paris},
                    {QStringLiteral("name"), QStringLiteral("Desk_Label")},
                    {QStringLiteral("value"), QStringLiteral("Paris desk")}});
    QVERIFY2(r.status == 201, r.text());
    QVERIFY(generate());
    r = admin.get("/api/v1/templates/unresolved?template=" + QByteArray::number(templ));
    QCOMPARE(r.total(), 2);
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("placeholders")).toArray(),
             QJsonArray {QStringLiteral("Line1AuthName")});
    QCOMPARE(admin.get("/api/v1/templates/unresolved").status, 200);
    QVERIFY(admin.get("/api/v1/templates/" + QByteArray::number(templ)).status == 200); // {id} still answers
}

void TestAdminApi::changeFeed()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    ApiClient::Reply r = admin.get("/api/v1/changes?since=0");
    QCOMPARE(r.status, 200);
    const qint64 start = static_cast<qint64>(r.json.value(QStringLiteral("revision")).toDouble());
    const qint64 region = addRegion(admin, QStringLiteral("Oslo"));
    r = admin.post("/api/v1/devices",
                   {{QStringLiteral("mac"), QStringLiteral("00908F0000B1")}, {QStringLiteral("regionId"), region}});
    QVERIFY2(r.status == 201, r.text());
    const qint64 device = r.id();
    r = admin.get("/api/v1/changes?since=" + QByteArray::number(start));
    QVERIFY(!r.json.value(QStringLiteral("truncated")).toBool());
    QStringList seen;
    for (const QJsonValue& v : r.json.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        seen << c.value(QStringLiteral("collection")).toString();
        if (c.value(QStringLiteral("collection")).toString() == QLatin1String("devices")) {
            QCOMPARE(c.value(QStringLiteral("item")).toObject().value(QStringLiteral("regionName")).toString(),
                     QStringLiteral("Oslo"));
        }
    }
    QCOMPARE(seen, (QStringList {QStringLiteral("regions"), QStringLiteral("devices")})); // logs are not in the feed
    const qint64 after = static_cast<qint64>(r.json.value(QStringLiteral("revision")).toDouble());
    QCOMPARE(admin.get("/api/v1/changes?since=" + QByteArray::number(after))
                 .json.value(QStringLiteral("changes"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(admin
                 .del(ApiClient::path("/api/v1/devices/{id}", device),
                      admin.get(ApiClient::path("/api/v1/devices/{id}", device)).revision())
                 .status,
             200);
    r = admin.get("/api/v1/changes?since=" + QByteArray::number(after));
    const QJsonArray gone = r.json.value(QStringLiteral("changes")).toArray();
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.first().toObject().value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(static_cast<qint64>(gone.first().toObject().value(QStringLiteral("id")).toDouble()), device);
    // A small limit pages by whole revisions.
    r = admin.get("/api/v1/changes?limit=1&since=" + QByteArray::number(start));
    QVERIFY(r.json.value(QStringLiteral("truncated")).toBool());
    QCOMPARE(r.json.value(QStringLiteral("changes")).toArray().size(), 1);
    QCOMPARE(admin.get("/api/v1/changes?since=-1").status, 400);
}

void TestAdminApi::vendorUsersFileImportsWithWarnings()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    // A vendor export, as a European spreadsheet saved it: ';' separators, the Tenant header, an
    // obfuscated password, a phone on two lines, a Lync model spelling.
    const QByteArray csv =
        "Name;Password;Display Name;Tenant;Device 1 Display Name;Device 1 MAC Address;Device 1 IP Phone Model;"
        "Device 1 Language;Device 1 VLAN Mode;Device 1 VLAN ID;Device 1 VLAN Priority\r\n"
        "ann;&sh&=QUJDREVGR0hJSktMTU5PUA==;Ann;Paris;Ann desk;00908F0E0001;Audiocodes_420HD_LYNC;French;;0;0\r\n"
        "ben;Ben-pw-1;Ben;Paris;Ben desk;00908F0E0002;Audiocodes_430HD;English;;0;0\r\n"
        "cy;Cy-pw-1;Cy;Paris;Was Ben's;00908F0E0002;Audiocodes_440HD;English;;0;0\r\n";
    ApiClient::Reply r =
        admin.call("POST", "/api/v1/import/users?createRegions=true", csv, {{"Content-Type", "text/csv"}});
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("usersAdded")).toInt(), 3);
    QCOMPARE(r.json.value(QStringLiteral("devicesAdded")).toInt(), 2);
    const QJsonArray warnings = r.json.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("password is the vendor's obfuscated form: set a new one"));
    QCOMPARE(warnings.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
    QVERIFY2(warnings.at(1).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("line 3")),
             r.text());
    r = admin.get("/api/v1/users?q=ann");
    QVERIFY(!r.items().first().toObject().value(QStringLiteral("hasPassword")).toBool());
    r = admin.get("/api/v1/devices?q=00908F0E0002");
    QCOMPARE(r.total(), 1);
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("model")).toString(), QStringLiteral("440HD"));
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("Was Ben's"));
    // The model comes back as the vendor spelt it.
    const QString exported = QString::fromUtf8(admin.get("/api/v1/export/users").body);
    QVERIFY2(exported.contains(QLatin1String(",Audiocodes_420HD_LYNC,")), qPrintable(exported));
    QVERIFY(!exported.contains(QLatin1String("&sh&")));
    // Unknown models and languages are refused, with what would do.
    r = admin.call("POST", "/api/v1/import/users",
                   "Name,Device 1 MAC Address,Device 1 IP Phone Model,Device 1 Language\n"
                   "dee,00908F0E0004,Audiocodes_999HD,English\neve,00908F0E0005,Audiocodes_430HD,Klingon\n",
                   {{"Content-Type", "text/csv"}});
    QCOMPARE(r.status, 422);
    const QJsonArray errors = r.json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 2);
    QVERIFY2(
        errors.at(0).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("Audiocodes_445HD")),
        r.text());
    QVERIFY2(errors.at(1).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("Hebrew")),
             r.text());
    QCOMPARE(admin.get("/api/v1/users?limit=1").total(), 3);
}

void TestAdminApi::placeholderFilesImportAllOrNothing()
{
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    const qint64 paris = admin.post("/api/v1/regions", {{QStringLiteral("name"), QStringLiteral("Paris")}}).id();
    QVERIFY(paris > 0);
    const auto csv = [&](const QByteArray& body) {
        return admin.call("POST", "/api/v1/import/placeholders", body, {{"Content-Type", "text/csv"}});
    };
    ApiClient::Reply r = csv("KEY,VAL\r\nMwiVmNumber,*97\r\nPrimary_NTP,ntp.example.net\r\n");
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("added")).toInt(), 2);
    r = csv("TENANT_KEY;TENANT_VAL;TENANT_ID\npaging_group;+33 1 23;paris\n%ITCS_Primary_NTP%;10.0.0.1;Paris\n");
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("level")).toString(), QStringLiteral("region"));
    QCOMPARE(r.json.value(QStringLiteral("added")).toInt(), 2);

    // A file with bad lines imports nothing, and says which.
    r = csv("TENANT_KEY,TENANT_VAL,TENANT_ID\nPrimary_NTP,10.9.9.9,Paris\nx "
            "y,1,Paris\nA,1,Atlantis\nB,1,Paris\nB,2,Paris\n");
    QCOMPARE(r.status, 422);
    QStringList lines;
    for (const QJsonValue& v : r.json.value(QStringLiteral("errors")).toArray()) {
        lines << QStringLiteral("%1: %2")
                     .arg(v.toObject().value(QStringLiteral("line")).toInt())
                     .arg(v.toObject().value(QStringLiteral("message")).toString());
    }
    QCOMPARE(lines.size(), 2); // the file's own problems come first: nothing is looked up
    QVERIFY2(lines.join(u'\n').contains(QLatin1String("3: 'x y' is not a placeholder name")), r.text());
    QVERIFY2(lines.join(u'\n').contains(QLatin1String("6: B of 'Paris' is also on line 5")), r.text());
    r = csv("TENANT_KEY,TENANT_VAL,TENANT_ID\nPrimary_NTP,10.9.9.9,Paris\nA,1,Atlantis\n");
    QCOMPARE(r.status, 422);
    QVERIFY2(r.text().contains("no region 'Atlantis'"), r.text());
    r = admin.get("/api/v1/placeholders?level=region&owner=" + QByteArray::number(paris) + "&q=Primary_NTP");
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("value")).toString(), QStringLiteral("10.0.0.1"));

    // Exported in the vendor's layout, and imported back: nothing changes.
    r = admin.get("/api/v1/export/placeholders?level=region");
    QCOMPARE(r.status, 200);
    const QString file = QString::fromUtf8(r.body);
    QVERIFY2(file.contains(QLatin1String("TENANT_KEY,TENANT_VAL,TENANT_ID\r\n")), qPrintable(file));
    QVERIFY2(file.contains(QLatin1String("Primary_NTP,10.0.0.1,Paris\r\n")), qPrintable(file));
    QVERIFY2(file.contains(QLatin1String("paging_group,'+33 1 23,Paris")), qPrintable(file)); // neutralised
    r = csv(r.body);
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("unchanged")).toInt(), 2);
    QCOMPARE(r.json.value(QStringLiteral("added")).toInt(), 0);
    r = admin.get("/api/v1/placeholders?level=region&owner=" + QByteArray::number(paris) + "&q=paging_group");
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("value")).toString(), QStringLiteral("+33 1 23"));
    QCOMPARE(admin.get("/api/v1/export/placeholders").status, 400);
    QCOMPARE(csv("NAME,VALUE\nA,1\n").status, 422);
}

void TestAdminApi::openApiDescribesEveryRoute()
{
    QString error;
    QStringList documented = documentedRoutes(&error);
    QVERIFY2(!documented.isEmpty(), qPrintable(error));
    const ProcessRun routes = runProgram(QStringLiteral("phonefleetd"), {QStringLiteral("--print-api-routes")});
    QCOMPARE(routes.exitCode, 0);
    QStringList served = QString::fromUtf8(routes.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(served.size() > 50);
    documented.sort();
    served.sort();
    for (const QString& route : served) {
        QVERIFY2(documented.contains(route),
                 qPrintable(route + QStringLiteral(" is served but not in docs/api/openapi.yaml")));
    }
    for (const QString& route : documented) {
        QVERIFY2(served.contains(route), qPrintable(route + QStringLiteral(" is documented but not served")));
    }
    QCOMPARE(documented.size(), served.size());

    // Every one of them answers on a running server, and asks for a token first.
    ServerProcess server;
    ApiClient admin;
    startServer(server, &admin);
    ApiClient anonymous(server.http, client(40));
    for (const QString& route : served) {
        const QByteArray method = route.section(u' ', 0, 0).toLatin1();
        const QByteArray path = route.section(u' ', 1).replace(QLatin1String("{id}"), QLatin1String("1")).toLatin1();
        const ApiClient::Reply r =
            anonymous.call(method, path, method == "GET" || method == "DELETE" ? QByteArray() : "{}");
        const int expected = route == QLatin1String("POST /api/v1/login") ? 400 : 401;
        QVERIFY2(r.status == expected, qPrintable(route + QStringLiteral(": ") + QString::fromUtf8(r.text())));
    }
    ApiClient::Reply r = admin.get("/api/v1/nothing-here");
    QCOMPARE(r.status, 404);
    r = admin.call("PATCH", "/api/v1/devices");
    QCOMPARE(r.status, 405);
    QVERIFY(r.raw.header("Allow").contains("GET"));
}

QTEST_GUILESS_MAIN(TestAdminApi)
#include "tst_adminapi.moc"
