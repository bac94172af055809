#include "httprequestparser.h"

#include <QByteArrayList>
#include <QDir>
#include <QStorageInfo>

#include <cstring>

namespace {
// RFC 9110 5.6.2: the characters of a token (method, header name).
bool isTokenChar(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return true;
    }
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        return true;
    }
    return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(const char* begin, const char* end)
{
    if (begin == end) {
        return false;
    }
    for (const char* p = begin; p != end; ++p) {
        if (!isTokenChar(static_cast<unsigned char>(*p))) {
            return false;
        }
    }
    return true;
}

// Whether the line that newline ends ends in CRLF (RFC 9112 2.2: a bare LF is refused here,
// since two parsers that disagree on line ends disagree on where a message ends).
bool endsInCrlf(const char* begin, const char* newline)
{
    return newline > begin && newline[-1] == '\r';
}

// RFC 9110 5.5: a field value is visible characters, obs-text, spaces and tabs; no other control.
bool isFieldValueChar(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

// The end of a CRLF line's content.
const char* contentEnd(const char* newline)
{
    return newline - 1;
}

QByteArray trimmed(const char* begin, const char* end)
{
    while (begin != end && (*begin == ' ' || *begin == '\t')) {
        ++begin;
    }
    while (end != begin && (end[-1] == ' ' || end[-1] == '\t')) {
        --end;
    }
    return QByteArray(begin, end - begin);
}

// A field line (RFC 9112 5): a token, a colon, a value of field-value characters.
bool isFieldLine(const char* begin, const char* end)
{
    const char* colon = static_cast<const char*>(std::memchr(begin, ':', end - begin));
    if (!colon || !isToken(begin, colon)) {
        return false;
    }
    for (const char* p = colon + 1; p != end; ++p) {
        if (!isFieldValueChar(static_cast<unsigned char>(*p))) {
            return false;
        }
    }
    return true;
}

QString bodyTooLarge(qint64 limit)
{
    return limit >= 1024 * 1024 ? QStringLiteral("a request body here is at most %1 MB").arg(limit >> 20)
                                : QStringLiteral("a request body here is at most %1 bytes").arg(limit);
}

// Each element of a comma-separated header value, trimmed and in lower case.
QList<QByteArray> listElements(const QByteArray& value)
{
    QList<QByteArray> elements;
    for (const QByteArray& part : value.split(',')) {
        const QByteArray element = part.trimmed().toLower();
        if (!element.isEmpty()) {
            elements.append(element);
        }
    }
    return elements;
}
} // namespace

HttpRequestParser::HttpRequestParser(const Limits& limits)
    : m_limits(limits)
{ }

bool HttpRequestParser::appendBody(const char* data, qint64 size)
{
    if (size <= 0) {
        return true;
    }
    m_bodySize += size;
    if (!m_request.bodyFile) {
        m_request.body.append(data, static_cast<qsizetype>(size));
        return true;
    }
    if (m_request.bodyFile->write(data, size) != size) {
        fail(507, QStringLiteral("the server cannot store the upload: %1").arg(m_request.bodyFile->errorString()));
        m_request.bodyFile.reset(); // removes the part written
        return false;
    }
    return true;
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString& text)
{
    m_request.bodyFile.reset(); // a spooled body of a failed request is of no use
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorText = text;
    return Status::Failed;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_state = State::Head;
    m_remaining = 0;
    m_bodySize = 0;
    m_headScanned = 0;
    m_trailerBytes = 0;
    m_haveRequestLine = false;
    m_expectContinue = false;
    m_partialHead = false;
    return request;
}

