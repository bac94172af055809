#include "batchrenderer.h"
#include "builtinplaceholders.h"
#include "cfgchecker.h"
#include "cfgdocument.h"
#include "cfgreport.h"
#include "csvreader.h"
#include "defaulttemplates.h"
#include "keyoverrides.h"
#include "option160.h"
#include "parametercatalogue.h"
#include "placeholdercsv.h"
#include "templatefilenames.h"
#include "templaterenderer.h"
#include "templatexml.h"
#include "testdata.h"

#include <QtTest>

class TestTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence_data();
    void precedence();
    void emptyValueStillWins();
    void unresolvedLinesSettledAndReported();
    void valuesAreNotExpandedAgain();
    void lineBreaksAreRefused();
    void notAPlaceholderStaysText();
    void reportLines();
    void builtins();
    void overridesReplaceAndInsert();
    void overridesRefuseBadInput();
    void xmlSampleImports();
    void xmlLatin1AndRoundTrip();
    void xmlErrors();
    void csvReader();
    void csvReaderErrors();
    void placeholderCsvForms();
    void placeholderCsvProblems();
    void sampleRendersCleanly();
    void defaultTemplatesRenderCleanly();
    void option160();
    void batchRendererAgreesWithTheRenderer();
    void templateFileNames();
};

void TestTemplates::precedence_data()
{
    QTest::addColumn<QStringList>("levels"); // which levels define X, device..system
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("source");
    const QStringList all = {QStringLiteral("device"), QStringLiteral("region"), QStringLiteral("template"),
                             QStringLiteral("system")};
    QTest::newRow("device wins") << all << "device" << int(ValueSource::Device);
    QTest::newRow("region next") << all.mid(1) << "region" << int(ValueSource::Region);
    QTest::newRow("template next") << all.mid(2) << "template" << int(ValueSource::Template);
    QTest::newRow("system next") << all.mid(3) << "system" << int(ValueSource::System);
    QTest::newRow("built-in last") << QStringList() << "00908F1A2B01" << int(ValueSource::Builtin);
    QTest::newRow("device over system") << QStringList {QStringLiteral("device"), QStringLiteral("system")} << "device"
                                        << int(ValueSource::Device);
}

void TestTemplates::precedence()
{
    QFETCH(QStringList, levels);
    QFETCH(QString, expected);
    QFETCH(int, source);
    PlaceholderScope scope;
    const ValueSource order[] = {ValueSource::Device, ValueSource::Region, ValueSource::Template, ValueSource::System};
    for (const QString& level : levels) {
        scope.set(order[QStringList({"device", "region", "template", "system"}).indexOf(level)], QStringLiteral("mac"),
                  level);
    }
    scope.set(ValueSource::Builtin, QStringLiteral("mac"), QStringLiteral("00908F1A2B01"));
    const RenderResult r = TemplateRenderer::render(QStringLiteral("x=%ITCS_mac%\n"), scope);
    QVERIFY(r.ok());
    QCOMPARE(QString::fromUtf8(r.text), QStringLiteral("x=%1\n").arg(expected));
    QCOMPARE(int(r.placeholders.first().source), source);
    QCOMPARE(r.placeholders.first().value, expected);
}

void TestTemplates::emptyValueStillWins()
{
    PlaceholderScope scope;
    scope.set(ValueSource::Region, QStringLiteral("Primary_NTP"), QString());
    scope.set(ValueSource::System, QStringLiteral("Primary_NTP"), QStringLiteral("10.0.0.1"));
    const RenderResult r =
        TemplateRenderer::render(QStringLiteral("system/ntp/primary_server_address=%ITCS_Primary_NTP%"), scope);
    QCOMPARE(r.text, QByteArray("system/ntp/primary_server_address="));
    QCOMPARE(r.placeholders.first().source, ValueSource::Region);
    QVERIFY(r.unresolved.isEmpty());
}

