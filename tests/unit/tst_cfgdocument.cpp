#include "cfgdocument.h"
#include "testdata.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

namespace {
// The data sections of a vendor template XML, as raw bytes (CDATA content).
QList<QByteArray> cdataSections(const QByteArray& xml)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = xml.indexOf("<![CDATA[", from);
        if (start < 0) {
            return out;
        }
        const qsizetype end = xml.indexOf("]]>", start);
        out.append(xml.mid(start + 9, end - start - 9));
        from = end + 3;
    }
}
} // namespace

class TestCfgDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripSamples_data();
    void roundTripSamples();
    void roundTripForms_data();
    void roundTripForms();
    void classification();
    void encryptedValueKeptByteForByte();
    void effectiveValueIsTheLast();
    void edits();
    void appendToFileWithoutFinalNewline();
    void binaryGarbage();
    void hugeFile();
    void hugeLine();
    void invalidUtf8AndNul();
};

void TestCfgDocument::roundTripSamples_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("00908F1A2B01.cfg") << readTestData(QStringLiteral("samples/00908F1A2B01.cfg"));
    QTest::newRow("voiprovision/template.cfg") << readTestData(QStringLiteral("samples/voiprovision/template.cfg"));
    const QList<QByteArray> sections = cdataSections(readTestData(QStringLiteral("samples/template_430HD.xml")));
    QCOMPARE(sections.size(), 2);
    QTest::newRow("template_430HD.xml global") << sections.at(0);
    QTest::newRow("template_430HD.xml device") << sections.at(1);
}

void TestCfgDocument::roundTripSamples()
{
    QFETCH(QByteArray, data);
    const CfgDocument doc = CfgDocument::parse(data);
    QVERIFY(doc.lineCount() > 3);
    QCOMPARE(doc.toByteArray(), data);
}

void TestCfgDocument::roundTripForms_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one newline") << QByteArray("\n");
    QTest::newRow("crlf") << QByteArray("a/b=1\r\nc/d=2\r\n");
    QTest::newRow("mixed endings") << QByteArray("a=1\r\nb=2\nc=3");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a=1\n");
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("no final newline") << QByteArray("a=1\nb=2");
    QTest::newRow("lone cr") << QByteArray("a=1\rb=2\n");
    QTest::newRow("blank lines and spaces") << QByteArray("  \n\t\n a = 1 \n\n");
    QTest::newRow("trailing crlf pairs") << QByteArray("a=1\r\n\r\n\r\n");
    QTest::newRow("cr before eof") << QByteArray("a=1\r");
}

void TestCfgDocument::roundTripForms()
{
    QFETCH(QByteArray, data);
    QCOMPARE(CfgDocument::parse(data).toByteArray(), data);
}

void TestCfgDocument::classification()
{
    const CfgDocument doc = CfgDocument::parse("include global.cfg\n; comment\n\n  \nvoip/line/0/id=4071\n#not a "
                                               "comment\ninclude\nincluded_key=1\nkey =  v \n");
    QCOMPARE(doc.lineCount(), 9);
    QCOMPARE(doc.line(0).kind, CfgLine::Kind::Include);
    QCOMPARE(doc.includeTarget(0), QStringLiteral("global.cfg"));
    QCOMPARE(doc.line(1).kind, CfgLine::Kind::Comment);
    QCOMPARE(doc.line(2).kind, CfgLine::Kind::Blank);
    QCOMPARE(doc.line(3).kind, CfgLine::Kind::Blank);
    QCOMPARE(doc.line(4).kind, CfgLine::Kind::KeyValue);
    QCOMPARE(doc.key(4), QStringLiteral("voip/line/0/id"));
    QCOMPARE(doc.value(4), QStringLiteral("4071"));
    QCOMPARE(doc.line(5).kind, CfgLine::Kind::Invalid);
    QCOMPARE(doc.line(6).kind, CfgLine::Kind::Include); // with no target: the checker says so
    QCOMPARE(doc.includeTarget(6), QString());
    QCOMPARE(doc.line(7).kind, CfgLine::Kind::KeyValue);
    QCOMPARE(doc.key(7), QStringLiteral("included_key"));
    QCOMPARE(doc.key(8), QStringLiteral("key"));
    QCOMPARE(doc.value(8), QStringLiteral("  v "));
}

void TestCfgDocument::encryptedValueKeptByteForByte()
{
    const QByteArray data("voip/line/0/auth_password={\"q2V4bXBsZS1vbmx5==\\\"=\"}\r\n");
    const CfgDocument doc = CfgDocument::parse(data);
    QCOMPARE(doc.valueBytes(0), QByteArrayView("{\"q2V4bXBsZS1vbmx5==\\\"=\"}"));
    QCOMPARE(doc.toByteArray(), data);
}

