// GET /api/v1/templates/{id}/preview of a real phonefleetd: the context the console's live
// preview renders with gives, for an unchanged template, exactly the file the generator wrote
// for that phone, and never a password.
#include "apiclient.h"
#include "filepreview.h"
#include "serverprocess.h"
#include "waitfor.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString adminPassword = QStringLiteral("a-long-enough-password");
const QString userPassword = QStringLiteral("alice-sip-Secret-77");
} // namespace

class TestPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewMatchesTheGeneratedFile();

private:
    qint64 created(const ApiClient::Reply& r)
    {
        if (r.status != 201) {
            qFatal("%s", r.text().constData());
        }
        return r.id();
    }
};

void TestPreview::previewMatchesTheGeneratedFile()
{
    QTemporaryDir dir;
    ServerProcess server;
    QString error;
    QVERIFY2(server.startIn(dir.path(), adminPassword, &error), qPrintable(error));
    ApiClient admin(server.http, QHostAddress::LocalHost);
    QCOMPARE(admin.login(QStringLiteral("admin"), adminPassword).status, 200);

    const qint64 lyon = created(admin.post("/api/v1/regions", {{QStringLiteral("name"), QStringLiteral("Lyon")}}));
    const qint64 alice = created(admin.post("/api/v1/users",
                                            {{QStringLiteral("name"), QStringLiteral("alice")},
                                             {QStringLiteral("password"), userPassword},
                                             {QStringLiteral("regionId"), lyon}}));
    const qint64 phone = created(admin.post("/api/v1/devices",
                                            {{QStringLiteral("mac"), QStringLiteral("00908F0000C1")},
                                             {QStringLiteral("model"), QStringLiteral("430HD")},
                                             {QStringLiteral("regionId"), lyon},
                                             {QStringLiteral("userId"), alice}}));
    const QString text = QStringLiteral("voip/line/0/auth_name=%ITCS_Line1AuthName%\n"
                                        "voip/line/0/auth_password=%ITCS_Line1AuthPassword%\n"
                                        "system/ntp/primary_server_address=%ITCS_Primary_NTP%\n"
                                        "custom/value=%ITCS_Custom%\n"
                                        "custom/unknown=%ITCS_NoSuchValue%\n"
                                        "zzz_device_marker=1\n");
    // The global file: one for every phone of the model in Lyon.
    const QString globalText = QStringLiteral("g/custom=%ITCS_Custom%\n"
                                              "g/ntp=%ITCS_Primary_NTP%\n"
                                              "g/server=%ITCS_ServerIP%\n"
                                              "g/name=%ITCS_Line1AuthName%\n"
                                              "g/language=%ITCS_Language%\n");
    const qint64 templ = created(admin.post(
        "/api/v1/templates",
        {{QStringLiteral("name"), QStringLiteral("Lyon 430HD")},
         {QStringLiteral("model"), QStringLiteral("430HD")},
         {QStringLiteral("regionId"), lyon},
         {QStringLiteral("isDefault"), true},
         {QStringLiteral("globalFile"),
          QJsonObject {{QStringLiteral("name"), QStringLiteral("lyon-430HD.cfg")},
                       {QStringLiteral("data"), globalText}}},
         {QStringLiteral("deviceFile"),
          QJsonObject {{QStringLiteral("name"), QStringLiteral("%ITCS_mac%.cfg")}, {QStringLiteral("data"), text}}}}));
    const auto value = [&](const char* level, qint64 owner, const char* name, const char* v) {
        created(admin.post("/api/v1/placeholders",
                           {{QStringLiteral("level"), QLatin1String(level)},
                            {QStringLiteral("ownerId"), owner},
                            {QStringLiteral("name"), QLatin1String(name)},
                            {QStringLiteral("value"), QLatin1String(v)}}));
    };
    value("system", 0, "Custom", "from-system");
    value("region", lyon, "Custom", "from-lyon");
    value("device", phone, "Primary_NTP", "ntp.desk.example");
    created(admin.post("/api/v1/overwrites",
                       {{QStringLiteral("level"), QStringLiteral("device")},
                        {QStringLiteral("ownerId"), phone},
                        {QStringLiteral("key"), QStringLiteral("network/lan/vlan/mode")},
                        {QStringLiteral("value"), QStringLiteral("MANUAL")}}));
    const qint64 job = created(admin.post("/api/v1/actions",
                                          {{QStringLiteral("action"), QStringLiteral("generate")},
                                           {QStringLiteral("deviceIds"), QJsonArray {static_cast<double>(phone)}}}));
    QVERIFY(waitFor(
        [&] {
            return admin.get("/api/v1/jobs/" + QByteArray::number(job)).json.value(QStringLiteral("state")).toString()
                == QLatin1String("done");
        },
        30000));

    // One phone: every level, the current file, no password anywhere.
    ApiClient::Reply r =
        admin.get(ApiClient::path("/api/v1/templates/{id}/preview", templ) + "?device=00:90:8f:00:00:c1");
    QVERIFY2(r.status == 200, r.text());
    QVERIFY(!r.body.contains(userPassword.toUtf8()));
    PreviewContext context;
    QVERIFY2(PreviewContext::fromJson(r.json, &context, &error), qPrintable(error));
    QCOMPARE(context.deviceId, phone);
    QCOMPARE(context.usedTemplateId, templ);
    QVERIFY(context.hasCurrentFile);
    QCOMPARE(context.currentFileName, QStringLiteral("00908F0000C1.cfg"));
    QVERIFY(context.secrets.contains(QStringLiteral("Line1AuthPassword")));
    QVERIFY(context.secrets.contains(QStringLiteral("ems_server/user_password")));
    QCOMPARE(context.owners.value(ValueSource::Region), QStringLiteral("Region Lyon"));
    const FilePreview preview = FilePreviewer::render(text, context);
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(QString::fromUtf8(preview.text), QString::fromUtf8(context.currentFile));
    // The global file's preview, from the same phone's context, is the file the generator wrote:
    // the region's value, none of the phone's (its NTP value, its user's name).
    QByteArray generatedGlobal;
    for (const QJsonValue& f : admin.get("/api/v1/configfiles?limit=1000").items()) {
        if (f.toObject().value(QStringLiteral("fileName")).toString() == QLatin1String("lyon-430HD.cfg")) {
            generatedGlobal =
                admin
                    .get(ApiClient::path("/api/v1/configfiles/{id}/content",
                                         static_cast<qint64>(f.toObject().value(QStringLiteral("id")).toDouble())))
                    .body;
        }
    }
    QVERIFY(generatedGlobal.contains("g/custom=from-lyon\n"));
    const FilePreview global = FilePreviewer::renderGlobal(globalText, context, true);
    QVERIFY2(global.ok(), qPrintable(global.error));
    QCOMPARE(QString::fromUtf8(global.text), QString::fromUtf8(generatedGlobal));
    QVERIFY(!global.text.contains("ntp.desk.example"));
    QVERIFY(!global.text.contains("alice"));
    // A system-wide template's global file takes no region's value.
    QVERIFY(FilePreviewer::renderGlobal(globalText, context, false).text.contains("g/custom=from-system\n"));
    QVERIFY(preview.text.contains("voip/line/0/auth_password=********\n"));
    QVERIFY(preview.text.contains("system/ntp/primary_server_address=ntp.desk.example\n"));
    QVERIFY(preview.text.contains("network/lan/vlan/mode=MANUAL"));
    QVERIFY(preview.text.contains("ems_server/user_password=********"));
    const auto sourceOf = [&](const QString& name) {
        for (const ResolvedPlaceholder& p : preview.placeholders) {
            if (p.name == name) {
                return p.source;
            }
        }
        return ValueSource::Unresolved;
    };
    QCOMPARE(sourceOf(QStringLiteral("Custom")), ValueSource::Region);
    QCOMPARE(sourceOf(QStringLiteral("Primary_NTP")), ValueSource::Device);
    QCOMPARE(sourceOf(QStringLiteral("Line1AuthName")), ValueSource::Builtin);
    QCOMPARE(sourceOf(QStringLiteral("NoSuchValue")), ValueSource::Unresolved);
    // A model and region: no phone's file, the per-phone built-ins left open.
    r = admin.get(ApiClient::path("/api/v1/templates/{id}/preview", templ) + "?region=" + QByteArray::number(lyon));
    QVERIFY2(r.status == 200, r.text());
    QVERIFY2(PreviewContext::fromJson(r.json, &context, &error), qPrintable(error));
    QVERIFY(!context.hasCurrentFile);
    QCOMPARE(context.deviceId, 0);
    QVERIFY(context.perPhone.contains(QStringLiteral("mac")));
    QCOMPARE(FilePreviewer::render(text, context).text.contains("custom/value=from-lyon"), true);

    QCOMPARE(admin.get(ApiClient::path("/api/v1/templates/{id}/preview", templ) + "?device=00908F0000FF").status, 404);
    QCOMPARE(admin.get(ApiClient::path("/api/v1/templates/{id}/preview", templ) + "?region=x").status, 400);
    QCOMPARE(admin.get("/api/v1/templates/9999/preview").status, 404);
}

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
