// Who may see and do what through the admin API, over every route a real phonefleetd serves
// (the list comes from phonefleetd --print-api-routes, so a new route without a probe here fails
// the suite): Super Administrator and Administrator everything; a regional Operator writes in
// its region only; Monitoring gets 403 on every write; rows of Not Visible regions never appear
// in a list, count, search, export or the change feed; every write is in the web-admin log with
// who and from where, and no secret is.
#include "apiclient.h"
#include "processrun.h"
#include "testbackend.h"
#include "ziparchive.h"

#include <QJsonArray>
#include <QtTest>

#include <functional>

namespace {
const QString rootPassword = QStringLiteral("root-password-123");
const QString rolePassword = QStringLiteral("role-password-456");
const QString sipPassword = QStringLiteral("sip-Secret-789");

QHostAddress client(int n)
{
    return QHostAddress(QStringLiteral("127.0.%1.%2").arg(n / 250).arg(n % 250 + 2));
}

// The rows of one region a probe works on, made fresh for each probe that changes them.
struct Rows
{
    qint64 region = 0;
    QString regionName;
    qint64 user = 0;
    qint64 site = 0;
    qint64 device = 0;
    QString mac;
    qint64 templ = 0;
    qint64 placeholder = 0;
    qint64 overwrite = 0;
    qint64 alarm = 0;
    qint64 configFile = 0; // shared
    qint64 firmware = 0;   // shared
    qint64 admin = 0;      // another administrator (system probes)
    qint64 freeRegion = 0; // a region nobody uses (system probes)
    qint64 job = 0;        // a job of the Super Administrator's, still running (job probes)
};

struct Request
{
    QByteArray method;
    QByteArray path;
    QByteArray body;
};

enum class Kind {
    Public,      // login
    Self,        // the caller's own session and account
    List,        // every administrator: 200
    SharedRead,  // shared rows: every administrator 200
    RegionRead,  // a region's row: 404 to those who do not see the region
    RegionWrite, // Operator of the row's region only; Monitoring 403
    SystemRead,  // system administrators only
    SystemWrite, // system administrators only
    OwnRead,     // a job: its creator (here the Super Administrator) and system administrators
    OwnWrite,    // the same, a change
};

struct Probe
{
    QString route;
    Kind kind;
    std::function<Request(const Rows&)> make;
    int onInvisible = 404; // a write aimed at a region the caller does not see
    int onReadOnly = 403;  // a write aimed at a region the caller only monitors
};

QByteArray id(qint64 v)
{
    return QByteArray::number(v);
}
} // namespace

class TestAdminRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyRouteHasAProbe();
    void roleMatrix();
    void monitoringAndSelfService();
    void administratorCannotMakeSuperAdministrators();
    void notVisibleRowsNeverAppear();
    void logsHoldNoSecret();

private:
    // system: also another administrator and a free region (hashing a password takes a while).
    Rows make(const QString& regionName, bool system = false);
    // A job the Super Administrator started, on the rows' phone, that will run for a while.
    qint64 slowJob(const Rows& rows);
    qint64 revisionOf(const QByteArray& path);
    QVector<Probe> probes();
    void expect(const ApiClient& who, const Request& request, int status, const QString& what);
    void expectWrite(ApiClient& who, const Request& request, const QString& what);

    TestBackend m_backend;
    ServerProcess m_server;
    ApiClient m_root;
    ApiClient m_admin;    // Administrator
    ApiClient m_operator; // Operator in A, Monitoring in B, nothing in C
    ApiClient m_monitor;  // Monitoring in A
    ApiClient m_nobody;   // a regional administrator with no region
    QHash<QString, qint64> m_regions;
    int m_counter = 0;
};