void TestCfgDocument::effectiveValueIsTheLast()
{
    const CfgDocument doc = CfgDocument::parse("a=1\nb=2\na=3\n");
    QCOMPARE(doc.findKey(QStringLiteral("a")), 2);
    QCOMPARE(doc.effectiveValue(QStringLiteral("a")), QStringLiteral("3"));
    QVERIFY(doc.effectiveValue(QStringLiteral("missing")).isNull());
    const CfgDocument empty = CfgDocument::parse("a=\n");
    QVERIFY(!empty.effectiveValue(QStringLiteral("a")).isNull());
    QVERIFY(empty.effectiveValue(QStringLiteral("a")).isEmpty());
}

void TestCfgDocument::edits()
{
    CfgDocument doc = CfgDocument::parse("a=1\r\n; keep\r\nb=2\r\n");
    doc.setValue(QStringLiteral("a"), QStringLiteral("9"));
    doc.setValue(QStringLiteral("c"), QStringLiteral("3"));
    QCOMPARE(doc.toByteArray(), QByteArray("a=9\r\n; keep\r\nb=2\r\nc=3\r\n"));
    doc.insertLine(1, "include x.cfg");
    QCOMPARE(doc.line(1).kind, CfgLine::Kind::Include);
    doc.removeLine(2);
    QCOMPARE(doc.toByteArray(), QByteArray("a=9\r\ninclude x.cfg\r\nb=2\r\nc=3\r\n"));
    doc.setLineText(0, "; was a");
    QCOMPARE(doc.line(0).kind, CfgLine::Kind::Comment);
    QCOMPARE(doc.findKey(QStringLiteral("a")), -1);
}

void TestCfgDocument::appendToFileWithoutFinalNewline()
{
    CfgDocument doc = CfgDocument::parse("a=1\nb=2");
    doc.setValue(QStringLiteral("c"), QStringLiteral("3"));
    QCOMPARE(doc.toByteArray(), QByteArray("a=1\nb=2\nc=3"));
    doc.removeLine(2);
    QCOMPARE(doc.toByteArray(), QByteArray("a=1\nb=2"));

    CfgDocument empty = CfgDocument::parse(QByteArray());
    empty.setValue(QStringLiteral("k"), QStringLiteral("v"));
    QCOMPARE(empty.toByteArray(), QByteArray("k=v\n"));
}

void TestCfgDocument::binaryGarbage()
{
    QRandomGenerator rng(20261122);
    for (int round = 0; round < 50; ++round) {
        QByteArray data(4096 + static_cast<int>(rng.bounded(8192)), Qt::Uninitialized);
        for (char& c : data) {
            c = static_cast<char>(rng.bounded(256));
        }
        const CfgDocument doc = CfgDocument::parse(data);
        QCOMPARE(doc.toByteArray(), data);
        for (int i = 0; i < doc.lineCount(); ++i) {
            (void)doc.key(i);
            (void)doc.value(i);
            (void)doc.includeTarget(i);
        }
    }
}

void TestCfgDocument::hugeFile()
{
    // 100 MB of short lines: parsing must stay linear (a quadratic parser would hit the timeout).
    const QByteArray line("voip/line/0/enabled=1\n");
    const qsizetype lines = (100LL * 1024 * 1024) / line.size();
    QByteArray data;
    data.reserve(lines * line.size());
    for (qsizetype i = 0; i < lines; ++i) {
        data.append(line);
    }
    const CfgDocument doc = CfgDocument::parse(data);
    QCOMPARE(doc.lineCount(), static_cast<int>(lines));
    QCOMPARE(doc.key(doc.lineCount() - 1), QStringLiteral("voip/line/0/enabled"));
    QCOMPARE(doc.toByteArray().size(), data.size());
}

void TestCfgDocument::hugeLine()
{
    QByteArray data("system/web_user_name=");
    data.append(QByteArray(1024 * 1024, 'x'));
    data.append("\nsystem/type=430HD\n");
    const CfgDocument doc = CfgDocument::parse(data);
    QCOMPARE(doc.lineCount(), 2);
    QCOMPARE(doc.valueBytes(0).size(), 1024 * 1024);
    QCOMPARE(doc.toByteArray(), data);
}

void TestCfgDocument::invalidUtf8AndNul()
{
    static const char raw[] = "a=caf\xC3\n"
                              "b=x\0y\n"
                              "c=\xFF\xFE\n";
    const QByteArray data(raw, sizeof(raw) - 1);
    const CfgDocument doc = CfgDocument::parse(data);
    QCOMPARE(doc.lineCount(), 3);
    QCOMPARE(doc.toByteArray(), data);
    QCOMPARE(doc.valueBytes(1).size(), 3);
}

QTEST_GUILESS_MAIN(TestCfgDocument)
#include "tst_cfgdocument.moc"
