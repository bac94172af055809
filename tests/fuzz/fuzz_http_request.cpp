// Fuzz target: any bytes as the input of one connection to phonefleetd's HTTP/1.1 reader.
// Invariants: the input read in one piece and read in pieces (sizes chosen by the input's first
// bytes) gives the same requests and the same failure; no request breaks a limit; every request
// it reads, written out again in canonical form, reads back as the same request; the client an
// X-Forwarded-For header names is an address or none.
#include "fuzzinput.h"
#include "httprequestparser.h"

#include <vector>

namespace {
struct Outcome
{
    std::vector<HttpRequest> requests;
    HttpRequestParser::Status last = HttpRequestParser::Status::NeedMore;
    int errorStatus = 0;
};

HttpRequestLimits limits()
{
    HttpRequestLimits l;
    l.maxHead = 2048;
    l.maxHeaders = 16;
    l.maxBody = 4096;
    // Routes decide at the head: one refuses every body, one takes a little more.
    l.inspectHead = [](const HttpRequest& head, bool, const QHostAddress&) {
        HttpHeadDecision d;
        d.maxBody = 1024;
        if (head.path.startsWith("/no")) {
            d.status = 405;
            d.text = QStringLiteral("no body here");
        } else if (head.path.startsWith("/big")) {
            d.maxBody = 4096;
        } else if (head.path.startsWith("/spool")) {
            d.maxBody = 4096;
            d.spool = true; // to a temporary file, as uploads are
        }
        return d;
    };
    return l;
}

qint64 limitFor(const HttpRequest& r)
{
    return r.path.startsWith("/big") || r.path.startsWith("/spool") ? 4096 : 1024;
}

// The body, wherever the reader put it.
QByteArray bodyOf(const HttpRequest& r)
{
    if (!r.bodyFile) {
        return r.body;
    }
    FUZZ_CHECK(r.body.isEmpty());
    FUZZ_CHECK(r.bodyFile->seek(0));
    return r.bodyFile->readAll();
}

// Feeds the input as a connection would: appended piece by piece, the parser called until it
// needs more, each request taken as soon as it is ready.
Outcome read(const QByteArray& input, const std::vector<qsizetype>& pieces)
{
    Outcome out;
    HttpRequestParser parser(limits());
    QByteArray buffer;
    qsizetype pos = 0;
    qsizetype fed = 0;
    size_t next = 0;
    while (fed < input.size()) {
        const qsizetype n = next < pieces.size() ? qMin(pieces[next++], input.size() - fed) : input.size() - fed;
        buffer.append(input.constData() + fed, n);
        fed += n;
        for (;;) {
            const qsizetype before = pos;
            out.last = parser.parse(buffer, &pos);
            FUZZ_CHECK(pos >= before && pos <= buffer.size());
            if (out.last == HttpRequestParser::Status::Failed) {
                out.errorStatus = parser.errorStatus();
                FUZZ_CHECK(out.errorStatus >= 400 && out.errorStatus < 600);
                FUZZ_CHECK(!parser.errorText().isEmpty());
                return out;
            }
            if (out.last == HttpRequestParser::Status::NeedMore) {
                break; // (a partial head stays in the buffer, unconsumed, until it is whole)
            }
            out.requests.push_back(parser.takeRequest());
        }
    }
    return out;
}

// withSpool: also whether the body went to a file (an empty chunked body is spooled, the same
// request written with no body is not).
bool same(const HttpRequest& a, const HttpRequest& b, bool withSpool = true)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.query == b.query
        && a.minorVersion == b.minorVersion && a.headers == b.headers && bodyOf(a) == bodyOf(b)
        && a.keepAlive == b.keepAlive && (!withSpool || bool(a.bodyFile) == bool(b.bodyFile));
}

bool isFraming(const QByteArray& name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0;
}

// The request as a client would send it with a Content-Length body, every other header kept.
QByteArray canonical(const HttpRequest& r)
{
    QByteArray out = r.method + ' ' + r.target + " HTTP/1." + QByteArray::number(r.minorVersion) + "\r\n";
    for (const auto& h : r.headers) {
        if (!isFraming(h.first)) {
            out += h.first + ": " + h.second + "\r\n";
        }
    }
    const QByteArray body = bodyOf(r);
    if (!body.isEmpty()) {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return out + "\r\n" + body;
}

void checkRequest(const HttpRequest& r)
{
    FUZZ_CHECK(!r.method.isEmpty());
    FUZZ_CHECK(r.path.startsWith('/') || r.path == "*");
    FUZZ_CHECK(r.minorVersion == 0 || r.minorVersion == 1);
    FUZZ_CHECK(bodyOf(r).size() <= limitFor(r));
    // Spooled exactly when the route asked, and only with a body to spool.
    FUZZ_CHECK(!r.bodyFile || r.path.startsWith("/spool"));
    FUZZ_CHECK(static_cast<int>(r.headers.size()) <= limits().maxHeaders);
    for (const auto& h : r.headers) {
        FUZZ_CHECK(!h.first.isEmpty());
        for (const char c : h.first + h.second) {
            FUZZ_CHECK(c != '\r' && c != '\n' && c != '\0');
        }
        // Values are stored without the blanks around them.
        FUZZ_CHECK(!h.second.startsWith(' ') && !h.second.endsWith(' '));
        FUZZ_CHECK(!h.second.startsWith('\t') && !h.second.endsWith('\t'));
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput in(data, size);
    // The first byte says how many piece sizes follow (each one byte, 0 meaning 1).
    std::vector<qsizetype> pieces;
    for (int n = in.byte() % 8; n > 0; --n) {
        pieces.push_back(qMax<qsizetype>(1, in.byte()));
    }
    const QByteArray input = in.rest();

    const Outcome whole = read(input, {});
    const Outcome split = read(input, pieces);
    FUZZ_CHECK(whole.requests.size() == split.requests.size());
    for (size_t i = 0; i < whole.requests.size(); ++i) {
        FUZZ_CHECK(same(whole.requests[i], split.requests[i]));
    }
    FUZZ_CHECK(whole.last == split.last);
    FUZZ_CHECK(whole.errorStatus == split.errorStatus);

    for (const HttpRequest& r : whole.requests) {
        checkRequest(r);
        // What a trusted proxy's header names is an address, in the form that reads back as itself.
        const QHostAddress forwarded = r.forwardedClient();
        if (!forwarded.isNull()) {
            FUZZ_CHECK(QHostAddress(forwarded.toString()) == forwarded);
            FUZZ_CHECK(!forwarded.toString().contains(u','));
        }
        // A request the reader accepted, written canonically, reads back as itself (a 100 KiB
        // head would not, and is not canonical input either).
        const Outcome again = read(canonical(r), {});
        if (again.requests.size() != 1 && again.errorStatus == 431) {
            continue;
        }
        FUZZ_CHECK(again.requests.size() == 1);
        HttpRequest expected = r;
        HttpRequest got = again.requests.front();
        const auto stripFraming = [](HttpRequest::Headers h) {
            HttpRequest::Headers out;
            for (auto& f : h) {
                if (!isFraming(f.first)) {
                    out.push_back(std::move(f));
                }
            }
            return out;
        };
        expected.headers = stripFraming(expected.headers);
        got.headers = stripFraming(got.headers);
        FUZZ_CHECK(same(expected, got, false));
    }
    return 0;
}