void TestAdminRoles::initTestCase()
{
    PHONEFLEET_START_BACKEND(m_backend);
    QString error;
    QVERIFY2(m_backend.startServer(&m_server, rootPassword, {}, &error), qPrintable(error));
    m_root = ApiClient(m_server.http, client(1));
    QCOMPARE(m_root.login(QStringLiteral("admin"), rootPassword).status, 200);
    for (const char* name : {"A", "B", "C"}) {
        const ApiClient::Reply r =
            m_root.post("/api/v1/regions",
                        {{QStringLiteral("name"), QLatin1String(name)},
                         {QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.0/8")}});
        QVERIFY2(r.status == 201, r.text());
        m_regions.insert(QLatin1String(name), r.id());
    }
    const auto level = [&](const char* region, const char* word) {
        return QJsonObject {{QStringLiteral("regionId"), m_regions.value(QLatin1String(region))},
                            {QStringLiteral("level"), QLatin1String(word)}};
    };
    const struct
    {
        const char* name;
        const char* role;
        QJsonArray levels;
        ApiClient* client;
        int address;
    } accounts[] = {
        {"adm", "administrator", {}, &m_admin, 2},
        {"opA", "regional", {level("A", "operator"), level("B", "monitoring")}, &m_operator, 3},
        {"monA", "regional", {level("A", "monitoring")}, &m_monitor, 4},
        {"nobody", "regional", {}, &m_nobody, 5},
    };
    for (const auto& a : accounts) {
        const ApiClient::Reply r = m_root.post("/api/v1/admins",
                                               {{QStringLiteral("name"), QLatin1String(a.name)},
                                                {QStringLiteral("role"), QLatin1String(a.role)},
                                                {QStringLiteral("regionLevels"), a.levels},
                                                {QStringLiteral("password"), rolePassword}});
        QVERIFY2(r.status == 201, r.text());
        *a.client = ApiClient(m_server.http, client(a.address));
        QCOMPARE(a.client->login(QLatin1String(a.name), rolePassword).status, 200);
    }
}

void TestAdminRoles::cleanupTestCase()
{
    m_server.kill();
    m_backend.stop();
}

qint64 TestAdminRoles::revisionOf(const QByteArray& path)
{
    return m_root.get(path).revision();
}

Rows TestAdminRoles::make(const QString& regionName, bool system)
{
    const int n = ++m_counter;
    Rows rows;
    rows.region = m_regions.value(regionName);
    rows.regionName = regionName;
    const auto created = [&](const QByteArray& path, const QJsonObject& body) {
        const ApiClient::Reply r = m_root.post(path, body);
        if (r.status != 201) {
            qFatal("making %s: %s", path.constData(), r.text().constData());
        }
        return r.id();
    };
    rows.user = created("/api/v1/users",
                        {{QStringLiteral("name"), QStringLiteral("user-%1-%2").arg(regionName).arg(n)},
                         {QStringLiteral("password"), sipPassword},
                         {QStringLiteral("regionId"), rows.region}});
    rows.site = created("/api/v1/sites",
                        {{QStringLiteral("name"), QStringLiteral("site-%1-%2").arg(regionName).arg(n)},
                         {QStringLiteral("regionId"), rows.region}});
    rows.mac = QStringLiteral("00908F%1").arg(n, 6, 16, QLatin1Char('0')).toUpper();
    rows.device = created("/api/v1/devices",
                          {{QStringLiteral("mac"), rows.mac},
                           {QStringLiteral("model"), QStringLiteral("430HD")},
                           {QStringLiteral("regionId"), rows.region},
                           {QStringLiteral("userId"), rows.user}});
    rows.templ = created("/api/v1/templates",
                         {{QStringLiteral("name"), QStringLiteral("t-%1-%2").arg(regionName).arg(n)},
                          {QStringLiteral("model"), QStringLiteral("430HD")},
                          {QStringLiteral("regionId"), rows.region}});
    rows.placeholder = created("/api/v1/placeholders",
                               {{QStringLiteral("level"), QStringLiteral("region")},
                                {QStringLiteral("ownerId"), rows.region},
                                {QStringLiteral("name"), QStringLiteral("P%1").arg(n)},
                                {QStringLiteral("value"), QStringLiteral("v%1").arg(n)}});
    rows.overwrite = created("/api/v1/overwrites",
                             {{QStringLiteral("level"), QStringLiteral("device")},
                              {QStringLiteral("ownerId"), rows.device},
                              {QStringLiteral("key"), QStringLiteral("a/b%1").arg(n)},
                              {QStringLiteral("value"), QStringLiteral("1")}});
    // The phone raises an alarm.
    const QJsonObject alert {
        {QStringLiteral("alerts"),
         QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("IPPhoneRegisterFailure")},
                                  {QStringLiteral("severity"), QStringLiteral("5")},
                                  {QStringLiteral("source"), QStringLiteral("IPPhone/") + rows.mac},
                                  {QStringLiteral("date"), QStringLiteral("2026-12-01T08:00:00")}}}}};
    const RawResponse raised = rawRequest(m_server.http, "POST", "/rest/v1/ipphoneMgrAlert/alert", {},
                                          QJsonDocument(alert).toJson(QJsonDocument::Compact));
    if (raised.status != 200) {
        qFatal("alert: %d %s", raised.status, raised.body.constData());
    }
    rows.alarm = static_cast<qint64>(m_root.get("/api/v1/alarms?deviceId=" + id(rows.device))
                                         .items()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("id"))
                                         .toDouble());
    rows.configFile = m_root.call("POST", "/api/v1/configfiles?name=shared" + id(n) + ".cfg", "a/b=1\n").id();
    rows.firmware = m_root.call("POST", "/api/v1/firmware?name=430HD_1.0." + id(n) + ".img", "image").id();
    if (system) {
        rows.admin = created("/api/v1/admins",
                             {{QStringLiteral("name"), QStringLiteral("spare%1").arg(n)},
                              {QStringLiteral("role"), QStringLiteral("regional")},
                              {QStringLiteral("password"), rolePassword}});
        rows.freeRegion = created("/api/v1/regions", {{QStringLiteral("name"), QStringLiteral("free%1").arg(n)}});
    }
    return rows;
}

qint64 TestAdminRoles::slowJob(const Rows& rows)
{
    const ApiClient::Reply r =
        m_root.post("/api/v1/actions",
                    {{QStringLiteral("action"), QStringLiteral("check-status")},
                     {QStringLiteral("deviceIds"), QJsonArray {rows.device, rows.device}},
                     {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("delayMs"), 600000}}}});
    if (r.status != 201) {
        qFatal("starting a job: %s", r.text().constData());
    }
    return r.id();
}

