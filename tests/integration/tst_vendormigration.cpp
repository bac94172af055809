// Moving from the vendor's server in one step: a vendor-style configuration export (made up here,
// in the vendor's layouts and with the untidiness of real ones) imported into a real phonefleetd
// through phonefleetctl and the admin API; the preview of a phone shows each level's values with
// their provenance; a second import changes nothing; the export gives back an equivalent bundle,
// which imports without a tenant map and changes nothing either.
#include "apiclient.h"
#include "filepreview.h"
#include "processrun.h"
#include "testbackend.h"
#include "vendorexport.h"
#include "waitfor.h"
#include "ziparchive.h"

#include <QtTest>

namespace {
const QString adminPassword = QStringLiteral("a-long-enough-password");

QByteArray templateXml(const QString& type, const QString& global, const QString& lines,
                       const QString& deviceLines = {})
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<ipphonetamplate>\n"
                          "\t<type>%1</type>\n\t<description>the vendor's XML description</description>\n"
                          "\t<file_config>\n\t\t<type>global_file</type>\n\t\t<profile>global</profile>\n"
                          "\t\t<encrypt_mode>0</encrypt_mode>\n\t\t<name>%2</name>\n"
                          "\t\t<destinationDir>%ITCS_destination%</destinationDir>\n"
                          "\t\t<data><![CDATA[%3]]></data>\n\t</file_config>\n"
                          "\t<file_config>\n\t\t<type>file</type>\n\t\t<profile>user</profile>\n"
                          "\t\t<encrypt_mode>0</encrypt_mode>\n\t\t<name>%ITCS_mac%.cfg</name>\n"
                          "\t\t<destinationDir>%ITCS_destination%</destinationDir>\n"
                          "\t\t<data><![CDATA[include %2\nvoip/line/0/enabled=1\n"
                          "voip/line/0/auth_name=%ITCS_Line1AuthName%\n%4zzz2_region_cfg=ENABLE\n]]></data>\n"
                          "\t</file_config>\n</ipphonetamplate>\n")
        .arg(type, global, lines, deviceLines)
        .toLatin1();
}