void TestTemplates::unresolvedLinesSettledAndReported()
{
    PlaceholderScope scope;
    scope.set(ValueSource::System, QStringLiteral("A"), QStringLiteral("1"));
    // No phone ever gets "%ITCS_...%": a known key takes the catalogue's default, any other line
    // holding an unresolved placeholder is left out; both are reported.
    const QString text = QStringLiteral("a=%ITCS_A%\nb=%ITCS_Missing%\n"
                                        "system/http_server_port = %ITCS_Port%\r\n"
                                        "c=%ITCS_A%/%ITCS_Missing%/%ITCS_Other%\n"
                                        "include %ITCS_Missing%.cfg\n"
                                        "d=%ITCS_A%\n"
                                        "e=%ITCS_Missing%");
    const RenderResult r = TemplateRenderer::render(text, scope);
    QVERIFY(r.ok());
    QCOMPARE(r.text, QByteArray("a=1\nsystem/http_server_port=80\r\nd=1\n"));
    QCOMPARE(r.unresolved, (QStringList {QStringLiteral("Missing"), QStringLiteral("Port"), QStringLiteral("Other")}));
    QCOMPARE(r.placeholders.size(), 4);
    QCOMPARE(r.placeholders.at(1).source, ValueSource::Unresolved);
    // Shown as a template, not sent to a phone, the placeholders stay.
    const CompiledTemplate compiled = CompiledTemplate::compile(QStringLiteral("a=%ITCS_Missing%\n"));
    QByteArray verbatim;
    const QByteArray none[1] = {QByteArray()};
    compiled.renderInto(verbatim, none, CompiledTemplate::Unresolved::KeepVerbatim);
    QCOMPARE(verbatim, QByteArray("a=%ITCS_Missing%\n"));
    QByteArray settled;
    compiled.renderInto(settled, none);
    QCOMPARE(settled, QByteArray());
}

void TestTemplates::valuesAreNotExpandedAgain()
{
    PlaceholderScope scope;
    scope.set(ValueSource::Device, QStringLiteral("DisplayName"), QStringLiteral("%ITCS_Line1AuthPassword%"));
    scope.set(ValueSource::Device, QStringLiteral("Line1AuthPassword"), QStringLiteral("secret"));
    const RenderResult r = TemplateRenderer::render(QStringLiteral("name=%ITCS_DisplayName%\n"), scope);
    QCOMPARE(r.text, QByteArray("name=%ITCS_Line1AuthPassword%\n"));
    QVERIFY(r.unresolved.isEmpty());
}

void TestTemplates::lineBreaksAreRefused()
{
    PlaceholderScope scope;
    scope.set(ValueSource::Region, QStringLiteral("Primary_NTP"), QStringLiteral("ntp\nsystem/password=x"));
    const RenderResult r = TemplateRenderer::render(QStringLiteral("a=%ITCS_Primary_NTP%\n"), scope);
    QVERIFY(!r.ok());
    QVERIFY(r.text.isEmpty());
    QVERIFY2(r.error.contains(QLatin1String("%ITCS_Primary_NTP%")), qPrintable(r.error));
    QVERIFY(r.error.contains(QLatin1String("region")));
    scope.set(ValueSource::Region, QStringLiteral("Primary_NTP"), QStringLiteral("ntp\r"));
    QVERIFY(!TemplateRenderer::render(QStringLiteral("a=%ITCS_Primary_NTP%\n"), scope).ok());
    // The line breaks Unicode adds are line breaks too (a display name pasted from a document).
    for (const char16_t separator : {u'\u0085', u'\u2028', u'\u2029', u'\v', u'\f'}) {
        PlaceholderScope builtin;
        builtin.set(ValueSource::Builtin, QStringLiteral("DisplayName"),
                    QStringLiteral("Alice") + QChar(separator) + QStringLiteral("system/password=x"));
        const RenderResult refused = TemplateRenderer::render(QStringLiteral("n=%ITCS_DisplayName%\n"), builtin);
        QVERIFY2(!refused.ok(), qPrintable(QString::number(separator, 16)));
    }
}

void TestTemplates::notAPlaceholderStaysText()
{
    PlaceholderScope scope;
    scope.set(ValueSource::System, QStringLiteral("A"), QStringLiteral("1"));
    const QString text = QStringLiteral("p=100%\nq=%ITCS_%\nr=%ITCS_A\ns=%ITCS_A-B%\nt=%%ITCS_A%%\n");
    const RenderResult r = TemplateRenderer::render(text, scope);
    QCOMPARE(r.text, QByteArray("p=100%\nq=%ITCS_%\nr=%ITCS_A\ns=%ITCS_A-B%\nt=%1%\n"));
}