QVector<Probe> TestAdminRoles::probes()
{
    const auto rev = [this](const QByteArray& path) { return revisionOf(path); };
    const auto withRev = [this](const QByteArray& path, QJsonObject body) {
        body.insert(QStringLiteral("revision"), revisionOf(path));
        return ApiClient::json(body);
    };
    const auto del = [this](const QByteArray& path) {
        return Request {"DELETE", path + "?revision=" + id(revisionOf(path)), {}};
    };
    const auto get = [](const QByteArray& path) { return Request {"GET", path, {}}; };
    using K = Kind;
    return {
        {QStringLiteral("POST /api/v1/login"), K::Public, {}},
        {QStringLiteral("POST /api/v1/logout"), K::Self, {}},
        {QStringLiteral("GET /api/v1/me"), K::Self, [=](const Rows&) { return get("/api/v1/me"); }},
        {QStringLiteral("PUT /api/v1/me/password"), K::Self, {}},
        {QStringLiteral("GET /api/v1/admins"), K::SystemRead, [=](const Rows&) { return get("/api/v1/admins"); }},
        {QStringLiteral("GET /api/v1/admins/{id}"), K::SystemRead,
         [=](const Rows& r) { return get("/api/v1/admins/" + id(r.admin)); }},
        {QStringLiteral("POST /api/v1/admins"), K::SystemWrite,
         [=](const Rows&) {
             return Request {"POST", "/api/v1/admins",
                             ApiClient::json({{QStringLiteral("name"), QStringLiteral("new%1").arg(++m_counter)},
                                              {QStringLiteral("role"), QStringLiteral("regional")},
                                              {QStringLiteral("password"), rolePassword}})};
         }},
        {QStringLiteral("PUT /api/v1/admins/{id}"), K::SystemWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/admins/" + id(r.admin);
             return Request {"PUT", p, withRev(p, {{QStringLiteral("role"), QStringLiteral("regional")}})};
         }},
        {QStringLiteral("DELETE /api/v1/admins/{id}"), K::SystemWrite,
         [=](const Rows& r) { return del("/api/v1/admins/" + id(r.admin)); }},
        {QStringLiteral("POST /api/v1/admins/{id}/unlock"), K::SystemWrite,
         [=](const Rows& r) {
             return Request {"POST", "/api/v1/admins/" + id(r.admin) + "/unlock", "{}"};
         }},
        {QStringLiteral("GET /api/v1/regions"), K::List, [=](const Rows&) { return get("/api/v1/regions"); }},
        {QStringLiteral("GET /api/v1/regions/{id}"), K::RegionRead,
         [=](const Rows& r) { return get("/api/v1/regions/" + id(r.region)); }},
        {QStringLiteral("POST /api/v1/regions"), K::SystemWrite,
         [=](const Rows&) {
             return Request {"POST", "/api/v1/regions",
                             ApiClient::json({{QStringLiteral("name"), QStringLiteral("region%1").arg(++m_counter)}})};
         }},
        {QStringLiteral("PUT /api/v1/regions/{id}"), K::SystemWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/regions/" + id(r.freeRegion);
             return Request {"PUT", p, withRev(p, {{QStringLiteral("description"), QStringLiteral("changed")}})};
         }},
        {QStringLiteral("DELETE /api/v1/regions/{id}"), K::SystemWrite,
         [=](const Rows& r) { return del("/api/v1/regions/" + id(r.freeRegion)); }},
        {QStringLiteral("GET /api/v1/sites"), K::List, [=](const Rows&) { return get("/api/v1/sites"); }},
        {QStringLiteral("GET /api/v1/sites/{id}"), K::RegionRead,
         [=](const Rows& r) { return get("/api/v1/sites/" + id(r.site)); }},
        {QStringLiteral("POST /api/v1/sites"), K::RegionWrite,
         [=](const Rows& r) {
             return Request {"POST", "/api/v1/sites",
                             ApiClient::json({{QStringLiteral("name"), QStringLiteral("new-site%1").arg(++m_counter)},
                                              {QStringLiteral("regionId"), r.region}})};
         },
         400},
        {QStringLiteral("PUT /api/v1/sites/{id}"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/sites/" + id(r.site);
             return Request {"PUT", p, withRev(p, {{QStringLiteral("description"), QStringLiteral("Changed")}})};
         }},
        {QStringLiteral("DELETE /api/v1/sites/{id}"), K::RegionWrite,
         [=](const Rows& r) { return del("/api/v1/sites/" + id(r.site)); }},
        {QStringLiteral("GET /api/v1/users"), K::List, [=](const Rows&) { return get("/api/v1/users"); }},
        {QStringLiteral("GET /api/v1/users/{id}"), K::RegionRead,
         [=](const Rows& r) { return get("/api/v1/users/" + id(r.user)); }},
        {QStringLiteral("POST /api/v1/users"), K::RegionWrite,
         [=](const Rows& r) {
             return Request {"POST", "/api/v1/users",
                             ApiClient::json({{QStringLiteral("name"), QStringLiteral("new-user%1").arg(++m_counter)},
                                              {QStringLiteral("regionId"), r.region}})};
         },
         400},
        {QStringLiteral("PUT /api/v1/users/{id}"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/users/" + id(r.user);
             return Request {"PUT", p, withRev(p, {{QStringLiteral("displayName"), QStringLiteral("Changed")}})};
         }},
        {QStringLiteral("DELETE /api/v1/users/{id}"), K::RegionWrite,
         [=](const Rows& r) { return del("/api/v1/users/" + id(r.user)); }},
        {QStringLiteral("POST /api/v1/users/region"), K::RegionWrite,
         [=](const Rows& r) {
             const QJsonObject user {{QStringLiteral("id"), r.user},
                                     {QStringLiteral("revision"), rev("/api/v1/users/" + id(r.user))}};
             return Request {"POST", "/api/v1/users/region",
                             ApiClient::json({{QStringLiteral("users"), QJsonArray {user}},
                                              {QStringLiteral("regionId"), r.region}})};
         },
         400},
        {QStringLiteral("GET /api/v1/devices"), K::List, [=](const Rows&) { return get("/api/v1/devices"); }},
        {QStringLiteral("GET /api/v1/devices/{id}"), K::RegionRead,
         [=](const Rows& r) { return get("/api/v1/devices/" + id(r.device)); }},
        {QStringLiteral("POST /api/v1/devices"), K::RegionWrite,
         [=](const Rows& r) {
             return Request {"POST", "/api/v1/devices",
                             ApiClient::json({{QStringLiteral("mac"),
                                               QStringLiteral("00908FF%1").arg(++m_counter, 5, 10, QLatin1Char('0'))},
                                              {QStringLiteral("regionId"), r.region}})};
         },
         400},
        {QStringLiteral("PUT /api/v1/devices/{id}"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/devices/" + id(r.device);
             return Request {"PUT", p, withRev(p, {{QStringLiteral("displayName"), QStringLiteral("Desk")}})};
         }},
        {QStringLiteral("DELETE /api/v1/devices/{id}"), K::RegionWrite,
         [=](const Rows& r) { return del("/api/v1/devices/" + id(r.device)); }},
        {QStringLiteral("POST /api/v1/devices/{id}/approve"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/devices/" + id(r.device);
             return Request {"POST", p + "/approve", withRev(p, {{QStringLiteral("regionId"), r.region}})};
         }},
        {QStringLiteral("GET /api/v1/templates"), K::List, [=](const Rows&) { return get("/api/v1/templates"); }},
        {QStringLiteral("GET /api/v1/templates/unresolved"), K::List,
         [=](const Rows&) { return get("/api/v1/templates/unresolved"); }},
        {QStringLiteral("GET /api/v1/templates/{id}"), K::RegionRead,
         [=](const Rows& r) { return get("/api/v1/templates/" + id(r.templ)); }},
        {QStringLiteral("POST /api/v1/templates"), K::RegionWrite,
         [=](const Rows& r) {
             return Request {"POST", "/api/v1/templates",
                             ApiClient::json({{QStringLiteral("name"), QStringLiteral("new-t%1").arg(++m_counter)},
                                              {QStringLiteral("model"), QStringLiteral("430HD")},
                                              {QStringLiteral("regionId"), r.region}})};
         },
         400},
        {QStringLiteral("PUT /api/v1/templates/{id}"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/templates/" + id(r.templ);
             return Request {"PUT", p, withRev(p, {{QStringLiteral("description"), QStringLiteral("changed")}})};
         }},
        {QStringLiteral("DELETE /api/v1/templates/{id}"), K::RegionWrite,
         [=](const Rows& r) { return del("/api/v1/templates/" + id(r.templ)); }},
        {QStringLiteral("POST /api/v1/templates/{id}/clone"), K::RegionWrite,
         [=](const Rows& r) {
             return Request {"POST", "/api/v1/templates/" + id(r.templ) + "/clone",
                             ApiClient::json({{QStringLiteral("name"), QStringLiteral("clone%1").arg(++m_counter)}})};
         }},
        {QStringLiteral("POST /api/v1/templates/{id}/restore-default"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/templates/" + id(r.templ);
             return Request {"POST", p + "/restore-default", withRev(p, {})};
         }},
        {QStringLiteral("GET /api/v1/templates/{id}/xml"), K::RegionRead,
         [=](const Rows& r) { return get("/api/v1/templates/" + id(r.templ) + "/xml"); }},
        {QStringLiteral("GET /api/v1/templates/{id}/preview"), K::RegionRead,
         [=](const Rows& r) { return get("/api/v1/templates/" + id(r.templ) + "/preview?device=" + id(r.device)); }},
        {QStringLiteral("POST /api/v1/templates/import"), K::RegionWrite,
         [=](const Rows& r) {
             return Request {"POST",
                             "/api/v1/templates/import?name=imp" + id(++m_counter) + "&regionId=" + id(r.region),
                             m_root.get("/api/v1/templates/" + id(r.templ) + "/xml").body};
         },
         400},
        {QStringLiteral("GET /api/v1/placeholders"), K::List, [=](const Rows&) { return get("/api/v1/placeholders"); }},
        {QStringLiteral("GET /api/v1/placeholders/{id}"), K::RegionRead,
         [=](const Rows& r) { return get("/api/v1/placeholders/" + id(r.placeholder)); }},
        {QStringLiteral("POST /api/v1/placeholders"), K::RegionWrite,
         [=](const Rows& r) {
             return Request {"POST", "/api/v1/placeholders",
                             ApiClient::json({{QStringLiteral("level"), QStringLiteral("region")},
                                              {QStringLiteral("ownerId"), r.region},
                                              {QStringLiteral("name"), QStringLiteral("N%1").arg(++m_counter)},
                                              {QStringLiteral("value"), QStringLiteral("x")}})};
         },
         400},
        {QStringLiteral("PUT /api/v1/placeholders/{id}"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/placeholders/" + id(r.placeholder);
             return Request {"PUT", p, withRev(p, {{QStringLiteral("value"), QStringLiteral("changed")}})};
         }},
        {QStringLiteral("DELETE /api/v1/placeholders/{id}"), K::RegionWrite,
         [=](const Rows& r) { return del("/api/v1/placeholders/" + id(r.placeholder)); }},
        {QStringLiteral("GET /api/v1/overwrites"), K::List, [=](const Rows&) { return get("/api/v1/overwrites"); }},
        {QStringLiteral("GET /api/v1/overwrites/{id}"), K::RegionRead,
         [=](const Rows& r) { return get("/api/v1/overwrites/" + id(r.overwrite)); }},
        {QStringLiteral("POST /api/v1/overwrites"), K::RegionWrite,
         [=](const Rows& r) {
             return Request {"POST", "/api/v1/overwrites",
                             ApiClient::json({{QStringLiteral("level"), QStringLiteral("device")},
                                              {QStringLiteral("ownerId"), r.device},
                                              {QStringLiteral("key"), QStringLiteral("x/y%1").arg(++m_counter)},
                                              {QStringLiteral("value"), QStringLiteral("2")}})};
         },
         400},
        {QStringLiteral("PUT /api/v1/overwrites/{id}"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/overwrites/" + id(r.overwrite);
             return Request {"PUT", p, withRev(p, {{QStringLiteral("value"), QStringLiteral("3")}})};
         }},
        {QStringLiteral("DELETE /api/v1/overwrites/{id}"), K::RegionWrite,
         [=](const Rows& r) { return del("/api/v1/overwrites/" + id(r.overwrite)); }},
        {QStringLiteral("GET /api/v1/settings"), K::List, [=](const Rows&) { return get("/api/v1/settings"); }},
        {QStringLiteral("PUT /api/v1/settings"), K::SystemWrite,
         [=](const Rows&) {
             const qint64 revision =
                 static_cast<qint64>(m_root.get("/api/v1/settings").json.value(QStringLiteral("revision")).toDouble());
             return Request {"PUT", "/api/v1/settings",
                             ApiClient::json({{QStringLiteral("settings"),
                                               QJsonObject {{QStringLiteral("disconnect_timeout_minutes"),
                                                             QString::number(100 + (++m_counter % 50))}}},
                                              {QStringLiteral("revision"), revision}})};
         }},
        {QStringLiteral("GET /api/v1/configfiles"), K::List, [=](const Rows&) { return get("/api/v1/configfiles"); }},
        {QStringLiteral("GET /api/v1/configfiles/{id}"), K::SharedRead,
         [=](const Rows& r) { return get("/api/v1/configfiles/" + id(r.configFile)); }},
        {QStringLiteral("GET /api/v1/configfiles/{id}/content"), K::SharedRead,
         [=](const Rows& r) { return get("/api/v1/configfiles/" + id(r.configFile) + "/content"); }},
        {QStringLiteral("POST /api/v1/configfiles"), K::SystemWrite,
         [=](const Rows&) {
             return Request {"POST", "/api/v1/configfiles?name=up" + id(++m_counter) + ".cfg", "k=v\n"};
         }},
        {QStringLiteral("PUT /api/v1/configfiles/{id}/content"), K::SystemWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/configfiles/" + id(r.configFile);
             return Request {"PUT", p + "/content?revision=" + id(rev(p)), "k=w\n"};
         }},
        {QStringLiteral("DELETE /api/v1/configfiles/{id}"), K::SystemWrite,
         [=](const Rows& r) { return del("/api/v1/configfiles/" + id(r.configFile)); }},
        {QStringLiteral("GET /api/v1/firmware"), K::List, [=](const Rows&) { return get("/api/v1/firmware"); }},
        {QStringLiteral("GET /api/v1/firmware/{id}"), K::SharedRead,
         [=](const Rows& r) { return get("/api/v1/firmware/" + id(r.firmware)); }},
        {QStringLiteral("GET /api/v1/firmware/{id}/content"), K::SharedRead,
         [=](const Rows& r) { return get("/api/v1/firmware/" + id(r.firmware) + "/content"); }},
        {QStringLiteral("POST /api/v1/firmware"), K::SystemWrite,
         [=](const Rows&) {
             return Request {"POST", "/api/v1/firmware?name=440HD_2.0." + id(++m_counter) + ".img", "img"};
         }},
        {QStringLiteral("PUT /api/v1/firmware/{id}"), K::SystemWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/firmware/" + id(r.firmware);
             return Request {"PUT", p, withRev(p, {{QStringLiteral("version"), QStringLiteral("9.9.9")}})};
         }},
        {QStringLiteral("DELETE /api/v1/firmware/{id}"), K::SystemWrite,
         [=](const Rows& r) { return del("/api/v1/firmware/" + id(r.firmware)); }},
        {QStringLiteral("GET /api/v1/alarms"), K::List, [=](const Rows&) { return get("/api/v1/alarms"); }},
        {QStringLiteral("GET /api/v1/alarms/{id}"), K::RegionRead,
         [=](const Rows& r) { return get("/api/v1/alarms/" + id(r.alarm)); }},
        {QStringLiteral("POST /api/v1/alarms/{id}/clear"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray p = "/api/v1/alarms/" + id(r.alarm);
             return Request {"POST", p + "/clear", withRev(p, {})};
         }},
        {QStringLiteral("GET /api/v1/logs"), K::List, [=](const Rows&) { return get("/api/v1/logs"); }},
        {QStringLiteral("GET /api/v1/dashboard"), K::List, [=](const Rows&) { return get("/api/v1/dashboard"); }},
        {QStringLiteral("GET /api/v1/changes"), K::List, [=](const Rows&) { return get("/api/v1/changes?since=0"); }},
        {QStringLiteral("POST /api/v1/import/users"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray csv = "Name,Password,Display Name,Region\nimported" + id(++m_counter) + ",,Imported,"
                 + r.regionName.toUtf8() + "\n";
             return Request {"POST", "/api/v1/import/users", csv};
         },
         422, 422}, // a file is refused line by line
        {QStringLiteral("GET /api/v1/export/users"), K::List, [=](const Rows&) { return get("/api/v1/export/users"); }},
        {QStringLiteral("POST /api/v1/import/placeholders"), K::RegionWrite,
         [=](const Rows& r) {
             const QByteArray csv =
                 "TENANT_KEY,TENANT_VAL,TENANT_ID\nImported" + id(++m_counter) + ",1," + r.regionName.toUtf8() + "\n";
             return Request {"POST", "/api/v1/import/placeholders", csv};
         },
         422, 422}, // a file is refused line by line
        {QStringLiteral("GET /api/v1/export/placeholders"), K::List,
         [=](const Rows&) { return get("/api/v1/export/placeholders?level=region"); }},
        {QStringLiteral("POST /api/v1/import/vendor-export"), K::SystemWrite,
         [=](const Rows&) {
             // A bundle holding a system value: a system administrator's change.
             const QByteArray zip = ZipArchive::write(
                 {{QStringLiteral("System_Settings.csv"), "KEY,VAL\nImported" + id(++m_counter) + ",1\n", {}}});
             return Request {"POST", "/api/v1/import/vendor-export", zip};
         }},
        {QStringLiteral("GET /api/v1/export/vendor-export"), K::SystemRead,
         [=](const Rows&) { return get("/api/v1/export/vendor-export"); }},
        {QStringLiteral("POST /api/v1/actions"), K::RegionWrite,
         [=](const Rows& r) {
             return Request {
                 "POST", "/api/v1/actions",
                 ApiClient::json({{QStringLiteral("action"), QStringLiteral("check-status")},
                                  {QStringLiteral("deviceIds"), QJsonArray {r.device}},
                                  {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("delayMs"), 0}}}})};
         },
         404, 201}, // a phone of a region only monitored is recorded as skipped
        {QStringLiteral("GET /api/v1/jobs"), K::List, [=](const Rows&) { return get("/api/v1/jobs"); }},
        {QStringLiteral("GET /api/v1/jobs/{id}"), K::OwnRead,
         [=](const Rows& r) { return get("/api/v1/jobs/" + id(r.job)); }},
        {QStringLiteral("GET /api/v1/jobs/{id}/targets"), K::OwnRead,
         [=](const Rows& r) { return get("/api/v1/jobs/" + id(r.job) + "/targets"); }},
        {QStringLiteral("POST /api/v1/jobs/{id}/cancel"), K::OwnWrite,
         [=](const Rows& r) {
             return Request {"POST", "/api/v1/jobs/" + id(r.job) + "/cancel", "{}"};
         }},
    };
}