HttpRequestParser::Status HttpRequestParser::parse(const QByteArray& input, qsizetype* pos)
{
    const char* data = input.constData();
    const qsizetype size = input.size();
    for (;;) {
        switch (m_state) {
        case State::Head:
            if (const Status s = readHead(input, pos); s != Status::Ready) {
                return s;
            }
            break;
        case State::FixedBody: {
            const qint64 take = qMin<qint64>(m_remaining, size - *pos);
            if (!appendBody(data + *pos, take)) {
                return Status::Failed;
            }
            *pos += static_cast<qsizetype>(take);
            m_remaining -= take;
            if (m_remaining > 0) {
                return Status::NeedMore;
            }
            m_state = State::Done;
            break;
        }
        case State::ChunkSize: {
            const char* newline = static_cast<const char*>(std::memchr(data + *pos, '\n', size - *pos));
            if (!newline) {
                return size - *pos > 1024 ? fail(400, QStringLiteral("a chunk size line is too long"))
                                          : Status::NeedMore;
            }
            const char* p = data + *pos;
            if (!endsInCrlf(p, newline)) {
                return fail(400, QStringLiteral("a chunk size line does not end with CRLF"));
            }
            const char* end = contentEnd(newline);
            qint64 chunk = 0;
            int digits = 0;
            for (; p != end; ++p, ++digits) {
                const char c = *p;
                int v = -1;
                if (c >= '0' && c <= '9') {
                    v = c - '0';
                } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
                    v = (c | 0x20) - 'a' + 10;
                } else {
                    break;
                }
                if (chunk > (m_bodyLimit >> 4)) {
                    return fail(413, bodyTooLarge(m_bodyLimit));
                }
                chunk = chunk * 16 + v;
            }
            // RFC 9112 7.1.1: chunk-size [ BWS ";" chunk-ext ]: after the digits only blanks, then
            // an extension or nothing ("5 junk" is no size).
            while (p != end && (*p == ' ' || *p == '\t')) {
                ++p;
            }
            if (digits == 0 || (p != end && *p != ';')) {
                return fail(400, QStringLiteral("a chunk size is not a hexadecimal number"));
            }
            for (; p != end; ++p) {
                if (!isFieldValueChar(static_cast<unsigned char>(*p))) {
                    return fail(400, QStringLiteral("a chunk extension holds a control character"));
                }
            }
            if (m_bodySize + chunk > m_bodyLimit) {
                return fail(413, bodyTooLarge(m_bodyLimit));
            }
            *pos = newline - data + 1;
            m_remaining = chunk;
            m_state = chunk == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, size - *pos);
            if (!appendBody(data + *pos, take)) {
                return Status::Failed;
            }
            *pos += static_cast<qsizetype>(take);
            m_remaining -= take;
            if (m_remaining > 0) {
                return Status::NeedMore;
            }
            m_state = State::ChunkEnd;
            break;
        }
        case State::ChunkEnd:
            if (size - *pos >= 2 && data[*pos] == '\r' && data[*pos + 1] == '\n') {
                *pos += 2;
            } else if (size - *pos < 2 && (*pos == size || data[*pos] == '\r')) {
                return Status::NeedMore;
            } else {
                return fail(400, QStringLiteral("a chunk does not end with a line break"));
            }
            m_state = State::ChunkSize;
            break;
        case State::Trailer: {
            const char* newline = static_cast<const char*>(std::memchr(data + *pos, '\n', size - *pos));
            if (!newline) {
                return m_trailerBytes + (size - *pos) > m_limits.maxHead
                    ? fail(431, QStringLiteral("the request's trailer fields are too large"))
                    : Status::NeedMore;
            }
            const char* line = data + *pos;
            const qsizetype length = newline - line + 1;
            if (!endsInCrlf(line, newline)) {
                return fail(400, QStringLiteral("a trailer line does not end with CRLF"));
            }
            m_trailerBytes += length;
            *pos += length;
            if (contentEnd(newline) == line) {
                m_state = State::Done; // trailer fields are checked like header fields, then ignored
            } else if (m_trailerBytes > m_limits.maxHead) {
                return fail(431, QStringLiteral("the request's trailer fields are too large"));
            } else if (!isFieldLine(line, contentEnd(newline))) {
                return fail(400, QStringLiteral("a trailer line is not \"Name: value\""));
            }
            break;
        }
        case State::Done:
            if (m_request.bodyFile && !m_request.bodyFile->flush()) {
                return fail(507, QStringLiteral("the server cannot store the upload: %1")
                                     .arg(m_request.bodyFile->errorString()));
            }
            return Status::Ready;
        case State::Failed:
            return Status::Failed;
        }
    }
}

HttpRequestParser::Status HttpRequestParser::readHead(const QByteArray& input, qsizetype* pos)
{
    const char* data = input.constData();
    const qsizetype size = input.size();
    if (!m_haveRequestLine && m_headScanned == 0) {
        // RFC 9112 2.2: empty lines before a request line are ignored.
        while (*pos < size) {
            if (data[*pos] == '\r' && *pos + 1 < size && data[*pos + 1] == '\n') {
                *pos += 2;
            } else {
                break;
            }
        }
    }
    for (;;) {
        const char* line = data + *pos + m_headScanned;
        const char* newline = static_cast<const char*>(std::memchr(line, '\n', data + size - line));
        if (!newline) {
            m_partialHead = size > *pos;
            if (size - *pos > m_limits.maxHead) {
                return m_haveRequestLine ? fail(431, QStringLiteral("the request's header fields are too large"))
                                         : fail(414, QStringLiteral("the request target is too long"));
            }
            return Status::NeedMore;
        }
        m_partialHead = true;
        m_headScanned = newline - (data + *pos) + 1;
        if (m_headScanned > m_limits.maxHead) {
            return m_haveRequestLine ? fail(431, QStringLiteral("the request's header fields are too large"))
                                     : fail(414, QStringLiteral("the request target is too long"));
        }
        if (!endsInCrlf(line, newline)) {
            return fail(400,
                        QStringLiteral("a line of the request ends with a bare LF (HTTP/1.1 lines end with CRLF)"));
        }
        const char* end = contentEnd(newline);
        if (!m_haveRequestLine) {
            if (!parseRequestLine(line, end)) {
                return Status::Failed;
            }
            m_haveRequestLine = true;
            continue;
        }
        if (end == line) {
            *pos += m_headScanned;
            m_headScanned = 0;
            m_partialHead = false;
            return prepareBody() ? Status::Ready : Status::Failed;
        }
        if (!parseHeaderLine(line, end)) {
            return Status::Failed;
        }
    }
}

