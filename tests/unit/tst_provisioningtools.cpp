#include "cfgcrypto.h"
#include "testdata.h"
#include "voiprovision.h"

#include <QtTest>

class TestProvisioningTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void voiprovisionSample();
    void voiprovisionTagForms();
    void voiprovisionBadRows();
    void voiprovisionUnusable();
    void safeFileNames();
    void cryptoRoundTrip_data();
    void cryptoRoundTrip();
    void cryptoKnownAnswer();
    void cryptoRefusals();
    void encryptedValueForm();
};

void TestProvisioningTools::voiprovisionSample()
{
    VoIProvision::Result r;
    QString error;
    QVERIFY(VoIProvision::generate(readTestData(QStringLiteral("samples/voiprovision/phones.csv")),
                                   readTestData(QStringLiteral("samples/voiprovision/template.cfg")),
                                   QStringLiteral("mac"), &r, &error));
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.files.size(), 2);
    QCOMPARE(r.files.at(0).fileName, QStringLiteral("00908F123456.cfg"));
    QCOMPARE(r.files.at(0).content,
             QByteArray("system/type=440HD\nvoip/line/0/enabled=1\nvoip/line/0/id=4071\n"
                        "voip/line/0/auth_name=Jonathan\nvoip/line/0/auth_password=pw-4071\n"
                        "include global.cfg\n"));
    QCOMPARE(r.files.at(1).line, 3);
    QVERIFY(r.files.at(1).content.contains("voip/line/0/auth_name=David\n"));
}

void TestProvisioningTools::voiprovisionTagForms()
{
    VoIProvision::Result r;
    QString error;
    QVERIFY(VoIProvision::generate("[mac],@id@,id\n00908F000001,4071,x\n",
                                   "a=[mac]\nb=sip:@id@@pbx\nc=id\nvoip/line/0/id=keep\n", QStringLiteral("[mac]"), &r,
                                   &error));
    QCOMPARE(r.files.size(), 1);
    QCOMPARE(r.files.first().fileName, QStringLiteral("00908F000001.cfg"));
    // "@id@" is replaced before "id", a replacement is not searched again, keys are left alone.
    QCOMPARE(r.files.first().content, QByteArray("a=00908F000001\nb=sip:4071@pbx\nc=x\nvoip/line/0/id=keep\n"));
}

void TestProvisioningTools::voiprovisionBadRows()
{
    VoIProvision::Result r;
    QString error;
    QVERIFY(VoIProvision::generate("mac,id\n"
                                   "00908F000001,1\n"     // 2 good
                                   "00908F000002\n"       // 3 wrong column count
                                   ",3\n"                 // 4 empty name
                                   "00908f000001,4\n"     // 5 duplicate (case-insensitive)
                                   "../../etc/passwd,5\n" // 6 escapes
                                   "a\\b,6\n"             // 7 escapes on Windows
                                   "00908F000007,7\n",    // 8 good
                                   "x=id\n", QStringLiteral("mac"), &r, &error));
    QCOMPARE(r.files.size(), 2);
    QCOMPARE(r.files.at(1).fileName, QStringLiteral("00908F000007.cfg"));
    QCOMPARE(r.problems.size(), 5);
    QCOMPARE(r.problems.at(0).line, 3);
    QCOMPARE(r.problems.at(1).line, 4);
    QCOMPARE(r.problems.at(2).line, 5);
    QVERIFY(r.problems.at(2).message.contains(QLatin1String("earlier")));
    QCOMPARE(r.problems.at(3).line, 6);
    QVERIFY(r.problems.at(3).message.contains(QLatin1String("outside")));
    QCOMPARE(r.problems.at(4).line, 7);
}

void TestProvisioningTools::voiprovisionUnusable()
{
    VoIProvision::Result r;
    QString error;
    QVERIFY(!VoIProvision::generate("mac,id\n1,2\n", "x=id\n", QStringLiteral("name"), &r, &error));
    QVERIFY(error.contains(QLatin1String("name")));
    QVERIFY(!VoIProvision::generate("", "x=id\n", QStringLiteral("mac"), &r, &error));
    QVERIFY(!VoIProvision::generate("mac,\"open\n", "x=id\n", QStringLiteral("mac"), &r, &error));
}