void TestTemplates::reportLines()
{
    const CompiledTemplate t = CompiledTemplate::compile(QStringLiteral("a=1\nb=%ITCS_B%\n\nc=%ITCS_C% %ITCS_B%\n"));
    QCOMPARE(t.names(), (QStringList {QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(t.firstLine(0), 2);
    QCOMPARE(t.firstLine(1), 4);
}

void TestTemplates::builtins()
{
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908f1a2b01"));
    d.model = QStringLiteral("430HD");
    d.language = QStringLiteral("French");
    d.vlanId = 120;
    User u {1, 1, QStringLiteral("alice.moreau"), QStringLiteral("Alice Moreau"), 1, QStringLiteral("Xk4!pr9w")};
    ServerContext server;
    server.serverAddress = QStringLiteral("pf.example.net");
    server.firmwareFiles.insert(QStringLiteral("430HD"), QStringLiteral("430HD_3.4.3.img"));
    const QHash<QString, QString> v = BuiltinPlaceholders::values(d, &u, server);
    QCOMPARE(v.value(QStringLiteral("mac")), QStringLiteral("00908F1A2B01"));
    QCOMPARE(v.value(QStringLiteral("HTTP_OR_S")), QStringLiteral("https"));
    QCOMPARE(v.value(QStringLiteral("ServerIP")), QStringLiteral("pf.example.net"));
    QCOMPARE(v.value(QStringLiteral("FirmwareFile")), QStringLiteral("430HD_3.4.3.img"));
    QCOMPARE(v.value(QStringLiteral("Line1AuthName")), QStringLiteral("alice.moreau"));
    QCOMPARE(v.value(QStringLiteral("Line1AuthPassword")), QStringLiteral("Xk4!pr9w"));
    QCOMPARE(v.value(QStringLiteral("DisplayName")), QStringLiteral("Alice Moreau"));
    QCOMPARE(v.value(QStringLiteral("Language")), QStringLiteral("French"));
    QCOMPARE(v.value(QStringLiteral("VLANID")), QStringLiteral("120"));
    QVERIFY(v.contains(QStringLiteral("LDAPServerAddress")));
    QVERIFY(!v.value(QStringLiteral("Primary_NTP")).isNull());
    const QHash<QString, QString> noUser = BuiltinPlaceholders::values(d, nullptr, server);
    QVERIFY(!noUser.contains(QStringLiteral("Line1AuthName"))); // unresolved, not silently empty
    QVERIFY(!noUser.contains(QStringLiteral("Line1AuthPassword")));
    // A user without a usable SIP password (none set, or a vendor import's obfuscated one): the
    // password lines are left out of the file, not written empty.
    User noPassword = u;
    noPassword.password.clear();
    const QHash<QString, QString> unset = BuiltinPlaceholders::values(d, &noPassword, server);
    QVERIFY(!unset.contains(QStringLiteral("Line1AuthPassword")));
    QVERIFY(unset.contains(QStringLiteral("Line1AuthName")));
    server.firmwareFiles.clear();
    QVERIFY(!BuiltinPlaceholders::values(d, &u, server).contains(QStringLiteral("FirmwareFile")));
    d.mac = MacAddress();
    QVERIFY(!BuiltinPlaceholders::values(d, &u, server).contains(QStringLiteral("mac")));
    QVERIFY(BuiltinPlaceholders::isBuiltin(QStringLiteral("Outbound_proxy_port")));
    QVERIFY(!BuiltinPlaceholders::isBuiltin(QStringLiteral("Whatever")));
}

void TestTemplates::overridesReplaceAndInsert()
{
    QByteArray cfg("a=1\nzzz2_region_cfg=ENABLE\nb=2\nzzz3_user_cfg=ENABLE\nc=3\n");
    QString error;
    QVERIFY(KeyOverrides::apply(
        &cfg,
        {{QStringLiteral("b"), QStringLiteral("region-b")},
         {QStringLiteral("r"), QStringLiteral("1")},
         {QStringLiteral("s"), QStringLiteral("2")}},
        {{QStringLiteral("b"), QStringLiteral("device-b")}, {QStringLiteral("d"), QStringLiteral("4")}}, &error));
    QCOMPARE(cfg, QByteArray("a=1\nzzz2_region_cfg=ENABLE\nr=1\ns=2\nb=device-b\nzzz3_user_cfg=ENABLE\nd=4\nc=3\n"));

    QByteArray noMarkers("a=1\r\nb=2");
    QVERIFY(KeyOverrides::apply(&noMarkers, {{QStringLiteral("x"), QStringLiteral("9")}}, {}, &error));
    QCOMPARE(noMarkers, QByteArray("a=1\r\nb=2\r\nx=9"));

    QByteArray duplicates("k=1\nk=2\n");
    QVERIFY(KeyOverrides::apply(&duplicates, {}, {{QStringLiteral("k"), QStringLiteral("3")}}, &error));
    QCOMPARE(duplicates, QByteArray("k=3\nk=3\n"));
}

void TestTemplates::overridesRefuseBadInput()
{
    QByteArray cfg("a=1\n");
    QString error;
    QVERIFY(!KeyOverrides::apply(&cfg, {{QStringLiteral("a"), QStringLiteral("1\nsystem/password=x")}}, {}, &error));
    QVERIFY(error.contains(QLatin1String("line break")));
    QVERIFY(!KeyOverrides::apply(&cfg, {}, {{QStringLiteral("a=b"), QStringLiteral("1")}}, &error));
    QVERIFY(!KeyOverrides::apply(&cfg, {}, {{QStringLiteral(""), QStringLiteral("1")}}, &error));
    QCOMPARE(cfg, QByteArray("a=1\n")); // untouched
}

void TestTemplates::xmlSampleImports()
{
    PhoneTemplate t;
    QString error;
    QVERIFY2(TemplateXml::read(readTestData(QStringLiteral("samples/template_430HD.xml")), &t, &error),
             qPrintable(error));
    QCOMPARE(t.name, QStringLiteral("audiocodes_430HD"));
    QCOMPARE(t.model, QStringLiteral("430HD"));
    QCOMPARE(t.description, QStringLiteral("430HD generic, sample"));
    QCOMPARE(t.globalFile.name, QStringLiteral("Audiocodes_430HD_global_sample.cfg"));
    QCOMPARE(t.globalFile.destinationDir, QStringLiteral("%ITCS_destination%"));
    QVERIFY(t.globalFile.data.startsWith(QLatin1String("system/ntp/enabled=1\n")));
    QCOMPARE(t.deviceFile.name, QStringLiteral("%ITCS_mac%.cfg"));
    QVERIFY(t.deviceFile.data.endsWith(QLatin1String("zzz3_user_cfg=ENABLE")));
    QVERIFY(TemplateXml::looksLikeXml(readTestData(QStringLiteral("samples/template_430HD.xml"))));
    QVERIFY(!TemplateXml::looksLikeXml(readTestData(QStringLiteral("samples/00908F1A2B01.cfg"))));
}

void TestTemplates::xmlLatin1AndRoundTrip()
{
    const QByteArray latin1 =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<ipphonetamplate><type>audiocodes_C450HD</type>"
        "<description>R\xE9"
        "ception Z\xFCrich</description><file_config><type>file</type>"
        "<name>%ITCS_mac%.cfg</name><data><![CDATA[voip/line/0/description=Caf\xE9\n]]></data>"
        "</file_config></ipphonetamplate>";
    PhoneTemplate t;
    QString error;
    QVERIFY2(TemplateXml::read(latin1, &t, &error), qPrintable(error));
    QCOMPARE(t.description, QString::fromUtf8("Réception Zürich"));
    QCOMPARE(t.deviceFile.data, QString::fromUtf8("voip/line/0/description=Café\n"));
    QCOMPARE(t.model, QStringLiteral("C450HD"));

    t.globalFile.data = QStringLiteral("tricky=]]>\n東京=1\n");
    PhoneTemplate back;
    QVERIFY2(TemplateXml::read(TemplateXml::write(t), &back, &error), qPrintable(error));
    QCOMPARE(back.name, t.name);
    QCOMPARE(back.description, t.description);
    QCOMPARE(back.globalFile.data, t.globalFile.data);
    QCOMPARE(back.deviceFile.data, t.deviceFile.data);
    QCOMPARE(back.deviceFile.name, t.deviceFile.name);
}

void TestTemplates::xmlErrors()
{
    PhoneTemplate t;
    QString error;
    QVERIFY(!TemplateXml::read("<notatemplate/>", &t, &error));
    QVERIFY(error.contains(QLatin1String("ipphonetamplate")));
    QVERIFY(!TemplateXml::read("<ipphonetamplate><type>x</type><file_config>", &t, &error));
    QVERIFY(error.contains(QLatin1String("line")));
    QVERIFY(!TemplateXml::read("<ipphonetamplate><description>d</description></ipphonetamplate>", &t, &error));
    QVERIFY(!TemplateXml::read(
        "<ipphonetamplate><type>x</type><file_config><type>odd</type></file_config></ipphonetamplate>", &t, &error));
    QVERIFY(error.contains(QLatin1String("odd")));
    QVERIFY(!TemplateXml::read(QByteArray(100, '\0'), &t, &error));
}

void TestTemplates::csvReader()
{
    QVector<CsvRecord> rows;
    QString error;
    QVERIFY(CsvReader::parse("\xEF\xBB\xBF"
                             "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n2,\"multi\nline\",\n3",
                             &rows, &error));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).fields, (QStringList {"a", "b", "c"}));
    QCOMPARE(rows.at(1).fields, (QStringList {"1", "x, y", "say \"hi\""}));
    QCOMPARE(rows.at(2).line, 4);
    QCOMPARE(rows.at(2).fields, (QStringList {"2", "multi\nline", ""}));
    QCOMPARE(rows.at(3).line, 6);
    QCOMPARE(rows.at(3).fields, QStringList {"3"});
    QVERIFY(CsvReader::parse("name\nR\xE9gion\n", &rows, &error)); // Latin-1 export
    QCOMPARE(rows.at(1).fields.first(), QString::fromUtf8("Région"));
    QVERIFY(CsvReader::parse(readTestData(QStringLiteral("samples/users.csv")), &rows, &error));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(3).fields.at(2), QStringLiteral("Wei, Chen"));
}

