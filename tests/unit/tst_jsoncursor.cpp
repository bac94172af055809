// JsonCursor, the tree-less JSON reader of the console's device pages, against QJsonDocument:
// the same values from the same text, the same documents refused, and no input that makes it
// read past the end or recurse without bound.
#include "apijson.h"
#include "jsoncompare.h"
#include "jsoncursor.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using JsonCompare::readValue;
using JsonCompare::viaCursor;
using JsonCompare::viaQt;
using JsonCompare::asCursorReads;

class TestJsonCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQtReads_data();
    void readsWhatQtReads();
    void refusesWhatQtRefuses_data();
    void refusesWhatQtRefuses();
    void isStricterThanQt();
    void saysWhereItStopped();
    void deepNestingIsRefused();
    void scalarsReadLikeQJsonValue();
    void deviceFieldsBothWays();
    void escapesAndUtf8();
    void mutatedDocumentsAgree();
    void writerWritesWhatQtWrites();
};

void TestJsonCursor::readsWhatQtReads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})");
    QTest::newRow("empty containers") << QByteArray(R"({"a": {}, "b": [], "c": [[], {}]})");
    QTest::newRow("white space") << QByteArray(" \t\r\n{ \"a\" :\n[ 1 ,\t2 ] }\n ");
    QTest::newRow("numbers") << QByteArray(
        R"([0, -0, 7, -12, 3.25, -0.5, 1e3, 1E-2, 2.5e+4, 123456789012345, 12345.678e-3, 0.1])");
    QTest::newRow("escapes") << QByteArray(R"(["a\"b", "\\", "\/", "\b\f\n\r\t", "\u0041\u00e9\u20ac", "x\u0000y"])");
    QTest::newRow("surrogate pair") << QByteArray(R"(["\ud83d\ude00 smile"])");
    QTest::newRow("utf-8 text") << QByteArray("[\"Zo\xc3\xa9 M\xc3\xbcller \xe2\x82\xac \xf0\x9f\x98\x80\"]");
    QTest::newRow("escaped key") << QByteArray(R"({"na\u006de": "x", "q\"uote": 1})");
    QTest::newRow("scalar") << QByteArray("  \"alone\" ");
    QTest::newRow("number alone") << QByteArray("42");
}

void TestJsonCursor::readsWhatQtReads()
{
    QFETCH(QByteArray, text);
    QJsonValue ours;
    QJsonValue qt;
    QString error;
    QVERIFY2(viaCursor(text, &ours, &error), qPrintable(error));
    QVERIFY(viaQt(text, &qt));
    QCOMPARE(ours, qt);
}

void TestJsonCursor::refusesWhatQtRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("open object") << QByteArray(R"({"a": 1)");
    QTest::newRow("open array") << QByteArray("[1, 2");
    QTest::newRow("open string") << QByteArray(R"(["abc)");
    QTest::newRow("trailing comma") << QByteArray("[1, 2,]");
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a": 1,})");
    QTest::newRow("missing comma") << QByteArray("[1 2]");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("key not a string") << QByteArray("{a: 1}");
    QTest::newRow("bad literal") << QByteArray("[tru]");
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("bare exponent") << QByteArray("[1e]");
    QTest::newRow("plus sign") << QByteArray("[+1]");
    QTest::newRow("two values") << QByteArray("[1] [2]");
    QTest::newRow("backslash at the end") << QByteArray("[\"abc\\");
    QTest::newRow("closing the wrong way") << QByteArray(R"({"a": [1}])");
}

void TestJsonCursor::refusesWhatQtRefuses()
{
    QFETCH(QByteArray, text);
    QJsonValue ours;
    QJsonValue qt;
    QVERIFY(!viaQt(text, &qt));
    QVERIFY(!viaCursor(text, &ours));
}

