#include "cfgchecker.h"
#include "cfgdocument.h"
#include "cfgreport.h"
#include "parametercatalogue.h"
#include "testdata.h"

#include <QtTest>

namespace {
QVector<CfgDiagnostic> check(const QByteArray& data, bool templateMode = false)
{
    CfgChecker::Options options;
    options.templateMode = templateMode;
    return CfgChecker(ParameterCatalogue::builtin()).check(CfgDocument::parse(data), options);
}

QStringList codes(const QVector<CfgDiagnostic>& diagnostics)
{
    QStringList out;
    for (const CfgDiagnostic& d : diagnostics) {
        out.append(d.code);
    }
    return out;
}

const CfgDiagnostic* find(const QVector<CfgDiagnostic>& diagnostics, const QString& code)
{
    for (const CfgDiagnostic& d : diagnostics) {
        if (d.code == code) {
            return &d;
        }
    }
    return nullptr;
}
} // namespace

class TestCfgChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueHasTheManualsParameters();
    void catalogueLookups();
    void catalogueRejectsBadJson();
    void samplesAreClean();
    void problems_data();
    void problems();
    void tolerantWherePhonesAre_data();
    void tolerantWherePhonesAre();
    void duplicateKeySaysTheLastWins();
    void columnsCountCharacters();
    void unknownKeySuggestion();
    void placeholders();
    void binaryFileGetsOneMessage();
    void manyProblemsAreCapped();
    void longLine();
    void jsonReport();
};

void TestCfgChecker::catalogueHasTheManualsParameters()
{
    const ParameterCatalogue& c = ParameterCatalogue::builtin();
    const QStringList required = {
        QStringLiteral("system/http_server_port"),
        QStringLiteral("system/https_server_port"),
        QStringLiteral("system/web_user_name"),
        QStringLiteral("system/web_user_password"),
        QStringLiteral("ems_server/keep_alive_period"),
        QStringLiteral("ems_server/provisioning/url"),
        QStringLiteral("ems_server/user_name"),
        QStringLiteral("ems_server/user_password"),
        QStringLiteral("provisioning/method"),
        QStringLiteral("provisioning/url_option_value"),
        QStringLiteral("provisioning/random_provisioning_time"),
        QStringLiteral("provisioning/period/type"),
        QStringLiteral("provisioning/period/hourly/hours_interval"),
        QStringLiteral("provisioning/period/daily/time"),
        QStringLiteral("provisioning/period/weekly/day"),
        QStringLiteral("provisioning/period/weekly/time"),
        QStringLiteral("provisioning/configuration/url"),
        QStringLiteral("provisioning/firmware/url"),
        QStringLiteral("voip/line/0/enabled"),
        QStringLiteral("voip/line/3/id"),
        QStringLiteral("voip/line/0/auth_name"),
        QStringLiteral("voip/line/12/auth_password"),
        QStringLiteral("network/lan/vlan/mode"),
        QStringLiteral("network/lan/vlan/id"),
        QStringLiteral("network/lan/vlan/priority"),
        QStringLiteral("personal_settings/language"),
        QStringLiteral("system/ntp/enabled"),
        QStringLiteral("system/ntp/primary_server_address"),
        QStringLiteral("system/type"),
    };
    for (const QString& key : required) {
        const CfgParameter* p = c.find(key);
        QVERIFY2(p, qPrintable(key));
        QVERIFY2(!p->description.isEmpty(), qPrintable(key));
    }
    QVERIFY(c.find(QStringLiteral("voip/line/0/auth_password"))->secret);
}

void TestCfgChecker::catalogueLookups()
{
    const ParameterCatalogue& c = ParameterCatalogue::builtin();
    QCOMPARE(ParameterCatalogue::patternOf(QStringLiteral("voip/line/10/id")), QStringLiteral("voip/line/N/id"));
    QCOMPARE(ParameterCatalogue::patternOf(QStringLiteral("a")), QStringLiteral("a"));
    QVERIFY(c.find(QStringLiteral("zzz2_region_cfg")));
    QVERIFY(c.find(QStringLiteral("zzz_cfg")));
    QVERIFY(!c.find(QStringLiteral("zzz2_region")));
    QVERIFY(!c.find(QStringLiteral("voip/line/x/id")));
    QVERIFY(!c.find(QStringLiteral("voip/line//id")));
    const CfgParameter* port = c.find(QStringLiteral("system/http_server_port"));
    QCOMPARE(port->type, CfgParameter::Type::Integer);
    QCOMPARE(port->minimum, 1);
    QCOMPARE(port->maximum, 65535);
}