void TestTemplates::csvReaderErrors()
{
    QVector<CsvRecord> rows;
    QString error;
    QVERIFY(!CsvReader::parse("a,b\n1,\"open\n2,3\n", &rows, &error));
    QCOMPARE(error, QStringLiteral("line 2: a quoted field is never closed"));
    QVERIFY(!CsvReader::parse("a,b\n\"x\"y,2\n", &rows, &error));
    QVERIFY(error.startsWith(QLatin1String("line 2:")));
}

void TestTemplates::placeholderCsvForms()
{
    PlaceholderCsv csv;
    QString error;
    QVERIFY(PlaceholderCsv::parse("DEF_KEY,DEF_VAL,DESCRIPTION,MODEL\nPrimary_NTP,10.0.0.1,NTP,audiocodes_430HD\n"
                                  "%ITCS_SRTP%,1,\"SRTP, on\",audiocodes_440HD\n",
                                  &csv, &error));
    QCOMPARE(csv.level, PlaceholderLevel::Template);
    QCOMPARE(csv.rows.size(), 2);
    QCOMPARE(csv.rows.at(1).name, QStringLiteral("SRTP"));
    QCOMPARE(csv.rows.at(1).description, QStringLiteral("SRTP, on"));
    QCOMPARE(csv.rows.at(1).owner, QStringLiteral("audiocodes_440HD"));
    QVERIFY(PlaceholderCsv::parse("TENANT_KEY,TENANT_VAL,TENANT_ID\nMwiVmNumber,*97,Z\xC3\xBCrich\n", &csv, &error));
    QCOMPARE(csv.level, PlaceholderLevel::Region);
    QCOMPARE(csv.rows.first().owner, QString::fromUtf8("Zürich"));
    QVERIFY(PlaceholderCsv::parse("key,val\nTimeZoneLocation,Europe/Paris\n", &csv, &error));
    QCOMPARE(csv.level, PlaceholderLevel::System);
    QCOMPARE(csv.rows.first().value, QStringLiteral("Europe/Paris"));
}

