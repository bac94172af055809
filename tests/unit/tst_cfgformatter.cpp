#include "cfgdocument.h"
#include "cfgformatter.h"
#include "testdata.h"

#include <QtTest>

class TestCfgFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data();
    void normalises();
    void idempotent();
    void normalFormSampleUnchanged();
};

void TestCfgFormatter::normalises_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("crlf") << QByteArray("a=1\r\nb=2\r\n") << QByteArray("a=1\nb=2\n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a=1\n")
                         << QByteArray("a=1\n");
    QTest::newRow("blanks") << QByteArray("  a = 1 \t\n\tinclude   x.cfg  \n ;  c  \n")
                            << QByteArray("a=1\ninclude x.cfg\n;  c\n");
    QTest::newRow("final newline added") << QByteArray("a=1") << QByteArray("a=1\n");
    QTest::newRow("trailing blank lines dropped") << QByteArray("a=1\n\n  \n") << QByteArray("a=1\n");
    QTest::newRow("inner blank lines kept") << QByteArray("a=1\n\n\nb=2\n") << QByteArray("a=1\n\n\nb=2\n");
    QTest::newRow("encrypted kept") << QByteArray("p= {\"a b\"} \n") << QByteArray("p={\"a b\"}\n");
    QTest::newRow("invalid lines kept") << QByteArray("  what is this  \n") << QByteArray("what is this\n");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("only blanks") << QByteArray("\n\n") << QByteArray();
    // Found by fuzzing: a last line holding only a carriage return.
    QTest::newRow("lone cr line") << QByteArray("a=1\n\r") << QByteArray("a=1\n");
    QTest::newRow("cr before include") << QByteArray("\rinclude\n\rkey = 1\n") << QByteArray("include\nkey=1\n");
    QTest::newRow("two boms") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF a=1\n") << QByteArray("a=1\n");
}

void TestCfgFormatter::normalises()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CfgFormatter::format(CfgDocument::parse(input)), expected);
}

void TestCfgFormatter::idempotent()
{
    const QByteArray messy("\xEF\xBB\xBF a = 1 \r\n\r\n include y \r\n;x \r\nb=\r\n\r\n");
    const QByteArray once = CfgFormatter::format(CfgDocument::parse(messy));
    QCOMPARE(CfgFormatter::format(CfgDocument::parse(once)), once);
}

void TestCfgFormatter::normalFormSampleUnchanged()
{
    const QByteArray sample = readTestData(QStringLiteral("samples/00908F1A2B01.cfg"));
    QCOMPARE(CfgFormatter::format(CfgDocument::parse(sample)), sample);
}

QTEST_GUILESS_MAIN(TestCfgFormatter)
#include "tst_cfgformatter.moc"