void TestCfgChecker::catalogueRejectsBadJson()
{
    ParameterCatalogue c;
    QString error;
    QVERIFY(!c.loadJson("{", &error));
    QVERIFY(error.contains(QLatin1String("JSON")));
    QVERIFY(!c.loadJson(R"({"parameters":[{"key":"a","type":"colour"}]})", &error));
    QVERIFY(error.contains(QLatin1String("colour")));
    QVERIFY(!c.loadJson(R"({"parameters":[{"key":"a","type":"enum"}]})", &error));
    QVERIFY(!c.loadJson(R"({"parameters":[{"key":"a"},{"key":"a"}]})", &error));
    QVERIFY(error.contains(QLatin1String("twice")));
    QVERIFY(!c.loadJson(R"({"parameters":[{"key":"a","type":"integer","min":5,"max":1}]})", &error));
    QVERIFY(c.loadJson(R"({"parameters":[{"key":"a/N/b","type":"integer","min":1,"max":5}]})", &error));
    QCOMPARE(c.size(), 1);
}

void TestCfgChecker::samplesAreClean()
{
    for (const QString& name :
         {QStringLiteral("samples/00908F1A2B01.cfg"), QStringLiteral("samples/voiprovision/template.cfg")}) {
        const QVector<CfgDiagnostic> d = check(readTestData(name));
        QVERIFY2(d.isEmpty(), qPrintable(CfgReport::toText(name, d)));
    }
    // The template's data sections hold placeholders: clean in template mode.
    const QByteArray xml = readTestData(QStringLiteral("samples/template_430HD.xml"));
    qsizetype from = 0;
    int sections = 0;
    while ((from = xml.indexOf("<![CDATA[", from)) >= 0) {
        const qsizetype end = xml.indexOf("]]>", from);
        const QByteArray data = xml.mid(from + 9, end - from - 9);
        const QVector<CfgDiagnostic> d = check(data, true);
        QVERIFY2(d.isEmpty(), qPrintable(CfgReport::toText(QStringLiteral("template"), d)));
        from = end;
        ++sections;
    }
    QCOMPARE(sections, 2);
}

void TestCfgChecker::problems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const int error = static_cast<int>(CfgDiagnostic::Severity::Error);
    const int warning = static_cast<int>(CfgDiagnostic::Severity::Warning);
    QTest::newRow("space before =") << QByteArray("system/type =430HD\n") << "space-around-equals" << warning << 1
                                    << 12;
    QTest::newRow("space after =") << QByteArray("system/type= 430HD\n") << "space-around-equals" << warning << 1 << 13;
    QTest::newRow("neither") << QByteArray("system/type=430HD\nhello world\n") << "syntax" << error << 2 << 1;
    QTest::newRow("hash comment") << QByteArray("# comment\n") << "syntax" << error << 1 << 1;
    QTest::newRow("section") << QByteArray("[global]\n") << "syntax" << error << 1 << 1;
    QTest::newRow("include without target") << QByteArray("include\n") << "include-target" << error << 1 << 8;
    QTest::newRow("missing key") << QByteArray("=1\n") << "missing-key" << error << 1 << 1;
    QTest::newRow("space in key") << QByteArray("voip line/0/id=1\n") << "invalid-key" << error << 1 << 5;
    QTest::newRow("unknown key") << QByteArray("voip/line/0/colour=red\n") << "unknown-key" << warning << 1 << 1;
    QTest::newRow("out of range") << QByteArray("network/lan/vlan/id=5000\n") << "out-of-range" << error << 1 << 21;
    QTest::newRow("not a number") << QByteArray("system/http_server_port=eighty\n") << "not-a-number" << error << 1
                                  << 25;
    QTest::newRow("not in strict enum") << QByteArray("provisioning/period/type=MONTHLY\n") << "not-in-enum" << error
                                        << 1 << 26;
    QTest::newRow("not in loose enum") << QByteArray("network/lan/vlan/mode=MAGIC\n") << "not-in-enum" << warning << 1
                                       << 23;
    QTest::newRow("not boolean") << QByteArray("voip/line/0/enabled=yes\n") << "not-boolean" << error << 1 << 21;
    QTest::newRow("bad time") << QByteArray("provisioning/period/daily/time=25:00\n") << "bad-time" << error << 1 << 32;
    QTest::newRow("bad url") << QByteArray("provisioning/configuration/url=pf.example.net\n") << "bad-url" << warning
                             << 1 << 32;
    QTest::newRow("bad host") << QByteArray("system/ntp/primary_server_address=not a host\n") << "bad-host" << warning
                              << 1 << 35;
    QTest::newRow("unterminated encrypted")
        << QByteArray("voip/line/0/auth_password={\"abc\n") << "encrypted-value" << error << 1 << 27;
    QTest::newRow("trailing blank") << QByteArray("system/type=430HD \n") << "trailing-space" << warning << 1 << 18;
    QTest::newRow("leading blank") << QByteArray("  system/type=430HD\n") << "leading-space" << warning << 1 << 1;
    QTest::newRow("nul byte late") << QByteArray(9000, ';').append("\na=\0b\n", 6) << "nul-byte" << error << 2 << 3;
    QTest::newRow("invalid utf-8") << QByteArray("voip/line/0/description=caf\xC3(\n") << "invalid-utf8" << warning << 1
                                   << 28;
    QTest::newRow("overlong utf-8") << QByteArray("voip/line/0/description=\xC0\xAF\n") << "invalid-utf8" << warning
                                    << 1 << 25;
    QTest::newRow("stray cr") << QByteArray("system/type=430HD\rsystem/type=405\n") << "stray-carriage-return"
                              << warning << 1 << 18;
    QTest::newRow("too long for parameter")
        << QByteArray("voip/line/0/id=").append(QByteArray(65, '1')).append('\n') << "too-long" << error << 1 << 16;
}