void TestTemplates::placeholderCsvProblems()
{
    PlaceholderCsv csv;
    QString error;
    QVERIFY(!PlaceholderCsv::parse("NAME,VALUE\nA,1\n", &csv, &error));
    QVERIFY(error.contains(QLatin1String("DEF_KEY")));
    QVERIFY(!PlaceholderCsv::parse("", &csv, &error));
    QVERIFY(PlaceholderCsv::parse("TENANT_KEY,TENANT_VAL,TENANT_ID\nA,1\nbad name,1,R\nB,\"x\ny\",R\nC,1,\nD,2,R\n",
                                  &csv, &error));
    QCOMPARE(csv.rows.size(), 1);
    QCOMPARE(csv.rows.first().name, QStringLiteral("D"));
    QCOMPARE(csv.problems.size(), 4);
    QCOMPARE(csv.problems.at(0).line, 2);
    QCOMPARE(csv.problems.at(1).line, 3);
    QCOMPARE(csv.problems.at(2).line, 4);
    QCOMPARE(csv.problems.at(3).line, 6);
}

void TestTemplates::sampleRendersCleanly()
{
    PhoneTemplate t;
    QString error;
    QVERIFY(TemplateXml::read(readTestData(QStringLiteral("samples/template_430HD.xml")), &t, &error));
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B01"));
    d.model = t.model;
    d.language = QStringLiteral("French");
    const User alice {
        1, 1, QStringLiteral("alice.moreau"), QStringLiteral("Alice Moreau"), 1, QStringLiteral("Xk4!pr9w")};
    ServerContext server;
    server.serverAddress = QStringLiteral("pf.example.net");
    server.firmwareFiles.insert(QStringLiteral("430HD"), QStringLiteral("430HD_3.4.3.1.img"));
    PlaceholderScope scope;
    scope.setLevel(ValueSource::Builtin, BuiltinPlaceholders::values(d, &alice, server));
    const CfgChecker checker(ParameterCatalogue::builtin());
    for (const TemplateFile* file : {&t.globalFile, &t.deviceFile}) {
        const RenderResult r = TemplateRenderer::render(file->data, scope);
        QVERIFY(r.ok());
        QVERIFY2(r.unresolved.isEmpty(), qPrintable(r.unresolved.join(u',')));
        const QVector<CfgDiagnostic> d2 = checker.check(CfgDocument::parse(r.text));
        QVERIFY2(d2.isEmpty(), qPrintable(CfgReport::toText(file->name, d2)));
    }
    const RenderResult device = TemplateRenderer::render(t.deviceFile.data, scope);
    QVERIFY(device.text.contains("voip/line/0/auth_name=alice.moreau\n"));
    QVERIFY(device.text.contains("provisioning/configuration/url=https://pf.example.net/configfiles/\n"));
    QVERIFY(device.text.contains("personal_settings/language=French\n"));
}

