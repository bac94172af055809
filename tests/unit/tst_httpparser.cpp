// phonefleetd's HTTP/1.1 request reader: framing, limits and every refusal, and that input
// split anywhere reads the same as input in one piece.
#include "httprequestparser.h"

#include <QRandomGenerator>
#include <QtTest>

namespace {
struct Parsed
{
    QVector<HttpRequest> requests;
    HttpRequestParser::Status last = HttpRequestParser::Status::NeedMore;
    int errorStatus = 0;
    QString errorText;
};

// Feeds the input in pieces of `step` bytes (0: all at once), as a connection would.
Parsed parseAll(const QByteArray& input, int step = 0, const HttpRequestParser::Limits& limits = {})
{
    HttpRequestParser parser(limits);
    Parsed out;
    QByteArray buffer;
    qsizetype pos = 0;
    qsizetype fed = 0;
    for (;;) {
        const qsizetype take = step <= 0 ? input.size() - fed : qMin<qsizetype>(step, input.size() - fed);
        buffer += input.mid(fed, take);
        fed += take;
        for (;;) {
            out.last = parser.parse(buffer, &pos);
            if (out.last != HttpRequestParser::Status::Ready) {
                break;
            }
            out.requests.append(parser.takeRequest());
        }
        if (out.last == HttpRequestParser::Status::Failed) {
            out.errorStatus = parser.errorStatus();
            out.errorText = parser.errorText();
            return out;
        }
        if (fed == input.size()) {
            return out;
        }
    }
}

int failureOf(const QByteArray& input, const HttpRequestParser::Limits& limits = {})
{
    const Parsed p = parseAll(input, 0, limits);
    return p.last == HttpRequestParser::Status::Failed ? p.errorStatus : 0;
}
} // namespace

class TestHttpParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAGet();
    void readsBodies();
    void readsTheSameInAnyPieces();
    void pipelinedRequestsComeOneByOne();
    void connectionPersistence();
    void targetForms();
    void expectContinue();
    void refusals_data();
    void refusals();
    void limits();
    void randomInputEndsCleanly();
};

void TestHttpParser::readsAGet()
{
    const Parsed p = parseAll("GET /configfiles/00908F1A2B01.cfg?x=%2F1 HTTP/1.1\r\nHost: pf\r\n"
                              "Authorization:   Basic YTpi  \r\nIf-None-Match: \"e1\"\r\n\r\n");
    QCOMPARE(p.requests.size(), 1);
    const HttpRequest& r = p.requests.first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.target, QByteArray("/configfiles/00908F1A2B01.cfg?x=%2F1"));
    QCOMPARE(r.path, QByteArray("/configfiles/00908F1A2B01.cfg"));
    QCOMPARE(r.query, QByteArray("x=%2F1"));
    QCOMPARE(r.minorVersion, 1);
    QCOMPARE(r.header("authorization"), QByteArray("Basic YTpi")); // trimmed, found in any case
    QCOMPARE(r.header("IF-NONE-MATCH"), QByteArray("\"e1\""));
    QVERIFY(r.header("Cookie").isEmpty());
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.keepAlive);
    QCOMPARE(p.last, HttpRequestParser::Status::NeedMore); // waiting for the next one
}