// The vendor's export: 4 templates (one whose file is missing, one whose overwrite file is),
// 2 tenants with overrides, a site, placeholders at every level, settings, and vendor numeric
// TENANT_IDs that Tenants.csv does not list.
QByteArray vendorBundle()
{
    const QString parisLines = QStringLiteral("system/ntp/primary_server_address=%ITCS_Primary_NTP%\n"
                                              "system/ntp/gmt_offset=%ITCS_TimeZone%\n"
                                              "voip/services/msg_waiting_ind/subscribe_address=%ITCS_MwiVmNumber%\n"
                                              "voip/services/call_pickup/code=%ITCS_PickupCode%\n"
                                              "personal_settings/menu_password=%ITCS_MenuPassword%\n");
    const QByteArray templatesCsv =
        "MODEL_NAME,MODEL_DESC,TEMPLATE_FILE_PATH,OVERWRITE_FILE_PATH,TENANT_ID,TYPE,DEFAULT_MODEL\r\n"
        "Paris_430HD,\"Paris desks, 430HD\",/opt/ipp/templates/Paris_430HD.cfg,/opt/ipp/overwrite/Paris_430HD_ow.cfg,"
        "7,430HD,true\r\n"
        "Paris_450HD,Paris meeting rooms,/opt/ipp/templates/Paris_450HD.cfg,,7,450HD,false\r\n"
        "Lyon_430HD,Lyon desks,C:\\ipp\\templates\\Lyon_430HD.cfg,/opt/ipp/overwrite/gone.cfg,8,430HD,true\r\n"
        "Shared_405,All tenants' 405,/opt/ipp/templates/Shared_405.cfg,,,405,false\r\n"
        "Ghost_440HD,not in the bundle,/opt/ipp/templates/Ghost_440HD.cfg,,7,440HD,false\r\n";
    const QByteArray templates = ZipArchive::write({
        {QStringLiteral("Templates.csv"), templatesCsv, {}},
        {QStringLiteral("Paris_430HD.cfg"),
         templateXml(QStringLiteral("audiocodes_430HD"), QStringLiteral("Paris_430HD_global.cfg"), parisLines,
                     parisLines),
         {}},
        {QStringLiteral("Paris_430HD_ow.cfg"), "provisioning/period/type=HOURLY\r\n", {}},
        {QStringLiteral("Paris_450HD.cfg"),
         templateXml(QStringLiteral("audiocodes_450HD"), QStringLiteral("Paris_450HD_global.cfg"),
                     QStringLiteral("system/ntp/primary_server_address=%ITCS_Primary_NTP%\n")),
         {}},
        {QStringLiteral("Lyon_430HD.cfg"),
         templateXml(QStringLiteral("audiocodes_430HD"), QStringLiteral("Lyon_430HD_global.cfg"),
                     QStringLiteral("system/ntp/primary_server_address=%ITCS_Primary_NTP%\n")),
         {}},
        {QStringLiteral("Shared_405.cfg"),
         templateXml(QStringLiteral("audiocodes_405"), QStringLiteral("Shared_405_global.cfg"),
                     QStringLiteral("system/ntp/primary_server_address=%ITCS_Primary_NTP%\n")),
         {}},
    });
    const QByteArray tenants = ZipArchive::write({
        {QStringLiteral("Tenants.csv"), "NAME,DESCRIPTION\r\nParis,Paris office\r\nLyon,Lyon office\r\n", {}},
        {QStringLiteral("Paris.cfg"), "; Paris overrides\r\nvoip/services/call_pickup/enabled=1\r\n", {}},
        {QStringLiteral("Lyon.cfg"),
         "system/ntp/gmt_offset=+01:00\r\nvoip/services/x=a\x0b"
         "b\r\n",
         {}},
    });
    const QByteArray sites = ZipArchive::write({{QStringLiteral("Sites.csv"),
                                                 "SITE_NAME,SITE_DESCRIPTION,SITE_TENANT_NAME,SITE_REGION_NAME\r\n"
                                                 "Paris-Opera,Opera building,Paris,EMEA\r\n",
                                                 {}}});
    return ZipArchive::write({
        {QStringLiteral("Templates.zip"), templates, {}},
        {QStringLiteral("Tenants.zip"), tenants, {}},
        {QStringLiteral("Sites.zip"), sites, {}},
        {QStringLiteral("Template_Placeholders.csv"),
         "DEF_KEY,DEF_VAL,DESCRIPTION,MODEL\r\n"
         "TimeZone,+01:00,Paris time,Paris_430HD\r\n"
         "PickupCode,*8,template's pickup code,Paris_430HD\r\n"
         "MwiVmNumber,*99,a template the bundle does not hold,Audiocodes_405_LYNC\r\n",
         {}},
        {QStringLiteral("Tenant_Placeholders.csv"), "TENANT_KEY,TENANT_VAL,TENANT_ID\r\nPickupCode,*88,Paris\r\n", {}},
        {QStringLiteral("Site_Placeholders.csv"), "SITE_KEY,SITE_VAL,SITE_ID\r\nPickupCode,*888,Paris-Opera\r\n", {}},
        {QStringLiteral("System_Settings.csv"),
         "KEY,VAL\r\nMwiVmNumber,*97\r\nPrimary_NTP,ntp.example.net\r\nMenuPassword,1234\r\ndef_region,Paris\r\n"
         "ServerIP,pf.example.net\r\n",
         {}},
    });
}

QJsonObject stepOf(const ApiClient::Reply& r, const QString& kind, const QString& name)
{
    for (const QJsonValue& v : r.json.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("kind")).toString() == kind && s.value(QStringLiteral("name")).toString() == name) {
            return s;
        }
    }
    return {};
}

QString actionOf(const ApiClient::Reply& r, const QString& kind, const QString& name)
{
    return stepOf(r, kind, name).value(QStringLiteral("action")).toString();
}