void TestTemplates::defaultTemplatesRenderCleanly()
{
    const QStringList expected = {QStringLiteral("405HD"), QStringLiteral("430HD"), QStringLiteral("440HD"),
                                  QStringLiteral("445HD"), QStringLiteral("450HD"), QStringLiteral("C450HD")};
    QCOMPARE(DefaultTemplates::models(), expected);
    const CfgChecker checker(ParameterCatalogue::builtin());
    const User user {
        1, 1, QStringLiteral("bruno.keller"), QStringLiteral("Bruno Keller"), 1, QStringLiteral("7hQ#m2zd")};
    for (const QString& model : expected) {
        PhoneTemplate t;
        QVERIFY2(DefaultTemplates::forModel(model, &t), qPrintable(model));
        QCOMPARE(t.model, model);
        QVERIFY(t.isDefault);
        Device d;
        d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B02"));
        d.model = model;
        d.vlanMode = QStringLiteral("MANUAL");
        d.vlanId = 120;
        d.vlanPriority = 5;
        ServerContext server;
        server.firmwareFiles.insert(model, model + QStringLiteral(".img"));
        PlaceholderScope scope;
        scope.setLevel(ValueSource::Builtin, BuiltinPlaceholders::values(d, &user, server));
        for (const TemplateFile* file : {&t.globalFile, &t.deviceFile}) {
            CfgChecker::Options templateMode;
            templateMode.templateMode = true;
            QVERIFY(checker.check(CfgDocument::parse(file->data.toUtf8()), templateMode).isEmpty());
            const RenderResult r = TemplateRenderer::render(file->data, scope);
            QVERIFY2(r.unresolved.isEmpty(), qPrintable(model + QStringLiteral(": ") + r.unresolved.join(u',')));
            const QVector<CfgDiagnostic> diagnostics = checker.check(CfgDocument::parse(r.text));
            QVERIFY2(diagnostics.isEmpty(), qPrintable(CfgReport::toText(model, diagnostics)));
        }
        QVERIFY(t.deviceFile.data.contains(QStringLiteral("system/type=") + model + u'\n'));
    }
    PhoneTemplate none;
    QVERIFY(!DefaultTemplates::forModel(QStringLiteral("RX50"), &none));
    QVERIFY(DefaultTemplates::forModel(QStringLiteral("Audiocodes_430HD"), &none));
}