void TestProvisioningTools::safeFileNames()
{
    QVERIFY(VoIProvision::isSafeFileName(QStringLiteral("00908F000001.cfg")));
    QVERIFY(!VoIProvision::isSafeFileName(QStringLiteral("..")));
    QVERIFY(!VoIProvision::isSafeFileName(QStringLiteral("a/b.cfg")));
    QVERIFY(!VoIProvision::isSafeFileName(QStringLiteral("C:x.cfg")));
    QVERIFY(!VoIProvision::isSafeFileName(QStringLiteral(" ")));
    QVERIFY(!VoIProvision::isSafeFileName(QStringLiteral("a\nb")));
}

void TestProvisioningTools::cryptoRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<int>("digest");
    QTest::newRow("empty md5") << QByteArray() << int(CfgCrypto::Digest::Md5);
    QTest::newRow("cfg md5") << QByteArray("system/type=430HD\n") << int(CfgCrypto::Digest::Md5);
    QTest::newRow("block multiple sha256") << QByteArray(64, 'x') << int(CfgCrypto::Digest::Sha256);
    QTest::newRow("binary") << QByteArray("\0\x01\xFF", 3) << int(CfgCrypto::Digest::Sha256);
}

void TestProvisioningTools::cryptoRoundTrip()
{
    QFETCH(QByteArray, plain);
    QFETCH(int, digest);
    QString error;
    const auto d = static_cast<CfgCrypto::Digest>(digest);
    const QByteArray cipher = CfgCrypto::encrypt(plain, "passphrase", d, &error);
    QVERIFY2(!cipher.isEmpty(), qPrintable(error));
    QCOMPARE(cipher.size() % 8, 0);
    QVERIFY(cipher.size() > plain.size());
    QCOMPARE(CfgCrypto::decrypt(cipher, "passphrase", d, &error), plain);
}

void TestProvisioningTools::cryptoKnownAnswer()
{
    // Same input, key and digest give the same bytes: no salt, as the phones expect.
    QString error;
    const QByteArray a = CfgCrypto::encrypt("abc", "k", CfgCrypto::Digest::Md5, &error);
    QCOMPARE(a, CfgCrypto::encrypt("abc", "k", CfgCrypto::Digest::Md5, &error));
    QVERIFY(a != CfgCrypto::encrypt("abc", "k", CfgCrypto::Digest::Sha256, &error));
    QVERIFY(a != CfgCrypto::encrypt("abc", "K", CfgCrypto::Digest::Md5, &error));
}

void TestProvisioningTools::cryptoRefusals()
{
    QString error;
    QVERIFY(CfgCrypto::encrypt("x", "", CfgCrypto::Digest::Md5, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("empty")));
    const QByteArray cipher = CfgCrypto::encrypt("some text to protect", "right", CfgCrypto::Digest::Md5, &error);
    error.clear();
    const QByteArray wrong = CfgCrypto::decrypt(cipher, "wrong", CfgCrypto::Digest::Md5, &error);
    // A wrong key almost always breaks the padding; when it does not, the text is garbage.
    QVERIFY(!error.isEmpty() || wrong != "some text to protect");
    QVERIFY(CfgCrypto::decrypt("short", "right", CfgCrypto::Digest::Md5, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("multiple")));
}

void TestProvisioningTools::encryptedValueForm()
{
    QString error;
    const QByteArray value = CfgCrypto::encryptValue("1234", "key", CfgCrypto::Digest::Md5, &error);
    QVERIFY(value.startsWith("{\""));
    QVERIFY(value.endsWith("\"}"));
    const QByteArray base64 = value.mid(2, value.size() - 4);
    QCOMPARE(CfgCrypto::decrypt(QByteArray::fromBase64(base64), "key", CfgCrypto::Digest::Md5, &error),
             QByteArray("1234"));
}

QTEST_GUILESS_MAIN(TestProvisioningTools)
#include "tst_provisioningtools.moc"