// "change template Paris_430HD (description)": the steps that create or change something.
QByteArray changes(const ApiClient::Reply& r)
{
    QStringList out;
    for (const QJsonValue& v : r.json.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString action = s.value(QStringLiteral("action")).toString();
        if (action == QLatin1String("create") || action == QLatin1String("change")) {
            out << QStringLiteral("%1 %2 %3 (%4)")
                       .arg(action, s.value(QStringLiteral("kind")).toString(),
                            s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("detail")).toString());
        }
    }
    return out.join(QStringLiteral("; ")).toUtf8();
}

QJsonObject itemNamed(const ApiClient::Reply& r, const QString& name)
{
    for (const QJsonValue& v : r.items()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name) {
            return v.toObject();
        }
    }
    return {};
}
} // namespace

class TestVendorMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importsThroughTheCliAndTheApi();
    void placeholderFilesThroughTheCli();

private:
    TestBackend m_backend;
};

void TestVendorMigration::initTestCase()
{
    PHONEFLEET_START_BACKEND(m_backend);
}

void TestVendorMigration::cleanupTestCase()
{
    m_backend.stop();
}

void TestVendorMigration::importsThroughTheCliAndTheApi()
{
    ServerProcess server;
    QString error;
    QVERIFY2(m_backend.startServer(&server, adminPassword, {}, &error), qPrintable(error));
    ApiClient admin(server.http, QHostAddress::LocalHost);
    QVERIFY(admin.login(QStringLiteral("admin"), adminPassword).status == 200);
    const QByteArray bundle = vendorBundle();
    const auto importZip = [&](const QByteArray& query, const QByteArray& zip) {
        return admin.call("POST", "/api/v1/import/vendor-export" + query, zip, {{"Content-Type", "application/zip"}});
    };

    // A dry run without a tenant map: the numeric TENANT_IDs are asked for, nothing is written.
    ApiClient::Reply r = importZip("?dryRun=true", bundle);
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("unmappedTenantIds")).toArray(),
             QJsonArray({QStringLiteral("7"), QStringLiteral("8")}));
    QCOMPARE(actionOf(r, QStringLiteral("template"), QStringLiteral("Paris_430HD")), QStringLiteral("skip"));
    QCOMPARE(actionOf(r, QStringLiteral("template"), QStringLiteral("Shared_405")), QStringLiteral("create"));
    QCOMPARE(actionOf(r, QStringLiteral("region"), QStringLiteral("Paris")), QStringLiteral("create"));
    QCOMPARE(admin.get("/api/v1/regions").total(), 0);
    QCOMPARE(admin.get("/api/v1/templates").total(), 0);

    // A template of the same name in another region is another template: it is left alone.
    const qint64 nice = admin.post("/api/v1/regions", {{QStringLiteral("name"), QStringLiteral("Nice")}}).id();
    QVERIFY(nice > 0);
    const ApiClient::Reply niceTemplate = admin.post("/api/v1/templates",
                                                     {{QStringLiteral("name"), QStringLiteral("Paris_450HD")},
                                                      {QStringLiteral("model"), QStringLiteral("450HD")},
                                                      {QStringLiteral("regionId"), nice}});
    QVERIFY2(niceTemplate.status == 201, niceTemplate.text());

    // With the map, the dry run lists exactly what the import then does, and writes nothing.
    const ApiClient::Reply dryRun = importZip("?dryRun=true&tenantMap=7=Paris,8=Lyon", bundle);
    QVERIFY2(dryRun.status == 200, dryRun.text());
    QVERIFY(dryRun.json.value(QStringLiteral("dryRun")).toBool());
    QCOMPARE(actionOf(dryRun, QStringLiteral("template"), QStringLiteral("Paris_430HD")), QStringLiteral("create"));
    QCOMPARE(actionOf(dryRun, QStringLiteral("template value"), QStringLiteral("Paris_430HD: TimeZone")),
             QStringLiteral("create"));
    QCOMPARE(admin.get("/api/v1/regions").total(), 1);
    QCOMPARE(admin.get("/api/v1/templates").total(), 1);
    // A value that takes a built-in's place is said so.
    QVERIFY2(stepOf(dryRun, QStringLiteral("system value"), QStringLiteral("ServerIP"))
                 .value(QStringLiteral("detail"))
                 .toString()
                 .contains(QStringLiteral("built-in %ITCS_ServerIP%")),
             dryRun.body.constData());

    // Not an export at all.
    r = importZip({}, "NAME,DESCRIPTION\r\n");
    QCOMPARE(r.status, 422);
    QVERIFY2(r.error().contains(QStringLiteral("vendor's configuration export")), r.text());
    QCOMPARE(importZip("?tenantMap=7", bundle).status, 400);

    // The import itself, through phonefleetctl.
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("ipp-export.zip"));
    {
        QFile f(zipPath);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bundle) == bundle.size());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PHONEFLEET_TOKEN"), QString::fromLatin1(admin.token()));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.http);
    ProcessRun ctl = runProgram(QStringLiteral("phonefleetctl"),
                                {QStringLiteral("import"), QStringLiteral("vendor-export"), zipPath,
                                 QStringLiteral("--server"), url, QStringLiteral("--tenant-map"),
                                 QStringLiteral("7=Paris"), QStringLiteral("--tenant-map"), QStringLiteral("8=Lyon")},
                                {}, env);
    QVERIFY2(ctl.exitCode == 0, ctl.err.constData());
    QVERIFY2(ctl.out.contains("create    template        Paris_430HD"), ctl.out.constData());
    QVERIFY2(ctl.out.contains("imported: created "), ctl.out.constData());
    // What was skipped is said line by line, FILE:LINE first.
    QVERIFY2(ctl.err.contains(zipPath.toUtf8() + "/Templates.zip/Templates.csv:6: skipped file 'Templates.csv'"),
             ctl.err.constData());
    QVERIFY2(ctl.err.contains("skipped overwrite file 'Lyon_430HD': 'gone.cfg' is not in Templates.zip"),
             ctl.err.constData());
    QVERIFY2(ctl.err.contains("skipped setting 'def_region'"), ctl.err.constData());
    QVERIFY2(ctl.err.contains("skipped template value 'Audiocodes_405_LYNC'"), ctl.err.constData());
    // A value another reader would split in two never reaches a phone's file.
    QVERIFY2(ctl.err.contains("Tenants.zip/Lyon.cfg: skipped region override 'Lyon: voip/services/x'"),
             ctl.err.constData());
    // The CLI's import did what the dry run said, step for step.
    {
        QStringList planned;
        for (const QJsonValue& v : dryRun.json.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject st = v.toObject();
            planned << st.value(QStringLiteral("action")).toString() + u' '
                    + st.value(QStringLiteral("kind")).toString() + u' ' + st.value(QStringLiteral("name")).toString();
        }
        const ApiClient::Reply again = importZip("?dryRun=true&tenantMap=7=Paris,8=Lyon", bundle);
        QCOMPARE(again.json.value(QStringLiteral("created")).toInt(), 0);
        QCOMPARE(planned.size(), again.json.value(QStringLiteral("steps")).toArray().size());
        const auto n = [](const ApiClient::Reply& x, const char* key) {
            return x.json.value(QLatin1String(key)).toInt();
        };
        QCOMPARE(n(again, "unchanged"), n(dryRun, "unchanged") + n(dryRun, "created") + n(dryRun, "changed"));
        QCOMPARE(n(again, "skipped"), n(dryRun, "skipped"));
    }

    // Tenants are regions with their overrides.
    r = admin.get("/api/v1/regions");
    QCOMPARE(r.total(), 3);
    const QJsonObject paris = itemNamed(r, QStringLiteral("Paris"));
    QCOMPARE(paris.value(QStringLiteral("description")).toString(), QStringLiteral("Paris office"));
    const qint64 parisId = paris.value(QStringLiteral("id")).toInteger();
    const qint64 lyonId = itemNamed(r, QStringLiteral("Lyon")).value(QStringLiteral("id")).toInteger();
    r = admin.get("/api/v1/overwrites?level=region&owner=" + QByteArray::number(parisId));
    QCOMPARE(r.total(), 1);
    QCOMPARE(r.items().first().toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("voip/services/call_pickup/enabled"));

    // Templates keep the vendor's names, descriptions, regions and default marks.
    r = admin.get("/api/v1/templates?limit=100");
    const QJsonObject paris430 = itemNamed(r, QStringLiteral("Paris_430HD"));
    QVERIFY2(!paris430.isEmpty(), r.text());
    QCOMPARE(paris430.value(QStringLiteral("description")).toString(), QStringLiteral("Paris desks, 430HD"));
    QCOMPARE(paris430.value(QStringLiteral("regionId")).toInteger(), parisId);
    QVERIFY(paris430.value(QStringLiteral("isDefault")).toBool());
    QVERIFY(!itemNamed(r, QStringLiteral("Paris_450HD")).value(QStringLiteral("isDefault")).toBool());
    QCOMPARE(itemNamed(r, QStringLiteral("Lyon_430HD")).value(QStringLiteral("regionId")).toInteger(), lyonId);
    QVERIFY(itemNamed(r, QStringLiteral("Lyon_430HD")).value(QStringLiteral("isDefault")).toBool());
    QVERIFY(itemNamed(r, QStringLiteral("Shared_405")).value(QStringLiteral("regionId")).toInteger() <= 0);
    QVERIFY(itemNamed(r, QStringLiteral("Ghost_440HD")).isEmpty());
    r = admin.get(ApiClient::path("/api/v1/templates/{id}", niceTemplate.id()));
    QCOMPARE(r.json.value(QStringLiteral("regionId")).toInteger(), nice);
    QCOMPARE(r.json.value(QStringLiteral("revision")).toInteger(), niceTemplate.revision());
    const qint64 templateId = paris430.value(QStringLiteral("id")).toInteger();
    r = admin.get(ApiClient::path("/api/v1/templates/{id}", templateId));
    const QString global =
        r.json.value(QStringLiteral("globalFile")).toObject().value(QStringLiteral("data")).toString();
    // The phone's own file (the per-device file: what generation renders per phone).
    const QString deviceFile =
        r.json.value(QStringLiteral("deviceFile")).toObject().value(QStringLiteral("data")).toString();
    QVERIFY2(global.contains(QStringLiteral("provisioning/period/type=HOURLY")),
             qPrintable(global)); // the overwrite file

    // A phone of Paris, with a value of its own: its preview shows every level with its provenance.
    r = admin.call("POST", "/api/v1/import/users",
                   "Name,Password,Display Name,Region,Device 1 Display Name,Device 1 MAC Address,"
                   "Device 1 IP Phone Model,Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,"
                   "Device 1 VLAN Priority\r\n"
                   "alice,Xk4!pr9w-long,Alice,Paris,Alice desk,00908F1A2B01,Audiocodes_430HD,English,,0,0\r\n",
                   {{"Content-Type", "text/csv"}});
    QVERIFY2(r.status == 200, r.text());
    const qint64 deviceId =
        admin.get("/api/v1/devices?q=00908F1A2B01").items().first().toObject().value(QStringLiteral("id")).toInteger();
    r = admin.post("/api/v1/placeholders",
                   {{QStringLiteral("level"), QStringLiteral("device")},
                    {QStringLiteral("ownerId"), deviceId},
                    {QStringLiteral("name"), QStringLiteral("MenuPassword")},
                    {QStringLiteral("value"), QStringLiteral("4321")}});
    QVERIFY2(r.status == 201, r.text());
    const auto previewOf = [&](PreviewContext* context) {
        QHash<QString, QPair<QString, ValueSource>> resolved;
        const ApiClient::Reply p =
            admin.get(ApiClient::path("/api/v1/templates/{id}/preview", templateId) + "?device=00908F1A2B01");
        if (p.status != 200 || !PreviewContext::fromJson(p.json, context, &error)) {
            qWarning("preview: %s %s", p.text().constData(), qPrintable(error));
            return resolved;
        }
        const FilePreview preview = FilePreviewer::render(deviceFile, *context);
        for (const ResolvedPlaceholder& x : preview.placeholders) {
            resolved.insert(x.name, {x.value, x.source});
        }
        return resolved;
    };
    PreviewContext context;
    QHash<QString, QPair<QString, ValueSource>> resolved = previewOf(&context);
    QCOMPARE(resolved.value(QStringLiteral("MenuPassword")), qMakePair(QStringLiteral("4321"), ValueSource::Device));
    QCOMPARE(resolved.value(QStringLiteral("PickupCode")), qMakePair(QStringLiteral("*88"), ValueSource::Region));
    QCOMPARE(resolved.value(QStringLiteral("TimeZone")), qMakePair(QStringLiteral("+01:00"), ValueSource::Template));
    QCOMPARE(resolved.value(QStringLiteral("MwiVmNumber")), qMakePair(QStringLiteral("*97"), ValueSource::System));
    QCOMPARE(resolved.value(QStringLiteral("Primary_NTP")),
             qMakePair(QStringLiteral("ntp.example.net"), ValueSource::System));

    // The site came with its value; the phone goes to the site (one of its region only), and the
    // site's value now stands between the region's and the phone's own.
    r = admin.get("/api/v1/sites?region=" + QByteArray::number(parisId));
    QCOMPARE(r.total(), 1);
    const QJsonObject opera = r.items().first().toObject();
    QCOMPARE(opera.value(QStringLiteral("name")).toString(), QStringLiteral("Paris-Opera"));
    QCOMPARE(opera.value(QStringLiteral("description")).toString(), QStringLiteral("Opera building"));
    const qint64 operaId = opera.value(QStringLiteral("id")).toInteger();
    const ApiClient::Reply lyonSite = admin.post(
        "/api/v1/sites", {{QStringLiteral("name"), QStringLiteral("Part-Dieu")}, {QStringLiteral("regionId"), lyonId}});
    QVERIFY2(lyonSite.status == 201, lyonSite.text());
    const auto moveTo = [&](qint64 site) {
        const ApiClient::Reply d = admin.get(ApiClient::path("/api/v1/devices/{id}", deviceId));
        return admin.put(ApiClient::path("/api/v1/devices/{id}", deviceId),
                         {{QStringLiteral("siteId"), site}, {QStringLiteral("revision"), d.revision()}});
    };
    r = moveTo(lyonSite.id());
    QCOMPARE(r.status, 400);
    QVERIFY2(r.error().contains(QStringLiteral("not in the phone's region")), r.text());
    r = moveTo(operaId);
    QVERIFY2(r.status == 200, r.text());
    resolved = previewOf(&context);
    QCOMPARE(resolved.value(QStringLiteral("PickupCode")), qMakePair(QStringLiteral("*888"), ValueSource::Site));
    QCOMPARE(context.owners.value(ValueSource::Site), QStringLiteral("Site Paris-Opera"));
    QCOMPARE(resolved.value(QStringLiteral("MenuPassword")), qMakePair(QStringLiteral("4321"), ValueSource::Device));
    // Generation takes the same value for the phone's file.
    r = admin.post("/api/v1/actions",
                   {{QStringLiteral("action"), QStringLiteral("generate")},
                    {QStringLiteral("deviceIds"), QJsonArray {static_cast<double>(deviceId)}}});
    QVERIFY2(r.status == 201, r.text());
    const QByteArray job = ApiClient::path("/api/v1/jobs/{id}", r.id());
    QVERIFY(waitFor([&] { return admin.get(job).json.value(QStringLiteral("state")).toString() == "done"; }, 20000));
    r = admin.get("/api/v1/configfiles?name=00908F1A2B01");
    QCOMPARE(r.total(), 1);
    r = admin.get(ApiClient::path("/api/v1/configfiles/{id}/content",
                                  r.items().first().toObject().value(QStringLiteral("id")).toInteger()));
    QVERIFY2(r.body.contains("voip/services/call_pickup/code=*888"), r.body.constData());
    QVERIFY2(r.body.contains("personal_settings/menu_password=4321"), r.body.constData());
    // A phone moved to another region is at no site any more (a site is a part of one region).
    {
        const ApiClient::Reply d = admin.get(ApiClient::path("/api/v1/devices/{id}", deviceId));
        const ApiClient::Reply moved =
            admin.put(ApiClient::path("/api/v1/devices/{id}", deviceId),
                      {{QStringLiteral("regionId"), lyonId}, {QStringLiteral("revision"), d.revision()}});
        QVERIFY2(moved.status == 200, moved.text());
        QVERIFY(moved.json.value(QStringLiteral("siteId")).isNull());
        const ApiClient::Reply back = admin.put(ApiClient::path("/api/v1/devices/{id}", deviceId),
                                                {{QStringLiteral("regionId"), parisId},
                                                 {QStringLiteral("siteId"), operaId},
                                                 {QStringLiteral("revision"), moved.revision()}});
        QVERIFY2(back.status == 200, back.text());
    }

    // A second import of the same bundle, through the API, changes nothing.
    r = importZip("?tenantMap=7=Paris,8=Lyon", bundle);
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("created")).toInt(), 0);
    QVERIFY2(r.json.value(QStringLiteral("changed")).toInt() == 0, changes(r).constData());
    QVERIFY(r.json.value(QStringLiteral("unchanged")).toInt() > 10);

    // The export gives back an equivalent bundle...
    r = admin.get("/api/v1/export/vendor-export");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.raw.header("Content-Type"), QByteArray("application/zip"));
    VendorExport original;
    VendorExport exported;
    QVERIFY(VendorExport::read(bundle, &original, &error));
    QVERIFY2(VendorExport::read(r.body, &exported, &error), qPrintable(error));
    QStringList notes;
    for (const VendorExport::Note& n : exported.notes) {
        notes << n.file + u':' + QString::number(n.line) + QStringLiteral(": ") + n.message;
    }
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
    QCOMPARE(exported.tenants.size(), 3); // and Nice
    for (const VendorExport::Tenant& t : original.tenants) {
        const auto same = std::find_if(exported.tenants.cbegin(), exported.tenants.cend(),
                                       [&](const VendorExport::Tenant& e) { return e.name == t.name; });
        QVERIFY(same != exported.tenants.cend());
        QCOMPARE(same->description, t.description);
        QVERIFY2(same->overrides.contains(t.overrides.split('\r').last().trimmed())
                     || t.overrides.contains(same->overrides.trimmed()),
                 same->overrides.constData());
    }
    for (const VendorExport::Template& t : original.templates) {
        const QString tenant = t.tenantId == QLatin1String("7") ? QStringLiteral("Paris")
            : t.tenantId == QLatin1String("8")                  ? QStringLiteral("Lyon")
                                                                : QString();
        const auto same =
            std::find_if(exported.templates.cbegin(), exported.templates.cend(),
                         [&](const VendorExport::Template& e) { return e.name == t.name && e.tenantId == tenant; });
        QVERIFY2(same != exported.templates.cend(), qPrintable(t.name));
        QCOMPARE(same->description, t.description);
        QCOMPARE(same->isDefault, t.isDefault);
    }
    QCOMPARE(exported.templates.size(), original.templates.size() + 1); // and Nice's Paris_450HD
    for (const PlaceholderCsv::Row& row : original.templateValues.rows) {
        const bool kept = std::any_of(exported.templateValues.rows.cbegin(), exported.templateValues.rows.cend(),
                                      [&](const PlaceholderCsv::Row& e) {
                                          return e.owner == row.owner && e.name == row.name && e.value == row.value
                                              && e.description == row.description;
                                      });
        QCOMPARE(kept, row.owner != QLatin1String("Audiocodes_405_LYNC"));
    }
    QCOMPARE(exported.tenantValues.rows.size(), 1);
    QCOMPARE(exported.sites.size(), 2); // and Lyon's Part-Dieu
    QCOMPARE(exported.siteValues.size(), 1);
    QCOMPARE(exported.siteValues.first().owner, QStringLiteral("Paris-Opera"));
    QCOMPARE(exported.settings.rows.size(), 4); // def_region is the vendor's own setting

    // ... which imports without a tenant map (TENANT_ID: the region's name) and changes nothing.
    r = importZip({}, r.body);
    QVERIFY2(r.status == 200, r.text());
    QCOMPARE(r.json.value(QStringLiteral("created")).toInt(), 0);
    QVERIFY2(r.json.value(QStringLiteral("changed")).toInt() == 0, changes(r).constData());
    QCOMPARE(r.json.value(QStringLiteral("skipped")).toInt(), 0);

    // phonefleetctl export writes the same bundle to a file.
    const QString outPath = dir.filePath(QStringLiteral("back.zip"));
    ctl = runProgram(QStringLiteral("phonefleetctl"),
                     {QStringLiteral("export"), QStringLiteral("vendor-export"), QStringLiteral("--server"), url,
                      QStringLiteral("--out"), outPath},
                     {}, env);
    QVERIFY2(ctl.exitCode == 0, ctl.err.constData());
    QFile back(outPath);
    QVERIFY(back.open(QIODevice::ReadOnly));
    VendorExport fromFile;
    QVERIFY(VendorExport::read(back.readAll(), &fromFile, &error));
    QCOMPARE(fromFile.templates.size(), exported.templates.size());
}