void TestAdminRoles::everyRouteHasAProbe()
{
    const ProcessRun routes = runProgram(QStringLiteral("phonefleetd"), {QStringLiteral("--print-api-routes")});
    QCOMPARE(routes.exitCode, 0);
    QStringList probed;
    for (const Probe& p : probes()) {
        probed.append(p.route);
    }
    for (const QString& route : QString::fromUtf8(routes.out).split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(probed.contains(route), qPrintable(route + QStringLiteral(" has no probe in this suite")));
    }
}

void TestAdminRoles::expect(const ApiClient& who, const Request& request, int status, const QString& what)
{
    const ApiClient::Reply r = who.call(request.method, request.path, request.body);
    QVERIFY2(
        r.status == status,
        qPrintable(QStringLiteral("%1: expected %2, got %3").arg(what).arg(status).arg(QString::fromUtf8(r.text()))));
    if (status == 403) {
        QVERIFY2(!r.error().isEmpty(), qPrintable(what + QStringLiteral(": a refusal says why")));
    }
}

void TestAdminRoles::expectWrite(ApiClient& who, const Request& request, const QString& what)
{
    const ApiClient::Reply r = who.call(request.method, request.path, request.body);
    QVERIFY2(r.status == 200 || r.status == 201, qPrintable(what + QStringLiteral(": ") + QString::fromUtf8(r.text())));
    // The change is in the web-admin log: who, from where.
    const QJsonObject newest = m_root.get("/api/v1/logs?kind=web-admin&last=1").items().first().toObject();
    const QString name = who.get("/api/v1/me").json.value(QStringLiteral("name")).toString();
    QVERIFY2(newest.value(QStringLiteral("admin")).toString() == name,
             qPrintable(what + QStringLiteral(": logged as ") + newest.value(QStringLiteral("admin")).toString()));
    QCOMPARE(newest.value(QStringLiteral("source")).toString(), who.from().toString());
    QVERIFY(!newest.value(QStringLiteral("action")).toString().isEmpty());
    QVERIFY(newest.value(QStringLiteral("time")).isString());
}