void TestCfgChecker::problems()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    QFETCH(int, severity);
    QFETCH(int, line);
    QFETCH(int, column);
    const QVector<CfgDiagnostic> diagnostics = check(data);
    const CfgDiagnostic* d = find(diagnostics, code);
    QVERIFY2(d, qPrintable(CfgReport::toText(QStringLiteral("input"), diagnostics)));
    QCOMPARE(static_cast<int>(d->severity), severity);
    QCOMPARE(d->line, line);
    QCOMPARE(d->column, column);
    QVERIFY(!d->message.isEmpty());
}

void TestCfgChecker::tolerantWherePhonesAre_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("enum in lower case") << QByteArray(
        "provisioning/period/type=daily\nprovisioning/period/weekly/day=monday\n");
    QTest::newRow("time without leading zero") << QByteArray("provisioning/period/daily/time=0:00\n");
    QTest::newRow("empty value means default") << QByteArray("network/lan/vlan/id=\nprovisioning/period/type=\n");
    QTest::newRow("crlf") << QByteArray("system/type=430HD\r\nvoip/line/0/enabled=1\r\n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFsystem/type=430HD\n");
    QTest::newRow("comment with anything") << QByteArray(";  =weird== [x] # \xC3\xA9\n");
    QTest::newRow("include url") << QByteArray("include https://pf.example.net/configfiles/global.cfg\n");
    QTest::newRow("encrypted anywhere") << QByteArray("network/lan/vlan/id={\"Zm9v\"}\n");
    QTest::newRow("ip host") << QByteArray(
        "system/ntp/primary_server_address=10.0.0.1\nvoip/signalling/sip/proxy_address=[2001:db8::1]\n");
    QTest::newRow("utf-8 text") << QByteArray("voip/line/0/description=Réception 東京\n");
    QTest::newRow("marker") << QByteArray("zzz3_user_cfg=ENABLE\n");
}

void TestCfgChecker::tolerantWherePhonesAre()
{
    QFETCH(QByteArray, data);
    const QVector<CfgDiagnostic> d = check(data);
    QVERIFY2(d.isEmpty(), qPrintable(CfgReport::toText(QStringLiteral("input"), d)));
}

void TestCfgChecker::duplicateKeySaysTheLastWins()
{
    const QVector<CfgDiagnostic> d = check("system/type=430HD\nvoip/line/0/id=1\nsystem/type=440HD\n");
    QCOMPARE(codes(d), QStringList {QStringLiteral("duplicate-key")});
    QCOMPARE(d.first().line, 3);
    QCOMPARE(d.first().severity, CfgDiagnostic::Severity::Warning);
    QVERIFY(d.first().message.contains(QLatin1String("line 1")));
    QVERIFY(d.first().message.contains(QLatin1String("later value")));
}