void TestTemplates::option160()
{
    ServerContext server;
    server.serverAddress = QStringLiteral("pf.example.net:8443");
    QCOMPARE(Option160::systemUrl(server),
             QStringLiteral("https://pf.example.net:8443/firmwarefiles;ipp/dhcpoption160.cfg"));
    QCOMPARE(Option160::regionUrl(server, QStringLiteral("Hong Kong")),
             QStringLiteral("https://pf.example.net:8443/firmwarefiles;ipp/region/Hong%20Kong/"));
    QCOMPARE(Option160::sbcRegionUrl(server, QStringLiteral("sbc:8080"), QStringLiteral("Paris")),
             QStringLiteral("https://sbc:8080/firmwarefiles;ipp/region/Paris/"));
    QVERIFY(Option160::perModelFileUrl(server).endsWith(QLatin1String("<MODEL>_<MAC>_conf.cfg")));
    server.https = false;
    QVERIFY(Option160::systemUrl(server).startsWith(QLatin1String("http://")));
    PlaceholderScope scope;
    scope.setLevel(ValueSource::Builtin, BuiltinPlaceholders::values(Device(), nullptr, server));
    const RenderResult file = TemplateRenderer::render(Option160::defaultSystemFileTemplate(), scope);
    QVERIFY(file.unresolved.isEmpty());
    QVERIFY(file.text.contains("provisioning/configuration/url=http://pf.example.net:8443/ipp/\n"));
    QVERIFY(CfgChecker(ParameterCatalogue::builtin()).check(CfgDocument::parse(file.text)).isEmpty());
}