void TestAdminRoles::roleMatrix()
{
    int checked = 0;
    for (const Probe& p : probes()) {
        if (!p.make) {
            continue; // Public and Self: monitoringAndSelfService
        }
        const bool system = p.kind == Kind::SystemRead || p.kind == Kind::SystemWrite;
        Rows a = make(QStringLiteral("A"), system);
        if (p.kind == Kind::OwnRead || p.kind == Kind::OwnWrite) {
            a.job = slowJob(a);
        }
        const QString route = p.route;
        // Anyone on the LAN without a session: refused before the body is read, changing nothing.
        const ApiClient anonymous(m_server.http, QHostAddress::LocalHost);
        expect(anonymous, p.make(a), 401, route + QStringLiteral(" without a session"));
        switch (p.kind) {
        case Kind::Public:
        case Kind::Self:
            for (ApiClient* c : {&m_root, &m_admin, &m_operator, &m_monitor, &m_nobody}) {
                expect(*c, p.make(a), 200, route);
            }
            break;
        case Kind::List:
        case Kind::SharedRead:
            for (ApiClient* c : {&m_root, &m_admin, &m_operator, &m_monitor, &m_nobody}) {
                expect(*c, p.make(a), 200, route);
            }
            break;
        case Kind::RegionRead: {
            for (ApiClient* c : {&m_root, &m_admin, &m_operator, &m_monitor}) {
                expect(*c, p.make(a), 200, route + QStringLiteral(" (region A)"));
            }
            expect(m_nobody, p.make(a), 404, route + QStringLiteral(" by an administrator of no region"));
            expect(m_operator, p.make(make(QStringLiteral("C"))), 404,
                   route + QStringLiteral(" (region C, not visible)"));
            expect(m_monitor, p.make(make(QStringLiteral("B"))), 404,
                   route + QStringLiteral(" (region B, not visible)"));
            break;
        }
        case Kind::RegionWrite:
            expect(m_monitor, p.make(a), 403, route + QStringLiteral(" by Monitoring"));
            expect(m_nobody, p.make(a), 403, route + QStringLiteral(" by an administrator of no region"));
            expect(m_operator, p.make(make(QStringLiteral("B"))), p.onReadOnly,
                   route + QStringLiteral(" by Monitoring of B"));
            expect(m_operator, p.make(make(QStringLiteral("C"))), p.onInvisible,
                   route + QStringLiteral(" in a region not visible"));
            expectWrite(m_operator, p.make(a), route + QStringLiteral(" by the Operator of A"));
            expectWrite(m_admin, p.make(make(QStringLiteral("C"))), route + QStringLiteral(" by an Administrator"));
            expectWrite(m_root, p.make(make(QStringLiteral("B"))),
                        route + QStringLiteral(" by the Super Administrator"));
            break;
        case Kind::SystemRead:
            for (ApiClient* c : {&m_operator, &m_monitor, &m_nobody}) {
                expect(*c, p.make(a), 403, route + QStringLiteral(" by a regional administrator"));
            }
            expect(m_root, p.make(a), 200, route);
            expect(m_admin, p.make(a), 200, route);
            break;
        case Kind::OwnRead:
            for (ApiClient* c : {&m_operator, &m_monitor, &m_nobody}) {
                expect(*c, p.make(a), 404, route + QStringLiteral(" by a regional administrator, not its creator"));
            }
            expect(m_root, p.make(a), 200, route);
            expect(m_admin, p.make(a), 200, route);
            break;
        case Kind::OwnWrite: {
            expect(m_monitor, p.make(a), 403, route + QStringLiteral(" by Monitoring"));
            expect(m_operator, p.make(a), 404, route + QStringLiteral(" by a regional administrator, not its creator"));
            expectWrite(m_admin, p.make(a), route + QStringLiteral(" by an Administrator"));
            Rows fresh = make(QStringLiteral("A"));
            fresh.job = slowJob(fresh);
            expectWrite(m_root, p.make(fresh), route + QStringLiteral(" by the Super Administrator"));
            break;
        }
        case Kind::SystemWrite:
            for (ApiClient* c : {&m_operator, &m_monitor, &m_nobody}) {
                expect(*c, p.make(a), 403, route + QStringLiteral(" by a regional administrator"));
            }
            expectWrite(m_admin, p.make(a), route + QStringLiteral(" by an Administrator"));
            expectWrite(m_root, p.make(make(QStringLiteral("A"), true)),
                        route + QStringLiteral(" by the Super Administrator"));
            break;
        }
        if (QTest::currentTestFailed()) {
            return;
        }
        ++checked;
    }
    QVERIFY(checked > 55);
}