void TestCfgChecker::columnsCountCharacters()
{
    // "é" is two bytes but one character: the bad value starts at character 25.
    const QVector<CfgDiagnostic> d = check("network/lan/vlan/id=\xC3\xA9"
                                           "x\n");
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.first().code, QStringLiteral("not-a-number"));
    QCOMPARE(d.first().column, 21);
    const QVector<CfgDiagnostic> e = check("voip/line/0/description=\xC3\xA9\xC3\x28\n");
    QCOMPARE(e.first().code, QStringLiteral("invalid-utf8"));
    QCOMPARE(e.first().column, 26);
}

void TestCfgChecker::unknownKeySuggestion()
{
    const QVector<CfgDiagnostic> d =
        check("voip/line/2/auth_nme=alice\nprovisioning/mehtod=STATIC\ntotally/unrelated=1\n");
    QCOMPARE(d.size(), 3);
    QVERIFY2(d.at(0).message.contains(QLatin1String("did you mean voip/line/2/auth_name?")),
             qPrintable(d.at(0).message));
    QVERIFY2(d.at(1).message.contains(QLatin1String("did you mean provisioning/method?")), qPrintable(d.at(1).message));
    QVERIFY(!d.at(2).message.contains(QLatin1String("did you mean")));
}

void TestCfgChecker::placeholders()
{
    const QByteArray data("voip/line/0/id=%ITCS_Line1Id%\nnetwork/lan/vlan/id=%ITCS_VLANID%\n");
    QVERIFY(check(data, true).isEmpty());
    const QVector<CfgDiagnostic> rendered = check(data, false);
    QCOMPARE(codes(rendered),
             (QStringList {QStringLiteral("unresolved-placeholder"), QStringLiteral("unresolved-placeholder")}));
    QCOMPARE(rendered.first().column, 16);
    const QVector<CfgDiagnostic> broken = check("voip/line/0/id=%ITCS_Line1Id\n", true);
    QCOMPARE(codes(broken), QStringList {QStringLiteral("unterminated-placeholder")});
    QCOMPARE(broken.first().severity, CfgDiagnostic::Severity::Error);
}

void TestCfgChecker::binaryFileGetsOneMessage()
{
    QByteArray data(4096, '\0');
    for (int i = 0; i < data.size(); ++i) {
        data[i] = static_cast<char>((i * 7919) % 256);
    }
    const QVector<CfgDiagnostic> d = check(data);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.first().code, QStringLiteral("binary"));
    QCOMPARE(d.first().severity, CfgDiagnostic::Severity::Error);
}

void TestCfgChecker::manyProblemsAreCapped()
{
    QByteArray data;
    for (int i = 0; i < 200000; ++i) {
        data.append("garbage line\n");
    }
    const QVector<CfgDiagnostic> d = check(data);
    QCOMPARE(d.size(), 1001);
    QCOMPARE(d.last().code, QStringLiteral("too-many-diagnostics"));
    QCOMPARE(d.last().severity, CfgDiagnostic::Severity::Note);
}

void TestCfgChecker::longLine()
{
    QByteArray data("voip/line/0/description=");
    data.append(QByteArray(1024 * 1024, 'x')).append('\n');
    const QVector<CfgDiagnostic> d = check(data);
    QCOMPARE(codes(d), QStringList {QStringLiteral("line-too-long")});
    QCOMPARE(d.first().severity, CfgDiagnostic::Severity::Error);
}

void TestCfgChecker::jsonReport()
{
    const QVector<CfgDiagnostic> d = check("network/lan/vlan/id=5000\nfoo/bar=1\n");
    const QJsonObject o = CfgReport::toJson(QStringLiteral("x.cfg"), d);
    QCOMPARE(o.value(QLatin1String("file")).toString(), QStringLiteral("x.cfg"));
    QCOMPARE(o.value(QLatin1String("errors")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("warnings")).toInt(), 1);
    const QJsonObject first = o.value(QLatin1String("diagnostics")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("line")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(first.value(QLatin1String("code")).toString(), QStringLiteral("out-of-range"));
    QVERIFY(CfgReport::hasErrors(d));
    QCOMPARE(
        CfgReport::toText(QStringLiteral("x.cfg"), d).split(u'\n').first(),
        QStringLiteral("x.cfg:1:21: error: 5000 is out of range for network/lan/vlan/id (0..4094) [out-of-range]"));
}

QTEST_GUILESS_MAIN(TestCfgChecker)
#include "tst_cfgchecker.moc"
