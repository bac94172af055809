#include "processrun.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// phonefleetctl render, voiprovision, encrypt, decrypt and encrypt-password, run as a user
// runs them; the encryption against the openssl command line in both directions.
class TestCtlTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renderSample();
    void renderReportAndStrict();
    void renderWithPlaceholderCsvs();
    void renderRefusesBadInput();
    void voiprovisionWritesFilesAndReportsBadLines();
    void encryptInteroperatesWithOpenssl_data();
    void encryptInteroperatesWithOpenssl();
    void encryptPassword();
    void cryptoRefusals();
    void dhcpOption160();
    void generateFromDatabase();

private:
    QString write(const QString& name, const QByteArray& data);
    QByteArray read(const QString& path);
    QTemporaryDir m_dir;
};

QString TestCtlTemplates::write(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QByteArray TestCtlTemplates::read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestCtlTemplates::renderSample()
{
    const ProcessRun r =
        runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("render"), QStringLiteral("--template"),
                    testDataPath(QStringLiteral("samples/template_430HD.xml")), QStringLiteral("--mac"),
                    QStringLiteral("00:90:8f:1a:2b:01"), QStringLiteral("--server"), QStringLiteral("pf.example.net"),
                    QStringLiteral("--set"), QStringLiteral("Line1AuthName=alice.moreau"), QStringLiteral("--set"),
                    QStringLiteral("Line1Id=4071"), QStringLiteral("--set"), QStringLiteral("Line1AuthPassword=s3cret"),
                    QStringLiteral("--set"), QStringLiteral("IPPhonePassword=x"), QStringLiteral("--set"),
                    QStringLiteral("FirmwareFile=430HD.img"), QStringLiteral("--strict")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY(r.out.startsWith("include Audiocodes_430HD_global_sample.cfg\nsystem/type=430HD\n"));
    QVERIFY(r.out.contains("provisioning/firmware/url=https://pf.example.net/firmwarefiles/430HD.img\n"));
    QVERIFY(r.out.contains("voip/line/0/auth_name=alice.moreau\n"));
    // What was rendered passes cfg check.
    const QString rendered = write(QStringLiteral("rendered.cfg"), r.out);
    QCOMPARE(runProgram(QStringLiteral("phonefleetctl"), {QStringLiteral("cfg"), QStringLiteral("check"), rendered})
                 .exitCode,
             0);

    const ProcessRun global =
        runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("render"), QStringLiteral("--global"), QStringLiteral("--template"),
                    testDataPath(QStringLiteral("samples/template_430HD.xml"))});
    QCOMPARE(global.exitCode, 0);
    QCOMPARE(global.out,
             QByteArray("system/ntp/enabled=1\nsystem/ntp/primary_server_address=\n"
                        "provisioning/period/type=DAILY\nprovisioning/period/daily/time=00:00\n"));
}

void TestCtlTemplates::renderReportAndStrict()
{
    const QStringList base = {QStringLiteral("render"), QStringLiteral("--template"),
                              testDataPath(QStringLiteral("samples/template_430HD.xml")), QStringLiteral("--set"),
                              QStringLiteral("Line1AuthPassword=s3cret")};
    const ProcessRun report =
        runProgram(QStringLiteral("phonefleetctl"), base + QStringList {QStringLiteral("--report")});
    QCOMPARE(report.exitCode, 0); // unresolved ones are flagged, not fatal without --strict
    QVERIFY(report.out.contains("line 11\t%ITCS_Line1AuthPassword%\tdevice\t********\n"));
    QVERIFY(report.out.contains("line 10\t%ITCS_Line1AuthName%\tunresolved\t(unresolved)\n"));
    QVERIFY(report.out.contains("line 7\t%ITCS_KeepAlivePeriod%\tbuilt-in\t60\n"));
    QVERIFY(!report.out.contains("s3cret"));
    QVERIFY(report.err.contains("%ITCS_Line1AuthName% is not resolved"));
    const ProcessRun shown =
        runProgram(QStringLiteral("phonefleetctl"),
                   base + QStringList {QStringLiteral("--report"), QStringLiteral("--show-secrets")});
    QVERIFY(shown.out.contains("s3cret"));
    const ProcessRun strict =
        runProgram(QStringLiteral("phonefleetctl"), base + QStringList {QStringLiteral("--strict")});
    QCOMPARE(strict.exitCode, 1);
    QVERIFY(!strict.out.contains("voip/line/0/auth_name=")); // left out, never sent as %ITCS_...%
    QVERIFY(!strict.out.contains("%ITCS_Line1AuthName%"));
}

