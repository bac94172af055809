#include "contentcodec.h"

#include <QRandomGenerator>
#include <QtEndian>
#include <QtTest>

// The stored form of files' bytes (ContentCodec): what generation writes, what older versions
// wrote, and damaged rows.
class TestContentCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void readsWhatOlderVersionsWrote();
    void damagedRowsAreRefused_data();
    void damagedRowsAreRefused();
};

namespace {
QByteArray cfgText(int lines)
{
    QByteArray t = "include Audiocodes_430HD_global.cfg\nsystem/type=430HD\n";
    for (int i = 0; i < lines; ++i) {
        t += "voip/services/key_" + QByteArray::number(i) + "/type=SPEED_DIAL\n";
    }
    return t;
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char& c : b) {
        c = static_cast<char>(gen.bounded(256));
    }
    return b;
}
} // namespace

void TestContentCodec::roundTrip_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("a phone's file") << cfgText(200);
    QTest::newRow("4 MB") << cfgText(150000);
    QTest::newRow("incompressible") << randomBytes(70000);
}

void TestContentCodec::roundTrip()
{
    QFETCH(QByteArray, content);
    const ContentCodec::Encoded encoded = ContentCodec::encodeGenerated(content);
    QCOMPARE(encoded.encoding, QStringLiteral("lz4"));
    const QByteArray& stored = encoded.bytes;
    QCOMPARE(qFromLittleEndian<quint32>(stored.constData()), quint32(content.size()));
    if (content.size() > 1000 && content.startsWith("include")) {
        QVERIFY2(stored.size() * 4 < content.size(), "a cfg file is stored at least four times smaller");
    }
    QByteArray back;
    QString problem;
    QVERIFY2(ContentCodec::decode(stored, encoded.encoding, &back, &problem), qPrintable(problem));
    QCOMPARE(back, content);
    QVERIFY(!back.isNull());
}

void TestContentCodec::readsWhatOlderVersionsWrote()
{
    const QByteArray text = cfgText(50);
    QByteArray back;
    QString problem;
    QVERIFY(ContentCodec::decode(qCompress(text, 1), QStringLiteral("zlib"), &back, &problem));
    QCOMPARE(back, text);
    QVERIFY(ContentCodec::decode(qCompress(QByteArray(""), 1), QStringLiteral("zlib"), &back, &problem));
    QCOMPARE(back, QByteArray(""));
    QVERIFY(!back.isNull()); // an empty file, which qUncompress took for a damaged one
    QVERIFY(ContentCodec::decode(text, QString(), &back, &problem));
    QCOMPARE(back, text);
    QVERIFY(ContentCodec::decode(QByteArray(), QString(), &back, &problem));
    QVERIFY(!back.isNull()); // an empty file, not a missing one
    QVERIFY(back.isEmpty());
}

void TestContentCodec::damagedRowsAreRefused_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("problem");
    const QByteArray good = ContentCodec::encodeGenerated(cfgText(100)).bytes;
    QByteArray claimsMore = good;
    qToLittleEndian<quint32>(quint32(cfgText(100).size() + 1), claimsMore.data());
    QByteArray huge = good;
    qToLittleEndian<quint32>(quint32(200 * 1024 * 1024), huge.data());
    QByteArray hugeZlib = qCompress(cfgText(10), 1);
    qToBigEndian<quint32>(quint32(200 * 1024 * 1024), hugeZlib.data());
    QTest::newRow("lz4 cut short") << good.left(good.size() / 2) << "lz4"
                                   << "damaged";
    QTest::newRow("lz4 without its size") << QByteArray("\x05\x00", 2) << "lz4"
                                          << "cut short";
    QTest::newRow("lz4 claims a byte more") << claimsMore << "lz4"
                                            << "damaged";
    QTest::newRow("lz4 claims 200 MB") << huge << "lz4"
                                       << "more than they can hold";
    QTest::newRow("lz4 garbage") << randomBytes(300) << "lz4"
                                 << "";
    QTest::newRow("zlib garbage") << randomBytes(300) << "zlib"
                                  << "";
    QTest::newRow("zlib claims 200 MB") << hugeZlib << "zlib"
                                        << "more than they can hold";
    // A stream that goes on past the size its row claims: inflated into that size only.
    QByteArray longer = qCompress(cfgText(2000), 1);
    qToBigEndian<quint32>(quint32(1000), longer.data());
    QTest::newRow("zlib longer than it claims") << longer << "zlib"
                                                << "damaged";
    QByteArray shorter = qCompress(cfgText(20), 1);
    qToBigEndian<quint32>(quint32(cfgText(20).size() + 1), shorter.data());
    QTest::newRow("zlib shorter than it claims") << shorter << "zlib"
                                                 << "damaged";
    QTest::newRow("unknown") << cfgText(3) << "zstd"
                             << "stored as 'zstd', which this PhoneFleet cannot read";
}

void TestContentCodec::damagedRowsAreRefused()
{
    QFETCH(QByteArray, stored);
    QFETCH(QString, encoding);
    QFETCH(QString, problem);
    QByteArray back = "left over";
    QString said;
    QVERIFY(!ContentCodec::decode(stored, encoding, &back, &said));
    QVERIFY2(said.contains(problem) && !said.isEmpty(), qPrintable(said));
    QCOMPARE(back, QByteArray("left over")); // nothing handed out
}

QTEST_GUILESS_MAIN(TestContentCodec)
#include "tst_contentcodec.moc"