void TestJsonCursor::isStricterThanQt()
{
    // RFC 8259 refuses these; QJsonDocument 6.4 takes them. The server writes none of them.
    for (const QByteArray& text : {QByteArray(R"(["\x"])"), QByteArray("[\"a\tb\"]"), QByteArray("[1.]")}) {
        QJsonValue ours;
        QJsonValue qt;
        QVERIFY2(viaQt(text, &qt), text.constData());
        QVERIFY2(!viaCursor(text, &ours), text.constData());
    }
}

void TestJsonCursor::saysWhereItStopped()
{
    JsonCursor c(R"({"items": [1, 2 3]})");
    QJsonValue v = readValue(c);
    QVERIFY(c.failed());
    QCOMPARE(c.errorOffset(), 16); // at the "3"
    QVERIFY(c.errorString().contains(QLatin1String("comma")));
    // Everything after a failure is refused too.
    JsonScalar s;
    QVERIFY(!c.readScalar(&s));
    QVERIFY(!c.atEnd());
}

void TestJsonCursor::deepNestingIsRefused()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    JsonCursor c(deep);
    QVERIFY(!c.skipValue());
    QVERIFY(c.errorString().contains(QLatin1String("nested too deeply")));
    const QByteArray fine = QByteArray(400, '[') + QByteArray(400, ']');
    JsonCursor ok(fine);
    QVERIFY(ok.skipValue());
    QVERIFY(ok.atEnd());
}

void TestJsonCursor::scalarsReadLikeQJsonValue()
{
    // A field of the wrong kind reads as QJsonValue reads it: "" / 0 / false.
    JsonScalar number;
    number.kind = JsonScalar::Kind::Number;
    number.number = 5;
    QCOMPARE(number.toString(), QJsonValue(5).toString());
    QCOMPARE(number.toBool(), QJsonValue(5).toBool());
    JsonScalar text;
    text.kind = JsonScalar::Kind::String;
    text.text = QStringLiteral("12");
    QCOMPARE(text.toDouble(), QJsonValue(QStringLiteral("12")).toDouble());
    QCOMPARE(JsonScalar().toString(), QJsonValue(QJsonValue::Null).toString());
    // Whole numbers as QJsonValue::toInteger() reads them; anything else the default, where a
    // cast was undefined behaviour (fuzz_admin_request: "regionId": 9e91).
    for (const double v : {0.0, 42.0, -7.0, 3.5, 9e91, -9e91, 9007199254740993.0,
                           std::numeric_limits<double>::infinity()}) {
        number.number = v;
        QCOMPARE(number.toInteger(-1), QJsonValue(v).toInteger(-1));
    }
    // 2^63 does not fit, NaN is no number (Qt 6.4 gives INT64_MIN for both).
    for (const double v : {9223372036854775808.0, std::nan("")}) {
        number.number = v;
        QCOMPARE(number.toInteger(-1), -1);
    }
    QCOMPARE(text.toInteger(-1), QJsonValue(QStringLiteral("12")).toInteger(-1));
}