void TestCtlTemplates::renderWithPlaceholderCsvs()
{
    const QString templ =
        write(QStringLiteral("Audiocodes_440HD.cfg"), "a=%ITCS_A%\nb=%ITCS_B%\nc=%ITCS_C%\nd=%ITCS_D%\n");
    const QString tcsv = write(QStringLiteral("t.csv"),
                               "DEF_KEY,DEF_VAL,DESCRIPTION,MODEL\nA,template-a,,AUDIOCODES_440HD\n"
                               "B,template-b,,audiocodes_430HD\nC,template-c,,audiocodes_440HD\n");
    const QString rcsv = write(QStringLiteral("r.csv"),
                               "TENANT_KEY,TENANT_VAL,TENANT_ID\nC,region-c,Z\xC3\xBCrich\n"
                               "C,other-region,Paris\n");
    const QString scsv = write(QStringLiteral("s.csv"), "KEY,VAL\nB,system-b\nD,system-d\nbad name,1\n");
    const ProcessRun r =
        runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("render"), QStringLiteral("--template"), templ, QStringLiteral("--placeholders-csv"),
                    tcsv, QStringLiteral("--placeholders-csv"), rcsv, QStringLiteral("--placeholders-csv"), scsv,
                    QStringLiteral("--region"), QString::fromUtf8("zürich"), QStringLiteral("--set"),
                    QStringLiteral("D=device-d")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("a=template-a\nb=system-b\nc=region-c\nd=device-d\n"));
    QVERIFY(r.err.contains("s.csv:4: warning:"));
}

void TestCtlTemplates::renderRefusesBadInput()
{
    const QString templ = write(QStringLiteral("t.cfg"), "a=%ITCS_A%\n");
    auto run = [&](const QStringList& extra) {
        return runProgram(QStringLiteral("phonefleetctl"),
                          QStringList {QStringLiteral("render"), QStringLiteral("--template"), templ} + extra);
    };
    QCOMPARE(run({QStringLiteral("--mac"), QStringLiteral("nope")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--set"), QStringLiteral("no-equals")}).exitCode, 2);
    QCOMPARE(runProgram(QStringLiteral("phonefleetctl"), {QStringLiteral("render")}).exitCode, 2);
    QCOMPARE(
        runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("render"), QStringLiteral("--template"), m_dir.filePath(QStringLiteral("none"))})
            .exitCode,
        2);
    const QString badXml = write(QStringLiteral("bad.xml"), "<?xml version=\"1.0\"?><ipphonetamplate><type>x</type>");
    const ProcessRun xml =
        runProgram(QStringLiteral("phonefleetctl"), {QStringLiteral("render"), QStringLiteral("--template"), badXml});
    QCOMPARE(xml.exitCode, 2);
    QVERIFY(xml.err.contains("bad.xml"));
    const QString csv = write(QStringLiteral("inj.csv"), "KEY,VAL\nA,\"1\nsystem/password=x\"\n");
    const ProcessRun injected = run({QStringLiteral("--placeholders-csv"), csv, QStringLiteral("--strict")});
    QCOMPARE(injected.exitCode, 1); // the row is refused, so A stays unresolved
    QVERIFY(injected.err.contains("line break"));
    QVERIFY(!injected.out.contains("system/password"));
}

void TestCtlTemplates::voiprovisionWritesFilesAndReportsBadLines()
{
    const QString out = m_dir.filePath(QStringLiteral("vp"));
    ProcessRun r =
        runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("voiprovision"), QStringLiteral("--csv"),
                    testDataPath(QStringLiteral("samples/voiprovision/phones.csv")), QStringLiteral("--template"),
                    testDataPath(QStringLiteral("samples/voiprovision/template.cfg")), QStringLiteral("--name-tag"),
                    QStringLiteral("mac"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(read(out + QStringLiteral("/00908F123457.cfg")).contains("voip/line/0/id=4418\n"));

    const QString csv = write(QStringLiteral("bad.csv"), "mac,id\n00908F000001,1\n../escape,2\n00908F000001,3\n");
    const QString templ = write(QStringLiteral("vt.cfg"), "voip/line/0/id=id\n");
    r = runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("voiprovision"), QStringLiteral("--csv"), csv, QStringLiteral("--template"), templ,
                    QStringLiteral("--name-tag"), QStringLiteral("mac"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("bad.csv:3: error:"));
    QVERIFY(r.err.contains("bad.csv:4: error:"));
    QVERIFY(r.out.contains("1 file(s) written"));
    QCOMPARE(read(out + QStringLiteral("/00908F000001.cfg")), QByteArray("voip/line/0/id=1\n"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("escape.cfg"))));

    r = runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("voiprovision"), QStringLiteral("--csv"), csv, QStringLiteral("--template"), templ,
                    QStringLiteral("--name-tag"), QStringLiteral("serial"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("serial"));
}

void TestCtlTemplates::encryptInteroperatesWithOpenssl_data()
{
    QTest::addColumn<QString>("digest");
    QTest::newRow("md5") << "md5";
    QTest::newRow("sha256") << "sha256";
}

void TestCtlTemplates::encryptInteroperatesWithOpenssl()
{
    QFETCH(QString, digest);
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        QSKIP("the openssl command line is not installed");
    }
    const QString key = write(QStringLiteral("key.txt"), "correct horse battery staple\n");
    const QByteArray plain = readTestData(QStringLiteral("samples/00908F1A2B01.cfg"));
    const QString cfg = write(QStringLiteral("phone-") + digest + QStringLiteral(".cfg"), plain);

    // Ours -> openssl.
    ProcessRun r = runProgram(
        QStringLiteral("phonefleetctl"),
        {QStringLiteral("encrypt"), cfg, QStringLiteral("--key-file"), key, QStringLiteral("--digest"), digest});
    QCOMPARE(r.exitCode, 0);
    const QString cfx = m_dir.filePath(QStringLiteral("phone-") + digest + QStringLiteral(".cfx"));
    QVERIFY(QFile::exists(cfx));
    r = runProgram(openssl,
                   {QStringLiteral("enc"), QStringLiteral("-d"), QStringLiteral("-des-ede3-cbc"),
                    QStringLiteral("-nosalt"), QStringLiteral("-md"), digest, QStringLiteral("-pass"),
                    QStringLiteral("file:") + key, QStringLiteral("-in"), cfx});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, plain);

    // openssl -> ours.
    const QString theirs = m_dir.filePath(QStringLiteral("theirs-") + digest + QStringLiteral(".cfx"));
    r = runProgram(openssl,
                   {QStringLiteral("enc"), QStringLiteral("-des-ede3-cbc"), QStringLiteral("-nosalt"),
                    QStringLiteral("-md"), digest, QStringLiteral("-pass"), QStringLiteral("file:") + key,
                    QStringLiteral("-in"), cfg, QStringLiteral("-out"), theirs});
    QCOMPARE(r.exitCode, 0);
    r = runProgram(
        QStringLiteral("phonefleetctl"),
        {QStringLiteral("decrypt"), theirs, QStringLiteral("--key-file"), key, QStringLiteral("--digest"), digest});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(read(m_dir.filePath(QStringLiteral("theirs-") + digest + QStringLiteral(".cfg"))), plain);
}