void TestAdminRoles::monitoringAndSelfService()
{
    // Everyone may change their own password and sign out, Monitoring included: it changes
    // nothing of the fleet.
    ApiClient self(m_server.http, client(20));
    const ApiClient::Reply added = m_root.post("/api/v1/admins",
                                               {{QStringLiteral("name"), QStringLiteral("watcher")},
                                                {QStringLiteral("role"), QStringLiteral("regional")},
                                                {QStringLiteral("password"), rolePassword}});
    QVERIFY2(added.status == 201, added.text());
    QCOMPARE(self.login(QStringLiteral("watcher"), rolePassword).status, 200);
    ApiClient second(m_server.http, client(21));
    QCOMPARE(second.login(QStringLiteral("watcher"), rolePassword).status, 200);
    QCOMPARE(self.get("/api/v1/me").json.value(QStringLiteral("canWrite")).toBool(), false);
    ApiClient::Reply r = self.put("/api/v1/me/password",
                                  {{QStringLiteral("currentPassword"), QStringLiteral("wrong one!!!")},
                                   {QStringLiteral("newPassword"), QStringLiteral("a-new-password-1")}});
    QCOMPARE(r.status, 403);
    r = self.put(
        "/api/v1/me/password",
        {{QStringLiteral("currentPassword"), rolePassword}, {QStringLiteral("newPassword"), QStringLiteral("short")}});
    QCOMPARE(r.status, 400);
    r = self.put("/api/v1/me/password",
                 {{QStringLiteral("currentPassword"), rolePassword},
                  {QStringLiteral("newPassword"), QStringLiteral("a-new-password-1")}});
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(self.get("/api/v1/me").status, 200);   // this session goes on
    QCOMPARE(second.get("/api/v1/me").status, 401); // the other one ended
    QCOMPARE(ApiClient(m_server.http, client(22))
                 .login(QStringLiteral("watcher"), QStringLiteral("a-new-password-1"))
                 .status,
             200);
    QCOMPARE(self.post("/api/v1/logout").status, 200);
    QCOMPARE(self.get("/api/v1/me").status, 401);
}