void TestJsonCursor::deviceFieldsBothWays()
{
    Device d;
    d.id = 42;
    d.revision = 9;
    d.mac = MacAddress::fromString(QStringLiteral("00908F0A0B0C"));
    d.model = QStringLiteral("450HD");
    d.teams = true;
    d.displayName = QStringLiteral("Réception \"front\" desk\\1");
    d.userId = 3;
    d.regionId = 4;
    d.serialNumber = QStringLiteral("SN-1");
    d.language = QStringLiteral("Français");
    d.vlanMode = QStringLiteral("MANUAL");
    d.vlanId = 120;
    d.vlanPriority = 5;
    d.approval = ApprovalState::Pending;
    d.ipAddress = QStringLiteral("10.2.3.4");
    d.subnet = QStringLiteral("255.255.255.0");
    d.firmwareVersion = QStringLiteral("3.4.8.M4");
    d.userAgent = QStringLiteral("AUDC-IPPhone-450HD_UC_3.4.8.M4/1.0");
    d.sipStatus = SipStatus::Registered;
    d.phoneNumber = QStringLiteral("+33 1 23 45 67 89");
    d.location = QStringLiteral("Bâtiment B 😀");
    d.reportedUser = QStringLiteral("zoé");
    d.lastReport = QDateTime(QDate(2026, 11, 30), QTime(8, 15, 30, 250), Qt::UTC);
    d.lastStatusChange = QDateTime(QDate(2026, 11, 29), QTime(23, 0), Qt::UTC);
    const QByteArray text = QJsonDocument(ApiJson::toJson(d)).toJson(QJsonDocument::Compact);

    Device viaObject;
    QVERIFY(ApiJson::read(QJsonDocument::fromJson(text).object(), &viaObject));
    Device viaFields;
    JsonCursor c(text);
    QVERIFY(c.beginObject());
    QByteArrayView key;
    JsonScalar value;
    int unknown = 0;
    while (c.nextMember(&key)) {
        QVERIFY(c.readScalar(&value));
        unknown += ApiJson::readDeviceField(QLatin1String(key.data(), key.size()), value, &viaFields) ? 0 : 1;
    }
    QVERIFY(c.atEnd());
    QCOMPARE(unknown, 0); // every field toJson() writes is read back
    for (const Device* read : {&viaObject, &viaFields}) {
        QCOMPARE(ApiJson::toJson(*read), ApiJson::toJson(d));
    }
}

void TestJsonCursor::escapesAndUtf8()
{
    JsonScalar v;
    const auto read = [&](const QByteArray& text) {
        JsonCursor c(text);
        return c.readScalar(&v) && c.atEnd();
    };
    // A high surrogate before an escape that is no low one: U+FFFD, and that character kept.
    QVERIFY(read(R"("\ud800\u0041")"));
    QCOMPARE(v.text, QString(QChar(0xFFFD)) + u'A');
    QVERIFY(read(R"("\ud83d\ude00!")"));
    QCOMPARE(v.text, QString::fromUtf8("\xf0\x9f\x98\x80!"));
    QVERIFY(read(R"("\udc00x")"));
    QCOMPARE(v.text, QString(QChar(0xFFFD)) + u'x');
    QVERIFY(read(R"("\ud800")"));
    QCOMPARE(v.text, QString(QChar(0xFFFD)));
    // Well-formed UTF-8 only (RFC 3629).
    for (const QByteArray& good : {QByteArray("\"\xc3\xa9\""), QByteArray("\"\xe2\x82\xac\""),
                                   QByteArray("\"\xf0\x9f\x98\x80\""), QByteArray("\"\xf4\x8f\xbf\xbf\"")}) {
        QVERIFY2(read(good), good.toHex().constData());
    }
    for (const QByteArray& bad :
         {QByteArray("\"\xc0\xaf\""), QByteArray("\"\xe0\x80\xaf\""), QByteArray("\"\xed\xa0\x80\""),
          QByteArray("\"\xf4\x90\x80\x80\""), QByteArray("\"\xe2\x82\""), QByteArray("\"\x80\""),
          QByteArray("\"\xff\"")}) {
        JsonCursor c(bad);
        QVERIFY2(!c.readScalar(&v) || !c.atEnd(), bad.toHex().constData());
        QVERIFY2(c.failed(), bad.toHex().constData());
    }
    JsonCursor key("{\"\xc3\":1}");
    QVERIFY(key.beginObject());
    QByteArrayView name;
    QVERIFY(!key.nextMember(&name));
    QVERIFY(key.failed()); // keys too
}