void TestHttpParser::readsBodies()
{
    const Parsed fixed = parseAll("POST /a HTTP/1.1\r\nHost: pf\r\nContent-Length: 11\r\n\r\nhello world");
    QCOMPARE(fixed.requests.size(), 1);
    QCOMPARE(fixed.requests.first().body, QByteArray("hello world"));

    const Parsed chunked = parseAll("POST /a HTTP/1.1\r\nHost: pf\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nTrailer-Field: x\r\n\r\n");
    QCOMPARE(chunked.requests.size(), 1);
    QCOMPARE(chunked.requests.first().body, QByteArray("hello world"));

    // A chunk size may be followed by blanks before its extension; a trailer field is read.
    const Parsed blanks = parseAll("POST /a HTTP/1.1\r\nHost: pf\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "5 \t;x=\"y z\"\r\nhello\r\n0\r\nExpires: never\r\n\r\n");
    QCOMPARE(blanks.requests.size(), 1);
    QCOMPARE(blanks.requests.first().body, QByteArray("hello"));

    const Parsed empty = parseAll("POST /a HTTP/1.1\r\nHost: pf\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(empty.requests.size(), 1);
    QVERIFY(empty.requests.first().body.isEmpty());
}

void TestHttpParser::readsTheSameInAnyPieces()
{
    const QByteArray input = "\r\nPOST /rest/v1/ipphoneMgrStatus/keep-alive HTTP/1.1\r\nHost: pf\r\n"
                             "Content-Type: application/json\r\nContent-Length: 17\r\n\r\n{\"mac\":\"00908F\"}\n"
                             "PUT /b HTTP/1.1\r\nHost: pf\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "3\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n"
                             "GET /c HTTP/1.0\r\n\r\n";
    const Parsed whole = parseAll(input);
    QCOMPARE(whole.requests.size(), 3);
    for (int step = 1; step <= 23; ++step) {
        const Parsed pieces = parseAll(input, step);
        QCOMPARE(pieces.requests.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(pieces.requests.at(i).method, whole.requests.at(i).method);
            QCOMPARE(pieces.requests.at(i).target, whole.requests.at(i).target);
            QCOMPARE(pieces.requests.at(i).body, whole.requests.at(i).body);
            QCOMPARE(pieces.requests.at(i).headers, whole.requests.at(i).headers);
        }
    }
    QCOMPARE(whole.requests.at(1).body, QByteArray("abc0123456789abcdef"));
    QCOMPARE(whole.requests.at(2).minorVersion, 0);
}

void TestHttpParser::pipelinedRequestsComeOneByOne()
{
    HttpRequestParser parser;
    const QByteArray input = "GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\nGET /3 HT";
    qsizetype pos = 0;
    QCOMPARE(parser.parse(input, &pos), HttpRequestParser::Status::Ready);
    QCOMPARE(parser.takeRequest().path, QByteArray("/1"));
    QVERIFY(!parser.isMidRequest());
    QCOMPARE(parser.parse(input, &pos), HttpRequestParser::Status::Ready);
    QCOMPARE(parser.takeRequest().path, QByteArray("/2"));
    QCOMPARE(parser.parse(input, &pos), HttpRequestParser::Status::NeedMore);
    QVERIFY(parser.isMidRequest()); // part of the third one is in
}

void TestHttpParser::connectionPersistence()
{
    auto keepAlive = [](const QByteArray& version, const QByteArray& connection) {
        QByteArray input = "GET / " + version + "\r\nHost: a\r\n";
        if (!connection.isEmpty()) {
            input += "Connection: " + connection + "\r\n";
        }
        const Parsed p = parseAll(input + "\r\n");
        return p.requests.size() == 1 && p.requests.first().keepAlive;
    };
    QVERIFY(keepAlive("HTTP/1.1", {}));
    QVERIFY(!keepAlive("HTTP/1.1", "close"));
    QVERIFY(!keepAlive("HTTP/1.1", "TE, Close"));
    QVERIFY(!keepAlive("HTTP/1.0", {}));
    QVERIFY(keepAlive("HTTP/1.0", "Keep-Alive"));
}

void TestHttpParser::targetForms()
{
    const Parsed absolute = parseAll("GET http://pf.example.org:8080/ipp/x.cfg?a=1#frag HTTP/1.1\r\nHost: pf\r\n\r\n");
    QCOMPARE(absolute.requests.size(), 1);
    QCOMPARE(absolute.requests.first().path, QByteArray("/ipp/x.cfg"));
    QCOMPARE(absolute.requests.first().query, QByteArray("a=1"));

    const Parsed bare = parseAll("GET HTTPS://pf.example.org HTTP/1.1\r\nHost: pf\r\n\r\n");
    QCOMPARE(bare.requests.first().path, QByteArray("/"));

    const Parsed star = parseAll("OPTIONS * HTTP/1.1\r\nHost: pf\r\n\r\n");
    QCOMPARE(star.requests.first().path, QByteArray("*"));

    // Percent-encoding stays as sent: the file service decides what a path means.
    const Parsed encoded = parseAll("GET /configfiles/%2e%2e/%252e%252e/x%00.cfg HTTP/1.1\r\nHost: pf\r\n\r\n");
    QCOMPARE(encoded.requests.first().path, QByteArray("/configfiles/%2e%2e/%252e%252e/x%00.cfg"));
}

void TestHttpParser::expectContinue()
{
    HttpRequestParser parser;
    QByteArray input = "PUT /api/v1/x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n";
    qsizetype pos = 0;
    QCOMPARE(parser.parse(input, &pos), HttpRequestParser::Status::NeedMore);
    QVERIFY(parser.expectsContinue());
    input += "ab";
    QCOMPARE(parser.parse(input, &pos), HttpRequestParser::Status::NeedMore);
    QVERIFY(!parser.expectsContinue()); // the body has started: no 100 any more
    input += "cd";
    QCOMPARE(parser.parse(input, &pos), HttpRequestParser::Status::Ready);
    QCOMPARE(parser.takeRequest().body, QByteArray("abcd"));
}

void TestHttpParser::refusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    const QByteArray host = "Host: a\r\n";
    QTest::newRow("no Host in 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("both lengths") << QByteArray("POST / HTTP/1.1\r\n" + host
                                                + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                  << 400;
    QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\n" + host
                                               + "Content-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                 << 400;
    QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: +3\r\n\r\n") << 400;
    QTest::newRow("gzip coding") << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n\r\n") << 501;
    QTest::newRow("chunked twice") << QByteArray("POST / HTTP/1.1\r\n" + host
                                                 + "Transfer-Encoding: chunked, chunked\r\n\r\n")
                                   << 501;
    QTest::newRow("coding in 1.0") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n" + host + "\r\n") << 505;
    QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x01\x01\xfc\x03\x03\r\n\r\n") << 400;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("tab in target") << QByteArray("GET /a\tb HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("NUL in target") << QByteArray("GET /a\0b HTTP/1.1\r\n", 20) + host + "\r\n" << 400;
    QTest::newRow("non-ASCII target") << QByteArray("GET /caf\xc3\xa9 HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("relative target") << QByteArray("GET configfiles/x HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("other scheme") << QByteArray("GET file:///etc/passwd HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: 1\r\n  2\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\n" + host + "Content-Length : 0\r\n\r\n")
                                        << 400;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\n" + host + "Nonsense\r\n\r\n") << 400;
    QTest::newRow("bare CR in value") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: 1\r2\r\n\r\n") << 400;
    // RFC 9112, strictly (issue 20): each of these is read differently by some other parser.
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 400;
    QTest::newRow("bare LF after CRLF head") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: 1\n\r\n") << 400;
    QTest::newRow("bare LF blank line") << QByteArray("GET / HTTP/1.1\r\n" + host + "\n") << 400;
    QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\n" + host + "Host: b\r\n\r\n") << 400;
    QTest::newRow("ESC in value") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: \x1b[2J\r\n\r\n") << 400;
    QTest::newRow("DEL in value") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\x7f\r\n\r\n") << 400;
    QTest::newRow("BEL in value") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\x07\r\n\r\n") << 400;
    QTest::newRow("junk after chunk size")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n5 junk\r\nhello\r\n") << 400;
    QTest::newRow("chunk size bare LF") << QByteArray("POST / HTTP/1.1\r\n" + host
                                                      + "Transfer-Encoding: chunked\r\n\r\n5\nhello\r\n")
                                        << 400;
    QTest::newRow("chunk data bare LF") << QByteArray("POST / HTTP/1.1\r\n" + host
                                                      + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\n0\r\n\r\n")
                                        << 400;
    QTest::newRow("control in chunk extension")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n5;a\x01\r\nhello\r\n") << 400;
    QTest::newRow("trailer without colon")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n0\r\nnonsense\r\n\r\n") << 400;
    QTest::newRow("trailer bare LF") << QByteArray("POST / HTTP/1.1\r\n" + host
                                                   + "Transfer-Encoding: chunked\r\n\r\n0\r\nA: b\n\r\n")
                                     << 400;
    QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\n" + host
                                                  + "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << 400;
    QTest::newRow("chunk without CRLF") << QByteArray("POST / HTTP/1.1\r\n" + host
                                                      + "Transfer-Encoding: chunked\r\n\r\n1\r\nab\r\n")
                                        << 400;
}

void TestHttpParser::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    const Parsed p = parseAll(input);
    QCOMPARE(p.last, HttpRequestParser::Status::Failed);
    QCOMPARE(p.errorStatus, status);
    QVERIFY(!p.errorText.isEmpty());
    QVERIFY(p.requests.isEmpty());
}

void TestHttpParser::limits()
{
    HttpRequestParser::Limits small;
    small.maxHead = 256;
    small.maxHeaders = 4;
    small.maxBody = 10;
    QCOMPARE(failureOf("GET /" + QByteArray(300, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n", small), 414);
    QCOMPARE(failureOf("GET / HTTP/1.1\r\nHost: a\r\nX-A: " + QByteArray(300, 'a') + "\r\n\r\n", small), 431);
    QCOMPARE(failureOf("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\n\r\n", small), 431);
    QCOMPARE(failureOf("GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 1\r\nC: 1\r\n\r\n", small), 0);
    QCOMPARE(failureOf("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", small), 413);
    QCOMPARE(failureOf("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789", small), 0);
    QCOMPARE(failureOf("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n012345\r\n5\r\n", small),
             413);
    QCOMPARE(
        failureOf("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n", small),
        413);
    // A head that never ends is refused once it passes the limit, not read forever.
    QCOMPARE(failureOf("GET / HTTP/1.1\r\nHost: a\r\nX-A: " + QByteArray(1000, 'a'), small), 431);
}

void TestHttpParser::randomInputEndsCleanly()
{
    // Mutations of valid requests: every outcome is a request, a refusal or a wait for more,
    // never a crash or a read past the input (the sanitizer builds check the latter).
    const QByteArray seed = "POST /a?b HTTP/1.1\r\nHost: pf\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "4\r\nwxyz\r\n0\r\n\r\nGET /c HTTP/1.1\r\nHost: pf\r\nContent-Length: 2\r\n\r\nok";
    QRandomGenerator random(20261201);
    int ready = 0;
    int failed = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray input = seed;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(static_cast<int>(input.size()));
            switch (random.bounded(3)) {
            case 0:
                input[at] = static_cast<char>(random.bounded(256));
                break;
            case 1:
                input.remove(at, 1 + random.bounded(3));
                break;
            default:
                input.insert(at, "\r\n: ;0\0"[random.bounded(7)]);
                break;
            }
        }
        const Parsed p = parseAll(input, 1 + random.bounded(40));
        ready += p.requests.size();
        failed += p.last == HttpRequestParser::Status::Failed;
        if (p.last == HttpRequestParser::Status::Failed) {
            QVERIFY(p.errorStatus >= 400 && p.errorStatus < 600);
        }
    }
    QVERIFY(ready > 0);
    QVERIFY(failed > 0);
}

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