bool HttpRequestParser::parseRequestLine(const char* begin, const char* end)
{
    const char* space1 = static_cast<const char*>(std::memchr(begin, ' ', end - begin));
    const char* space2 = space1 ? static_cast<const char*>(std::memchr(space1 + 1, ' ', end - space1 - 1)) : nullptr;
    if (!space2 || !isToken(begin, space1) || space2 == space1 + 1) {
        fail(400, QStringLiteral("the request line is not \"METHOD TARGET HTTP/1.1\""));
        return false;
    }
    const QByteArray version(space2 + 1, end - space2 - 1);
    if (version == "HTTP/1.1" || version == "HTTP/1.0") {
        m_request.minorVersion = version.at(7) - '0';
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.') {
        fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are served here"));
        return false;
    } else {
        fail(400, QStringLiteral("the request line is not \"METHOD TARGET HTTP/1.1\""));
        return false;
    }
    for (const char* p = space1 + 1; p != space2; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c <= 0x20 || c >= 0x7f) {
            fail(400, QStringLiteral("the request target holds a character that must be percent-encoded"));
            return false;
        }
    }
    m_request.method = QByteArray(begin, space1 - begin);
    m_request.target = QByteArray(space1 + 1, space2 - space1 - 1);

    QByteArray originForm = m_request.target;
    if (originForm.startsWith('/')) {
        // origin-form, the usual one
    } else if (originForm == "*") {
        m_request.path = originForm;
        return true;
    } else {
        const qsizetype scheme = originForm.indexOf("://");
        const QByteArray name = originForm.left(scheme).toLower();
        if (scheme <= 0 || (name != "http" && name != "https")) {
            fail(400, QStringLiteral("the request target is neither a path nor an http(s) URL"));
            return false;
        }
        // absolute-form (sent to proxies, accepted by servers): keep the path and query.
        const qsizetype slash = originForm.indexOf('/', scheme + 3);
        const qsizetype question = originForm.indexOf('?', scheme + 3);
        if (slash >= 0 && (question < 0 || slash < question)) {
            originForm = originForm.mid(slash);
        } else {
            originForm = '/' + (question >= 0 ? originForm.mid(question) : QByteArray());
        }
    }
    const qsizetype hash = originForm.indexOf('#');
    if (hash >= 0) {
        originForm.truncate(hash);
    }
    const qsizetype question = originForm.indexOf('?');
    m_request.path = question >= 0 ? originForm.left(question) : originForm;
    m_request.query = question >= 0 ? originForm.mid(question + 1) : QByteArray();
    return true;
}

bool HttpRequestParser::parseHeaderLine(const char* begin, const char* end)
{
    if (*begin == ' ' || *begin == '\t') {
        fail(400, QStringLiteral("folded header lines are not accepted"));
        return false;
    }
    const char* colon = static_cast<const char*>(std::memchr(begin, ':', end - begin));
    if (!colon || !isToken(begin, colon)) {
        fail(400, QStringLiteral("a header line is not \"Name: value\""));
        return false;
    }
    for (const char* p = colon + 1; p != end; ++p) {
        if (!isFieldValueChar(static_cast<unsigned char>(*p))) {
            fail(400, QStringLiteral("a header value holds a control character"));
            return false;
        }
    }
    if (static_cast<int>(m_request.headers.size()) >= m_limits.maxHeaders) {
        fail(431, QStringLiteral("a request has at most %1 header fields").arg(m_limits.maxHeaders));
        return false;
    }
    m_request.headers.emplace_back(QByteArray(begin, colon - begin), trimmed(colon + 1, end));
    return true;
}