void TestAdminRoles::administratorCannotMakeSuperAdministrators()
{
    ApiClient::Reply r = m_admin.post("/api/v1/admins",
                                      {{QStringLiteral("name"), QStringLiteral("boss")},
                                       {QStringLiteral("role"), QStringLiteral("super-administrator")},
                                       {QStringLiteral("password"), rolePassword}});
    QCOMPARE(r.status, 403);
    const qint64 root = m_root.get("/api/v1/me").id();
    r = m_admin.put("/api/v1/admins/" + id(root),
                    {{QStringLiteral("role"), QStringLiteral("regional")},
                     {QStringLiteral("revision"), revisionOf("/api/v1/admins/" + id(root))}});
    QCOMPARE(r.status, 403);
    // The last Super Administrator stays one.
    r = m_root.put("/api/v1/admins/" + id(root),
                   {{QStringLiteral("role"), QStringLiteral("administrator")},
                    {QStringLiteral("revision"), revisionOf("/api/v1/admins/" + id(root))}});
    QCOMPARE(r.status, 409);
    QCOMPARE(m_root.del("/api/v1/admins/" + id(root), revisionOf("/api/v1/admins/" + id(root))).status, 409);

    // Rights given in a region are named in the web-admin log (they are no field of the row).
    r = m_root.post("/api/v1/admins",
                    {{QStringLiteral("name"), QStringLiteral("promoted")},
                     {QStringLiteral("role"), QStringLiteral("regional")},
                     {QStringLiteral("password"), rolePassword}});
    QVERIFY2(r.status == 201, r.text());
    const QByteArray promoted = "/api/v1/admins/" + id(r.id());
    const QJsonArray operatorInA {QJsonObject {{QStringLiteral("regionId"), m_regions.value(QStringLiteral("A"))},
                                               {QStringLiteral("level"), QStringLiteral("operator")}}};
    r = m_root.put(promoted,
                   {{QStringLiteral("regionLevels"), operatorInA}, {QStringLiteral("revision"), revisionOf(promoted)}});
    QVERIFY2(r.status == 200, r.text());
    r = m_root.get("/api/v1/logs?kind=web-admin&q=promoted&last=20");
    QVERIFY2(r.body.contains("change administrator") && r.body.contains("changed: regionLevels"), r.text());
}

