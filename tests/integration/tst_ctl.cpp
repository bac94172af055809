#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using Run = ProcessRun;

Run ctl(const QStringList& arguments, const QByteArray& input = {})
{
    return runProgram(QStringLiteral("phonefleetctl"), arguments, input);
}
} // namespace

// phonefleetctl cfg check / cfg format, run as a user runs them.
class TestCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void samplesPass();
    void errorsExitOne();
    void warningsOnlyExitZero();
    void unreadableExitTwo();
    void jsonOutput();
    void standardInput();
    void badInputNeverCrashes_data();
    void badInputNeverCrashes();
    void formatPrintsNormalForm();
    void formatCheckAndInPlace();
    void formatRefusesBinary();
    void usageErrors();

private:
    QString write(const QString& name, const QByteArray& data);
    QTemporaryDir m_dir;
};

void TestCtl::initTestCase()
{
    QVERIFY(QFile::exists(projectBinary(QStringLiteral("phonefleetctl"))));
}

QString TestCtl::write(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestCtl::samplesPass()
{
    const Run r =
        ctl({QStringLiteral("cfg"), QStringLiteral("check"), testDataPath(QStringLiteral("samples/00908F1A2B01.cfg")),
             testDataPath(QStringLiteral("samples/voiprovision/template.cfg"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
}

void TestCtl::errorsExitOne()
{
    const QString path = write(QStringLiteral("bad.cfg"), "system/type=430HD\nnetwork/lan/vlan/id=5000\n");
    const Run r = ctl({QStringLiteral("cfg"), QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(
        QString::fromUtf8(r.out).trimmed(),
        path + QStringLiteral(":2:21: error: 5000 is out of range for network/lan/vlan/id (0..4094) [out-of-range]"));
}

void TestCtl::warningsOnlyExitZero()
{
    const QString path = write(QStringLiteral("warn.cfg"), "system/type=430HD\nsystem/type=440HD\nfoo/bar=1\n");
    const Run r = ctl({QStringLiteral("cfg"), QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(path + QStringLiteral(":2:1: warning: ")));
    QVERIFY(lines.at(1).startsWith(path + QStringLiteral(":3:1: warning: ")));
}

void TestCtl::unreadableExitTwo()
{
    const QString good = write(QStringLiteral("good.cfg"), "system/type=430HD\n");
    const QString bad = write(QStringLiteral("bad2.cfg"), "system/type=430HD\nvoip/line/0/enabled=2\n");
    const Run r =
        ctl({QStringLiteral("cfg"), QStringLiteral("check"), good, m_dir.filePath(QStringLiteral("missing.cfg")), bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("missing.cfg: error: cannot read"));
    QVERIFY(r.out.contains("bad2.cfg:2:21: error:")); // the other files are still checked
    const Run dir = ctl({QStringLiteral("cfg"), QStringLiteral("check"), m_dir.path()});
    QCOMPARE(dir.exitCode, 2);
}

void TestCtl::jsonOutput()
{
    const QString path = write(QStringLiteral("j.cfg"), "network/lan/vlan/id=5000\nfoo/bar=1\n");
    const Run r = ctl({QStringLiteral("cfg"), QStringLiteral("check"), QStringLiteral("--json"), path,
                       m_dir.filePath(QStringLiteral("none.cfg"))});
    QCOMPARE(r.exitCode, 2);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    const QJsonArray files = doc.object().value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject first = files.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("errors")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("warnings")).toInt(), 1);
    const QJsonObject d = first.value(QLatin1String("diagnostics")).toArray().at(0).toObject();
    QCOMPARE(d.value(QLatin1String("line")).toInt(), 1);
    QCOMPARE(d.value(QLatin1String("column")).toInt(), 21);
    QCOMPARE(d.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    QVERIFY(files.at(1).toObject().value(QLatin1String("error")).toString().contains(QLatin1String("cannot read")));
}

void TestCtl::standardInput()
{
    const Run r =
        ctl({QStringLiteral("cfg"), QStringLiteral("check"), QStringLiteral("-")}, "voip/line/0/enabled=on\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith("-:1:21: error:"));
}

void TestCtl::badInputNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QByteArray>("mentions");
    QByteArray garbage(65536, Qt::Uninitialized);
    for (int i = 0; i < garbage.size(); ++i) {
        garbage[i] = static_cast<char>((i * 2654435761u) >> 13);
    }
    QTest::newRow("binary garbage") << garbage << 1 << QByteArray("not a text cfg file");
    QTest::newRow("nul bytes") << QByteArray("system/type=430HD\n\0\0\0\n", 22) << 1 << QByteArray("binary");
    QTest::newRow("invalid utf-8") << QByteArray("voip/line/0/description=\xFF\xFE\n") << 0
                                   << QByteArray("invalid UTF-8");
    QByteArray longLine("voip/line/0/description=");
    longLine.append(QByteArray(1024 * 1024, 'y'));
    QTest::newRow("1 MB line") << longLine << 1 << QByteArray("line-too-long");
    QTest::newRow("empty") << QByteArray() << 0 << QByteArray();
}

void TestCtl::badInputNeverCrashes()
{
    QFETCH(QByteArray, data);
    QFETCH(int, expectedExit);
    QFETCH(QByteArray, mentions);
    const QString path = write(QStringLiteral("input.cfg"), data);
    const Run r = ctl({QStringLiteral("cfg"), QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, expectedExit);
    QVERIFY2(r.out.contains(mentions), r.out.left(2000).constData());
}

void TestCtl::formatPrintsNormalForm()
{
    const QString path = write(QStringLiteral("messy.cfg"), "\xEF\xBB\xBF system/type = 430HD \r\n\r\n;c\r\n");
    const Run r = ctl({QStringLiteral("cfg"), QStringLiteral("format"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("system/type=430HD\n\n;c\n"));
}

void TestCtl::formatCheckAndInPlace()
{
    const QString messy = write(QStringLiteral("m.cfg"), "a = 1\r\n");
    const QString clean = write(QStringLiteral("c.cfg"), "a=1\n");
    QCOMPARE(ctl({QStringLiteral("cfg"), QStringLiteral("format"), QStringLiteral("--check"), clean}).exitCode, 0);
    const Run r = ctl({QStringLiteral("cfg"), QStringLiteral("format"), QStringLiteral("--check"), clean, messy});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("m.cfg: not in normal form"));
    QCOMPARE(ctl({QStringLiteral("cfg"), QStringLiteral("format"), QStringLiteral("--in-place"), messy}).exitCode, 0);
    QFile f(messy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("a=1\n"));
    QCOMPARE(ctl({QStringLiteral("cfg"), QStringLiteral("format"), QStringLiteral("--check"), messy}).exitCode, 0);
}

void TestCtl::formatRefusesBinary()
{
    const QByteArray binary("\x7F"
                            "ELF\0\0\0\x01\x02",
                            9);
    const QString path = write(QStringLiteral("bin.cfg"), binary);
    const Run r = ctl({QStringLiteral("cfg"), QStringLiteral("format"), QStringLiteral("--in-place"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("not formatted"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), binary); // untouched
}

void TestCtl::usageErrors()
{
    QCOMPARE(ctl({}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("cfg"), QStringLiteral("check")}).exitCode, 2);
    QCOMPARE(
        ctl({QStringLiteral("cfg"), QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("x")}).exitCode,
        2);
    QCOMPARE(ctl({QStringLiteral("cfg"), QStringLiteral("format"), QStringLiteral("a"), QStringLiteral("b")}).exitCode,
             2);
    const Run help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("cfg check"));
    for (const char* command : {"login", "import users", "devices", "action ACTION", "job ID"}) {
        QVERIFY2(help.out.contains(command), command);
    }
    QCOMPARE(ctl({QStringLiteral("cfg"), QStringLiteral("check"), QStringLiteral("--help")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