void TestJsonCursor::mutatedDocumentsAgree()
{
    // A page-like document, then thousands of copies with a byte changed, dropped or added:
    // the cursor takes none that QJsonDocument refuses, and
    // reads the ones it takes to the same values.
    const QByteArray base = R"({"items":[{"id":1,"mac":"00908F000001","name":"a\"b\\c","n":[1,2.5,-3e2],"t":true},)"
                            R"({"id":2,"mac":"00908F000002","x":null,"o":{"k":"v"}}],"total":2,)"
                            R"("u":"\u00e9\ud83d\ude00\u0041",)"
                            "\"w\":\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"}";
    // With \u escapes (surrogates among them: the cursor writes a lone one as U+FFFD, which
    // asCursorReads() makes of QJsonDocument's too) and multi-byte UTF-8 to break.
    const QByteArray alphabet = QByteArray(R"({}[]",:.-+eE0123456789 tfnrul\abcd)") + "\xc3\xa9\x80\xed\xf0";
    QRandomGenerator random(20261201);
    int agreedValid = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray text = base;
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const int at = random.bounded(text.size());
            const char c = alphabet.at(random.bounded(alphabet.size()));
            switch (random.bounded(3)) {
            case 0:
                text[at] = c;
                break;
            case 1:
                text.remove(at, 1);
                break;
            default:
                text.insert(at, c);
                break;
            }
        }
        QJsonValue ours;
        QJsonValue qt;
        const bool qtOk = viaQt(text, &qt);
        qt = asCursorReads(qt);
        const bool oursOk = viaCursor(text, &ours);
        // Never more lenient than QJsonDocument (only stricter, see isStricterThanQt), and what
        // both read, both read alike.
        QVERIFY2(qtOk || !oursOk, text.constData());
        if (oursOk) {
            QVERIFY2(ours == qt, text.constData());
            ++agreedValid;
        }
    }
    QVERIFY(agreedValid > 100); // the mutations kept enough documents valid to compare values
}

namespace {
// v through JsonWriter's own calls (containers member by member).
void write(JsonWriter& w, const QJsonValue& v)
{
    if (v.isObject()) {
        w.beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray name = it.key().toLatin1();
            w.key(QLatin1String(name));
            write(w, it.value());
        }
        w.endObject();
    } else if (v.isArray()) {
        w.beginArray();
        for (const QJsonValue& e : v.toArray()) {
            write(w, e);
        }
        w.endArray();
    } else if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::fabs(v.toDouble()) < 1e15) {
        w.value(static_cast<qint64>(v.toDouble()));
    } else {
        w.value(v);
    }
}
} // namespace

void TestJsonCursor::writerWritesWhatQtWrites()
{
    // Strings with every kind of character that needs care, numbers of every shape, nesting:
    // JsonWriter's text is QJsonDocument::Compact's, byte for byte, and reads back the same.
    QString awkward;
    for (char16_t c = 0; c < 0x80; ++c) {
        awkward.append(QChar(c));
    }
    awkward += QStringLiteral("é€😀\u2028 \"end\"");
    const QJsonObject value {
        {QStringLiteral("awkward"), awkward},
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("numbers"), QJsonArray {0, -1, 42, 1e15, 3.25, -0.001, 1e-7, 123456789.125, 2e300}},
        {QStringLiteral("flags"), QJsonArray {true, false, QJsonValue::Null}},
        {QStringLiteral("nested"),
         QJsonObject {{QStringLiteral("a"), QJsonArray {QJsonObject {}, QJsonArray {}}},
                      {QStringLiteral("b"), QJsonObject {{QStringLiteral("c"), 1}}}}},
    };
    JsonWriter w;
    write(w, value);
    const QByteArray ours = w.take();
    QCOMPARE(ours, QJsonDocument(value).toJson(QJsonDocument::Compact));
    QJsonValue back;
    QVERIFY(viaCursor(ours, &back));
    QCOMPARE(back, QJsonValue(value));
    // A lone surrogate is replaced as QString::toUtf8 replaces it: the text stays valid JSON.
    w.value(QString(QChar(0xD800)));
    const QByteArray lone = w.take();
    QJsonValue read;
    QVERIFY(viaCursor(lone, &read));
    QVERIFY(viaQt(lone, &read));
}

QTEST_GUILESS_MAIN(TestJsonCursor)
#include "tst_jsoncursor.moc"