void TestAdminRoles::notVisibleRowsNeverAppear()
{
    const qint64 start = static_cast<qint64>(
        m_root.get("/api/v1/changes?since=0&limit=1").json.value(QStringLiteral("revision")).toDouble());
    const qint64 since = static_cast<qint64>(m_root.get("/api/v1/changes?since=" + id(start) + "&limit=10000")
                                                 .json.value(QStringLiteral("revision"))
                                                 .toDouble());
    const Rows c = make(QStringLiteral("C"));
    const Rows a = make(QStringLiteral("A"));
    // A phone of C asks for its file: it is generated, and listed as a configuration file.
    QCOMPARE(rawRequest(m_server.http, "GET", "/ipp/region/C/" + c.mac.toLatin1() + ".cfg", {}, {}, client(30)).status,
             200);
    QCOMPARE(rawRequest(m_server.http, "GET", "/ipp/region/A/" + a.mac.toLatin1() + ".cfg", {}, {}, client(31)).status,
             200);
    QCOMPARE(m_root.del("/api/v1/templates/" + id(c.templ), revisionOf("/api/v1/templates/" + id(c.templ))).status,
             200);
    const QByteArray macC = c.mac.toLatin1();
    const QByteArray userC = "user-C-";

    for (ApiClient* who : {&m_operator, &m_nobody}) {
        const QString me = who->get("/api/v1/me").json.value(QStringLiteral("name")).toString();
        QStringList problems;
        const auto none = [&](const QByteArray& path, const QByteArray& needle) {
            const ApiClient::Reply r = who->get(path);
            if (r.status != 200) {
                problems << me + u' ' + QString::fromLatin1(path) + u' ' + QString::fromUtf8(r.text());
            }
            if (r.body.contains(needle)) {
                problems << me + QStringLiteral(" sees ") + QString::fromLatin1(needle) + QStringLiteral(" in ")
                        + QString::fromLatin1(path);
            }
            return r;
        };
        none("/api/v1/devices?limit=10000", macC);
        QCOMPARE(none("/api/v1/devices?q=" + macC, macC).total(), 0);
        QCOMPARE(none("/api/v1/devices?mac=" + macC, macC).total(), 0);
        QCOMPARE(none("/api/v1/devices?region=C", macC).total(), 0);
        none("/api/v1/users?limit=10000", userC);
        QCOMPARE(none("/api/v1/users?q=user-C", userC).total(), 0);
        none("/api/v1/alarms?state=all&limit=10000", macC);
        QCOMPARE(none("/api/v1/alarms?state=all&q=" + macC, macC).total(), 0);
        none("/api/v1/templates?limit=10000", "t-C-");
        none("/api/v1/export/users", userC);
        none("/api/v1/configfiles?limit=10000", macC);
        none("/api/v1/logs?last=10000", macC);
        none("/api/v1/logs?kind=activity&last=10000", macC);
        none("/api/v1/regions", "\"name\":\"C\"");
        const ApiClient::Reply feed = none("/api/v1/changes?limit=10000&since=" + id(since), macC);
        for (const QJsonValue& v : feed.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = v.toObject();
            const QJsonObject item = change.value(QStringLiteral("item")).toObject();
            QVERIFY2(static_cast<qint64>(item.value(QStringLiteral("regionId")).toDouble())
                         != m_regions.value(QStringLiteral("C")),
                     qPrintable(me + QStringLiteral(": a row of C in the feed")));
            QVERIFY2(!(change.value(QStringLiteral("deleted")).toBool()
                       && static_cast<qint64>(change.value(QStringLiteral("id")).toDouble()) == c.templ
                       && change.value(QStringLiteral("collection")).toString() == QLatin1String("templates")),
                     "the deletion of a template of C is in the feed");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n"))));
        // Counts leave C out too.
        const qint64 visible = who->get("/api/v1/devices?limit=1").total();
        QCOMPARE(static_cast<qint64>(who->get("/api/v1/dashboard").json.value(QStringLiteral("total")).toDouble()),
                 visible);
        for (const QJsonValue& v : who->get("/api/v1/dashboard").json.value(QStringLiteral("byRegion")).toArray()) {
            QVERIFY(v.toObject().value(QStringLiteral("name")).toString() != QLatin1String("C"));
        }
    }
    // The Operator sees A (and B, Monitoring) and its rows in the feed; the nobody sees nothing.
    const ApiClient::Reply feed = m_operator.get("/api/v1/changes?limit=10000&since=" + id(since));
    QVERIFY(feed.body.contains(a.mac.toLatin1()));
    QCOMPARE(m_nobody.get("/api/v1/devices?limit=1").total(), 0);
    QCOMPARE(m_nobody.get("/api/v1/regions").total(), 0);
    QVERIFY(m_root.get("/api/v1/devices?q=" + macC).total() == 1);
    // A phone's own file: listed to those who see it, its content only to its Operators.
    const ApiClient::Reply files = m_root.get("/api/v1/configfiles?name=" + a.mac.toLatin1());
    QCOMPARE(files.total(), 1);
    const QByteArray content = "/api/v1/configfiles/"
        + id(static_cast<qint64>(files.items().first().toObject().value(QStringLiteral("id")).toDouble())) + "/content";
    QCOMPARE(m_operator.get(content).status, 200);
    QCOMPARE(m_monitor.get(content).status, 403);
    QCOMPARE(m_nobody.get(content).status, 404);
}

void TestAdminRoles::logsHoldNoSecret()
{
    const QByteArray logs =
        m_root.get("/api/v1/logs?last=10000").body + m_root.get("/api/v1/logs?kind=activity&last=10000").body;
    QVERIFY(logs.size() > 1000);
    for (const QString& secret : {rootPassword, rolePassword, sipPassword, QStringLiteral("a-new-password-1")}) {
        QVERIFY2(!logs.contains(secret.toUtf8()), qPrintable(secret + QStringLiteral(" is in a log")));
    }
    QVERIFY(!logs.contains("pft_"));
    // Nor does any answer: users, devices, administrators.
    for (const QByteArray& path : {QByteArray("/api/v1/users?limit=10000"), QByteArray("/api/v1/devices?limit=10000"),
                                   QByteArray("/api/v1/admins"), QByteArray("/api/v1/export/users")}) {
        const QByteArray body = m_root.get(path).body;
        QVERIFY2(!body.contains(sipPassword.toUtf8()) && !body.contains("pbkdf2"), path.constData());
    }
}

QTEST_GUILESS_MAIN(TestAdminRoles)
#include "tst_adminroles.moc"
