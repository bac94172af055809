// Differential fuzz target: the same bytes to phonefleetd's HTTP/1.1 reader and to the
// reference parser Debian ships (libhttp-parser, nodejs/http-parser 2.9, test-only). Request
// smuggling is two parsers seeing different message boundaries in one stream, so wherever both
// read a request, they must agree on where it ends, its method, target and body. Either one
// refusing input the other takes is not a disagreement on boundaries (ours is the stricter,
// and the connection closes after a refusal); one finishing a request the other is still
// reading is (but see below for a head the reference ends at a bare CR).
#include "fuzzinput.h"
#include "httprequestparser.h"

#include <http_parser.h>

#include <vector>

namespace {
struct Message
{
    qsizetype end = 0; // offset just past the message
    QByteArray method;
    QByteArray target;
    QByteArray body;
};

struct Reading
{
    std::vector<Message> messages;
    bool failed = false;
    bool upgrade = false; // the reference stops reading HTTP after CONNECT or Upgrade
    bool inBody = false;  // ours: at the end of the input, taking a request's body bytes
};

Reading ours(const QByteArray& input)
{
    Reading out;
    HttpRequestLimits limits;
    limits.maxHead = 80 * 1024; // HTTP_MAX_HEADER_SIZE of the reference
    limits.maxHeaders = 1000;
    limits.maxBody = 1024 * 1024;
    HttpRequestParser parser(limits);
    qsizetype pos = 0;
    for (;;) {
        const HttpRequestParser::Status status = parser.parse(input, &pos);
        if (status == HttpRequestParser::Status::Failed) {
            out.failed = true;
            return out;
        }
        if (status == HttpRequestParser::Status::NeedMore) {
            out.inBody = parser.isReadingBodyBytes();
            return out;
        }
        const HttpRequest r = parser.takeRequest();
        out.messages.push_back({pos, r.method, r.target, r.body});
    }
}

struct ReferenceState
{
    Message current;
};

int onUrl(http_parser* p, const char* at, size_t length)
{
    static_cast<ReferenceState*>(p->data)->current.target.append(at, static_cast<qsizetype>(length));
    return 0;
}

int onBody(http_parser* p, const char* at, size_t length)
{
    static_cast<ReferenceState*>(p->data)->current.body.append(at, static_cast<qsizetype>(length));
    return 0;
}

int onMessageComplete(http_parser* p)
{
    // Pausing makes http_parser_execute return right after this message's last byte.
    http_parser_pause(p, 1);
    return 0;
}

Reading reference(const QByteArray& input)
{
    Reading out;
    http_parser_settings settings;
    http_parser_settings_init(&settings);
    settings.on_url = onUrl;
    settings.on_body = onBody;
    settings.on_message_complete = onMessageComplete;
    http_parser parser;
    http_parser_init(&parser, HTTP_REQUEST);
    ReferenceState state;
    parser.data = &state;
    qsizetype pos = 0;
    while (pos < input.size()) {
        const size_t used = http_parser_execute(&parser, &settings, input.constData() + pos,
                                                static_cast<size_t>(input.size() - pos));
        pos += static_cast<qsizetype>(used);
        const http_errno error = HTTP_PARSER_ERRNO(&parser);
        if (error == HPE_PAUSED) {
            state.current.end = pos;
            state.current.method = http_method_str(static_cast<http_method>(parser.method));
            out.messages.push_back(state.current);
            state.current = Message();
            http_parser_pause(&parser, 0);
            if (parser.upgrade) {
                out.upgrade = true;
                return out;
            }
            continue;
        }
        if (error != HPE_OK) {
            out.failed = true;
            return out;
        }
        if (parser.upgrade) {
            out.upgrade = true;
            return out;
        }
        if (used == 0) {
            break;
        }
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput in(data, size);
    const QByteArray input = in.rest();
    const Reading a = ours(input);
    const Reading b = reference(input);
    const size_t both = qMin(a.messages.size(), b.messages.size());
    for (size_t i = 0; i < both; ++i) {
        FUZZ_CHECK(a.messages[i].end == b.messages[i].end);
        FUZZ_CHECK(a.messages[i].method == b.messages[i].method);
        FUZZ_CHECK(a.messages[i].target == b.messages[i].target);
        FUZZ_CHECK(a.messages[i].body == b.messages[i].body);
    }
    // One read a request whole where the other, without refusing, is still waiting for the rest
    // of it: they disagree on where it ends.
    if (a.messages.size() > b.messages.size() && !b.failed && !b.upgrade) {
        fuzzFailure("ours finished a request the reference is still reading");
    }
    // The other way round only counts while ours takes counted body bytes: the reference (built
    // without HTTP_PARSER_STRICT) ends a head, a chunk-size line or a trailer section at a bare
    // CR, where ours waits for the line to end and then refuses it. Ours waiting for body bytes
    // the reference does not expect, though, is the classic desync (the next request read as
    // this one's body).
    if (b.messages.size() > a.messages.size() && !a.failed && a.inBody) {
        fuzzFailure("the reference finished a request whose body ours is still reading");
    }
    return 0;
}