void TestVendorMigration::placeholderFilesThroughTheCli()
{
    ServerProcess server;
    QString error;
    QVERIFY2(m_backend.startServer(&server, adminPassword, {}, &error), qPrintable(error));
    ApiClient admin(server.http, QHostAddress::LocalHost);
    QVERIFY(admin.login(QStringLiteral("admin"), adminPassword).status == 200);
    QVERIFY(admin.post("/api/v1/regions", {{QStringLiteral("name"), QStringLiteral("Paris")}}).status == 201);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PHONEFLEET_TOKEN"), QString::fromLatin1(admin.token()));
    env.insert(QStringLiteral("PHONEFLEET_SERVER"), QStringLiteral("http://127.0.0.1:%1").arg(server.http));
    QTemporaryDir dir;
    const auto file = [&](const QString& name, const QByteArray& bytes) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    };

    // A file with a bad line: nothing imported, the line named as FILE:LINE.
    const QString bad = file(QStringLiteral("Tenant_Placeholders.csv"),
                             "TENANT_KEY;TENANT_VAL;TENANT_ID\nPickupCode;*88;Paris\nFloor;3;Atlantis\n");
    ProcessRun ctl = runProgram(QStringLiteral("phonefleetctl"),
                                {QStringLiteral("import"), QStringLiteral("placeholders"), bad}, {}, env);
    QCOMPARE(ctl.exitCode, 1);
    QVERIFY2(ctl.err.contains(bad.toUtf8() + ":3: no region 'Atlantis'"), ctl.err.constData());
    QCOMPARE(admin.get("/api/v1/placeholders?level=region").total(), 0);

    const QString good = file(QStringLiteral("good.csv"), "TENANT_KEY;TENANT_VAL;TENANT_ID\nPickupCode;*88;Paris\n");
    ctl = runProgram(QStringLiteral("phonefleetctl"), {QStringLiteral("import"), QStringLiteral("placeholders"), good},
                     {}, env);
    QVERIFY2(ctl.exitCode == 0, ctl.err.constData());
    QVERIFY2(ctl.out.contains("imported 1 region value(s): 1 added"), ctl.out.constData());

    // Exported in the vendor's layout, to a file written atomically.
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    ctl = runProgram(QStringLiteral("phonefleetctl"),
                     {QStringLiteral("export"), QStringLiteral("placeholders"), QStringLiteral("--level"),
                      QStringLiteral("region"), QStringLiteral("--out"), out},
                     {}, env);
    QVERIFY2(ctl.exitCode == 0, ctl.err.constData());
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), QByteArray("\xEF\xBB\xBFTENANT_KEY,TENANT_VAL,TENANT_ID\r\nPickupCode,*88,Paris\r\n"));
    ctl = runProgram(QStringLiteral("phonefleetctl"),
                     {QStringLiteral("export"), QStringLiteral("placeholders"), QStringLiteral("--level"),
                      QStringLiteral("nowhere")},
                     {}, env);
    QCOMPARE(ctl.exitCode, 1);
    QVERIFY2(ctl.err.contains("level=system, template, region, site or device"), ctl.err.constData());
}

QTEST_GUILESS_MAIN(TestVendorMigration)
#include "tst_vendormigration.moc"