bool HttpRequestParser::prepareBody()
{
    bool haveLength = false;
    qint64 length = 0;
    bool haveCoding = false;
    bool chunked = false;
    bool haveHost = false;
    HttpRequest& r = m_request;
    r.keepAlive = r.minorVersion == 1;
    for (const auto& [name, value] : r.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = !value.isEmpty() && value.size() <= 18;
            for (const char c : value) {
                ok = ok && c >= '0' && c <= '9';
            }
            const qint64 v = ok ? value.toLongLong(&ok) : -1;
            if (!ok || (haveLength && v != length)) {
                fail(400, QStringLiteral("the Content-Length header is not one decimal number"));
                return false;
            }
            haveLength = true;
            length = v;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            for (const QByteArray& coding : listElements(value)) {
                if (coding != "chunked" || chunked) {
                    fail(501,
                         QStringLiteral("the transfer coding \"%1\" is not supported (only chunked is)")
                             .arg(QString::fromLatin1(coding)));
                    return false;
                }
                chunked = true;
            }
            haveCoding = true;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            for (const QByteArray& option : listElements(value)) {
                if (option == "close") {
                    r.keepAlive = false;
                } else if (option == "keep-alive" && r.minorVersion == 0) {
                    r.keepAlive = true;
                }
            }
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            m_expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        } else if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            if (haveHost) {
                // RFC 9112 3.2: more than one Host is refused (which one a proxy used is unknown).
                fail(400, QStringLiteral("a request names its Host once"));
                return false;
            }
            haveHost = true;
        }
    }
    if (r.minorVersion == 1 && !haveHost) {
        fail(400, QStringLiteral("an HTTP/1.1 request must name its Host"));
        return false;
    }
    if (haveCoding && (haveLength || r.minorVersion == 0 || !chunked)) {
        fail(400,
             haveLength ? QStringLiteral("a request cannot have both Content-Length and Transfer-Encoding")
                        : QStringLiteral("Transfer-Encoding must end in chunked, in HTTP/1.1"));
        return false;
    }
    // The route decides before a byte of the body is read (or 100 Continue sent); past the
    // server's own limit nothing needs deciding.
    m_bodyLimit = m_limits.maxBody;
    if (length > m_bodyLimit) {
        fail(413, bodyTooLarge(m_bodyLimit));
        return false;
    }
    bool spool = false;
    if ((chunked || length > 0) && m_limits.inspectHead) {
        const HttpHeadDecision decision = m_limits.inspectHead(r, m_secure, m_peer);
        if (decision.status != 0) {
            fail(decision.status, decision.text);
            return false;
        }
        m_bodyLimit = qMin(m_bodyLimit, decision.maxBody);
        spool = decision.spool;
    }
    if (length > m_bodyLimit) {
        fail(413, bodyTooLarge(m_bodyLimit));
        return false;
    }
    if (spool) {
        const QString folder = m_limits.spoolFolder.isEmpty() ? QDir::tempPath() : m_limits.spoolFolder;
        const std::shared_ptr<std::atomic<int>> counter = m_limits.spools;
        const int others = counter ? counter->fetch_add(1) : 0;
        if (counter && others >= m_limits.maxSpools) {
            counter->fetch_sub(1);
            fail(503, QStringLiteral("the server takes %1 uploads at a time; try again shortly").arg(m_limits.maxSpools));
            return false;
        }
        // The file counts until the last holder lets it go (answered, or the client gone).
        std::shared_ptr<QTemporaryFile> file(
            new QTemporaryFile(QDir(folder).filePath(QStringLiteral("phonefleet-upload-XXXXXX"))),
            [counter](QTemporaryFile* f) {
                delete f;
                if (counter) {
                    counter->fetch_sub(1);
                }
            });
        const qint64 size = chunked ? m_bodyLimit : length;
        const QStorageInfo disk(folder);
        if (disk.isValid() && disk.bytesAvailable() >= 0
            && disk.bytesAvailable() < size + m_limits.spoolReserveBytes + others * m_bodyLimit) {
            fail(507, QStringLiteral("the server's disk has no room for an upload of this size now"));
            return false;
        }
        // QTemporaryFile creates it owner-only (0600).
        if (!file->open()) {
            fail(507, QStringLiteral("the server cannot store an upload now: %1").arg(file->errorString()));
            return false;
        }
        r.bodyFile = std::move(file);
    }
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (length > 0) {
        if (!spool) {
            r.body.reserve(static_cast<qsizetype>(qMin<qint64>(length, 1024 * 1024)));
        }
        m_remaining = length;
        m_state = State::FixedBody;
    } else {
        m_state = State::Done;
    }
    return true;
}