void TestTemplates::batchRendererAgreesWithTheRenderer()
{
    const CompiledTemplate t = CompiledTemplate::compile(
        QStringLiteral("a=%ITCS_ServerIP%\nb=%ITCS_Language%\nc=%ITCS_mac%\nd=%ITCS_Line1AuthName%\ne=%ITCS_Nope%\n"));
    PlaceholderScope shared;
    shared.set(ValueSource::Region, QStringLiteral("Language"), QStringLiteral("French"));
    shared.set(ValueSource::System, QStringLiteral("Language"), QStringLiteral("English"));
    ServerContext server;
    server.serverAddress = QStringLiteral("pf.example.net");
    const BatchRenderer batch(t, shared, server);
    QVERIFY(batch.error().isEmpty());
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F000001"));
    const User u {1, 1, QStringLiteral("alice"), {}, 0, QStringLiteral("pw")};
    QByteArray out;
    QStringList unresolved;
    QString error;
    QVERIFY(batch.render({{QStringLiteral("ServerIP"), QStringLiteral("device.example.net")}}, d, &u, &out, &unresolved,
                         &error));
    QCOMPARE(out, QByteArray("a=device.example.net\nb=French\nc=00908F000001\nd=alice\n"));
    QCOMPARE(unresolved, QStringList {QStringLiteral("Nope")});

    // The same result as the general renderer with the same levels.
    PlaceholderScope full = shared;
    full.set(ValueSource::Device, QStringLiteral("ServerIP"), QStringLiteral("device.example.net"));
    full.setLevel(ValueSource::Builtin, BuiltinPlaceholders::values(d, &u, server));
    QCOMPARE(TemplateRenderer::render(t, full).text, out);

    unresolved.clear();
    QVERIFY(batch.render({}, d, nullptr, &out, &unresolved, &error));
    QVERIFY(out.startsWith("a=pf.example.net\n"));
    QCOMPARE(unresolved, (QStringList {QStringLiteral("Line1AuthName"), QStringLiteral("Nope")}));
    QVERIFY(!batch.render({{QStringLiteral("mac"), QStringLiteral("x\ny")}}, d, &u, &out, nullptr, &error));
    QVERIFY(error.contains(QLatin1String("%ITCS_mac%")));

    PlaceholderScope broken;
    broken.set(ValueSource::Template, QStringLiteral("Language"), QStringLiteral("a\rb"));
    const BatchRenderer bad(t, broken, server);
    QVERIFY(!bad.error().isEmpty());
    QVERIFY(!bad.render({}, d, &u, &out, nullptr, &error));
}

void TestTemplates::templateFileNames()
{
    PhoneTemplate t;
    t.model = QStringLiteral("430HD");
    QVERIFY(TemplateFileNames::ownProblem(t).isEmpty()); // empty: %ITCS_mac%.cfg
    QCOMPARE(TemplateFileNames::deviceFileName(t), QStringLiteral("%ITCS_mac%.cfg"));
    t.deviceFile.name = QStringLiteral("SEP%ITCS_mac%.cfg");
    QVERIFY(TemplateFileNames::ownProblem(t).isEmpty());
    t.deviceFile.name = QStringLiteral("phone.cfg");
    QVERIFY(TemplateFileNames::ownProblem(t).contains(QLatin1String("%ITCS_mac%")));
    t.deviceFile.name = QStringLiteral("%ITCS_mac%.cfg");
    t.globalFile.name = QStringLiteral("%ITCS_mac%.cfg");
    QVERIFY(!TemplateFileNames::ownProblem(t).isEmpty());

    // A regional template may not take a name another scope's template or a shipped one uses.
    t.globalFile.name = QStringLiteral("Audiocodes_430HD_global.cfg");
    t.regionId = 7;
    QVERIFY(TemplateFileNames::globalNameConflict(t, {}).contains(QLatin1String("shipped")));
    t.regionId = 0;
    QVERIFY(TemplateFileNames::globalNameConflict(t, {}).isEmpty()); // the system's own
    PhoneTemplate other;
    other.id = 2;
    other.name = QStringLiteral("Berlin 430HD");
    other.regionId = 3;
    other.globalFile.name = QStringLiteral("berlin_global.cfg");
    t.id = 1;
    t.regionId = 7;
    t.globalFile.name = QStringLiteral("BERLIN_global.cfg");
    QVERIFY(TemplateFileNames::globalNameConflict(t, {other}).contains(QLatin1String("Berlin 430HD")));
    t.regionId = 3; // the same region: its own name
    QVERIFY(TemplateFileNames::globalNameConflict(t, {other}).isEmpty());

    // Scoping renames the file and the device file's include lines, nothing else.
    PhoneTemplate copy;
    copy.globalFile.name = QStringLiteral("Audiocodes_430HD_global.cfg");
    copy.deviceFile.data = QStringLiteral("include Audiocodes_430HD_global.cfg\r\n"
                                          "x=Audiocodes_430HD_global.cfg\n");
    TemplateFileNames::scopeToRegion(&copy, QStringLiteral("Lyon 2/Est"));
    QCOMPARE(copy.globalFile.name, QStringLiteral("Audiocodes_430HD_global_Lyon_2_Est.cfg"));
    QCOMPARE(copy.deviceFile.data,
             QStringLiteral("include Audiocodes_430HD_global_Lyon_2_Est.cfg\r\n"
                            "x=Audiocodes_430HD_global.cfg\n"));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