void TestCtlTemplates::encryptPassword()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        QSKIP("the openssl command line is not installed");
    }
    const QString key = write(QStringLiteral("pkey.txt"), "k3y\n");
    const ProcessRun r = runProgram(QStringLiteral("phonefleetctl"),
                                    {QStringLiteral("encrypt-password"), QStringLiteral("--key-file"), key}, "p@ss\n");
    QCOMPARE(r.exitCode, 0);
    const QByteArray value = r.out.trimmed();
    QVERIFY(value.startsWith("{\"") && value.endsWith("\"}"));
    const QString bin = write(QStringLiteral("pw.bin"), QByteArray::fromBase64(value.mid(2, value.size() - 4)));
    const ProcessRun dec =
        runProgram(openssl,
                   {QStringLiteral("enc"), QStringLiteral("-d"), QStringLiteral("-des-ede3-cbc"),
                    QStringLiteral("-nosalt"), QStringLiteral("-md"), QStringLiteral("md5"), QStringLiteral("-pass"),
                    QStringLiteral("file:") + key, QStringLiteral("-in"), bin});
    QCOMPARE(dec.out, QByteArray("p@ss"));
    // The secret never appears on the command line or in the output.
    QVERIFY(!r.out.contains("p@ss"));
}

void TestCtlTemplates::cryptoRefusals()
{
    const QString cfg = write(QStringLiteral("r.cfg"), "a=1\n");
    const QString key = write(QStringLiteral("rkey.txt"), "k\n");
    const QString emptyKey = write(QStringLiteral("empty.txt"), "\n");
    QCOMPARE(runProgram(QStringLiteral("phonefleetctl"), {QStringLiteral("encrypt"), cfg}).exitCode, 2); // no key
    ProcessRun r = runProgram(QStringLiteral("phonefleetctl"),
                              {QStringLiteral("encrypt"), cfg, QStringLiteral("--key-file"), emptyKey});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("empty"));
    QCOMPARE(
        runProgram(QStringLiteral("phonefleetctl"), {QStringLiteral("encrypt"), cfg, QStringLiteral("--key-file"), key})
            .exitCode,
        0);
    r = runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("encrypt"), cfg, QStringLiteral("--key-file"), key});
    QCOMPARE(r.exitCode, 2); // r.cfx exists
    QVERIFY(r.err.contains("--force"));
    const QString wrongKey = write(QStringLiteral("wrong.txt"), "not the key\n");
    r = runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("decrypt"), m_dir.filePath(QStringLiteral("r.cfx")), QStringLiteral("--key-file"),
                    wrongKey, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("out.cfg"))});
    // The wrong key is refused (exit 1, saying why) and nothing is written: a crash or a file of
    // garbage would both fail here.
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("wrong key"), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("out.cfg"))));
    const ProcessRun help =
        runProgram(QStringLiteral("phonefleetctl"), {QStringLiteral("encrypt"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("not protection"));
}

void TestCtlTemplates::dhcpOption160()
{
    ProcessRun r = runProgram(QStringLiteral("phonefleetctl"),
                              {QStringLiteral("dhcp-option160"), QStringLiteral("--server"),
                               QStringLiteral("pf.example.net"), QStringLiteral("--region"), QStringLiteral("Tel Aviv"),
                               QStringLiteral("--sbc-proxy"), QStringLiteral("sbc.example.net:8080")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("system:          https://pf.example.net/firmwarefiles;ipp/dhcpoption160.cfg\n"));
    QVERIFY(r.out.contains("region Tel Aviv: https://pf.example.net/firmwarefiles;ipp/region/Tel%20Aviv/\n"));
    QVERIFY(r.out.contains("SBC region Tel Aviv: https://sbc.example.net:8080/firmwarefiles;ipp/region/Tel%20Aviv/\n"));
    r = runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("dhcp-option160"), QStringLiteral("--server"), QStringLiteral("10.0.0.5"),
                    QStringLiteral("--http"), QStringLiteral("--system-file")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("ems_server/provisioning/url=http://10.0.0.5/\n"));
    const QString file = write(QStringLiteral("dhcpoption160.cfg"), r.out);
    QCOMPARE(
        runProgram(QStringLiteral("phonefleetctl"), {QStringLiteral("cfg"), QStringLiteral("check"), file}).exitCode,
        0);
    const QString custom = write(QStringLiteral("o160.tpl"), "x=%ITCS_Nope%\n");
    r = runProgram(QStringLiteral("phonefleetctl"),
                   {QStringLiteral("dhcp-option160"), QStringLiteral("--server"), QStringLiteral("h"),
                    QStringLiteral("--system-file"), QStringLiteral("--file-template"), custom});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(runProgram(QStringLiteral("phonefleetctl"), {QStringLiteral("dhcp-option160")}).exitCode, 2);
}

void TestCtlTemplates::generateFromDatabase()
{
    const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("gen.db"));
    QCOMPARE(runProgram(QStringLiteral("phonefleetd"), {QStringLiteral("--migrate"), QStringLiteral("--database"), db})
                 .exitCode,
             0);
    // A database with one region, one user and two phones, written as a script would.
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        sql.setDatabaseName(m_dir.filePath(QStringLiteral("gen.db")));
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO regions (revision, name) VALUES (1, 'Paris')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (revision, name, display_name, region_id, password) "
                                      "VALUES (2, 'alice', 'Alice', 1, 'pw')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO devices (revision, mac, model, user_id, region_id) "
                                      "VALUES (3, '00908F000001', '430HD', 1, 1), (4, '00908F000002', 'RX50', 1, 1)")));
        QVERIFY(q.exec(QStringLiteral("UPDATE change_counter SET value = 4")));
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    const QString out = m_dir.filePath(QStringLiteral("generated"));
    const QStringList args = {
        QStringLiteral("generate"), QStringLiteral("--database"),    db, QStringLiteral("--out"), out,
        QStringLiteral("--server"), QStringLiteral("pf.example.net")};
    ProcessRun r = runProgram(QStringLiteral("phonefleetctl"), args);
    QCOMPARE(r.exitCode, 1); // the RX50 has no template, and no firmware is known for the 430HD
    QVERIFY2(
        r.out.contains("2 phone(s): 1 rendered, 1 written, 0 unchanged; 1 global file(s) written; 1 without a file"),
        r.out.constData());
    QVERIFY(r.err.contains("00908F000002: no template for model 'RX50'"));
    QVERIFY(read(out + QStringLiteral("/00908F000001.cfg")).contains("voip/line/0/auth_name=alice\n"));
    r = runProgram(QStringLiteral("phonefleetctl"), args);
    QVERIFY(r.out.contains("0 rendered, 0 written, 1 unchanged"));
    QCOMPARE(runProgram(QStringLiteral("phonefleetctl"),
                        {QStringLiteral("generate"), QStringLiteral("--database"), QStringLiteral("oracle:x"),
                         QStringLiteral("--out"), out, QStringLiteral("--server"), QStringLiteral("h")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCtlTemplates)
#include "tst_ctl_templates.moc"
