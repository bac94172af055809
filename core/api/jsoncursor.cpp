#include "jsoncursor.h"

#include <cstring>

namespace {
constexpr size_t maxDepth = 512; // deeper documents are refused, not recursed into

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

void appendUtf8(QByteArray* out, char32_t code)
{
    if (code < 0x80) {
        out->append(static_cast<char>(code));
    } else if (code < 0x800) {
        out->append(static_cast<char>(0xC0 | (code >> 6)));
        out->append(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->append(static_cast<char>(0xE0 | (code >> 12)));
        out->append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out->append(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out->append(static_cast<char>(0xF0 | (code >> 18)));
        out->append(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out->append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out->append(static_cast<char>(0x80 | (code & 0x3F)));
    }
}
// The length of the well-formed UTF-8 sequence at p (RFC 3629: no overlong forms, no encoded
// surrogates, nothing past U+10FFFF), or 0 when it is not one.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;  // overlong
        high = c == 0xED ? 0x9F : 0xBF; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;  // overlong
        high = c == 0xF4 ? 0x8F : 0xBF; // past U+10FFFF
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high) {
        return 0;
    }
    for (int i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF) {
            return 0;
        }
    }
    return length;
}
} // namespace

JsonCursor::JsonCursor(QByteArrayView text)
    : m_begin(text.data())
    , m_p(text.data())
    , m_end(text.data() + text.size())
{ }

bool JsonCursor::fail(const char* message)
{
    if (m_error.isEmpty()) {
        m_error = QString::fromLatin1(message);
        m_errorOffset = m_p - m_begin;
    }
    m_p = m_end; // nothing more is read
    return false;
}

void JsonCursor::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t')) {
        ++m_p;
    }
}

bool JsonCursor::atEnd()
{
    skipSpace();
    return !failed() && m_p == m_end;
}

bool JsonCursor::atObject()
{
    skipSpace();
    return m_p < m_end && *m_p == '{';
}

bool JsonCursor::atArray()
{
    skipSpace();
    return m_p < m_end && *m_p == '[';
}

bool JsonCursor::beginObject()
{
    if (!atObject()) {
        return fail("an object was expected");
    }
    if (m_first.size() >= maxDepth) {
        return fail("the document is nested too deeply");
    }
    ++m_p;
    m_first.push_back(true);
    return true;
}

bool JsonCursor::beginArray()
{
    if (!atArray()) {
        return fail("an array was expected");
    }
    if (m_first.size() >= maxDepth) {
        return fail("the document is nested too deeply");
    }
    ++m_p;
    m_first.push_back(true);
    return true;
}

// Before a member or element: the container's end (false, consumed), or the comma that must
// separate it from the previous one.
bool JsonCursor::expectSeparator(char close)
{
    if (failed() || m_first.empty()) {
        return failed() ? false : fail("no object or array is open");
    }
    skipSpace();
    if (m_p == m_end) {
        return fail(close == '}' ? "the object is not closed" : "the array is not closed");
    }
    if (*m_p == close) {
        ++m_p;
        m_first.pop_back();
        return false;
    }
    if (m_first.back()) {
        m_first.back() = false;
        return true;
    }
    if (*m_p != ',') {
        return fail(close == '}' ? "a comma or '}' was expected" : "a comma or ']' was expected");
    }
    ++m_p;
    skipSpace();
    if (m_p < m_end && *m_p == close) {
        return fail("a value was expected after the comma");
    }
    return true;
}

bool JsonCursor::nextMember(QByteArrayView* key)
{
    if (!expectSeparator('}')) {
        return false;
    }
    skipSpace();
    if (m_p == m_end || *m_p != '"') {
        return fail("a member name was expected");
    }
    QByteArrayView raw;
    bool escaped = false;
    if (!readString(&raw, &escaped)) {
        return false;
    }
    if (escaped) {
        if (!unescape(raw, &m_key)) {
            return false;
        }
        raw = m_key;
    }
    skipSpace();
    if (m_p == m_end || *m_p != ':') {
        return fail("a colon was expected after the member name");
    }
    ++m_p;
    skipSpace();
    if (m_p == m_end) {
        return fail("a value was expected");
    }
    *key = raw;
    return true;
}

bool JsonCursor::nextElement()
{
    if (!expectSeparator(']')) {
        return false;
    }
    skipSpace();
    if (m_p == m_end) {
        return fail("a value was expected");
    }
    return true;
}

// At the opening quote: the raw bytes between the quotes, with whether they hold escapes.
bool JsonCursor::readString(QByteArrayView* raw, bool* escaped)
{
    const char* start = ++m_p;
    *escaped = false;
    while (m_p < m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            *raw = QByteArrayView(start, m_p - start);
            ++m_p;
            return true;
        }
        if (c < 0x20) {
            return fail("a string holds a control character");
        }
        if (c >= 0x80) {
            const int length = utf8SequenceLength(reinterpret_cast<const unsigned char*>(m_p),
                                                  reinterpret_cast<const unsigned char*>(m_end));
            if (length == 0) {
                return fail("a string is not valid UTF-8");
            }
            m_p += length;
            continue;
        }
        if (c == '\\') {
            *escaped = true;
            ++m_p; // the escaped character is checked by unescape(); a quote here does not end it
            if (m_p == m_end) {
                break;
            }
        }
        ++m_p;
    }
    return fail("a string is not closed");
}

bool JsonCursor::unescape(QByteArrayView raw, QByteArray* out)
{
    out->clear();
    out->reserve(raw.size());
    const char* p = raw.data();
    const char* end = p + raw.size();
    while (p < end) {
        if (*p != '\\') {
            const char* run = p;
            while (p < end && *p != '\\') {
                ++p;
            }
            out->append(run, p - run);
            continue;
        }
        ++p; // readString() made sure something follows
        switch (*p++) {
        case '"':
            out->append('"');
            break;
        case '\\':
            out->append('\\');
            break;
        case '/':
            out->append('/');
            break;
        case 'b':
            out->append('\b');
            break;
        case 'f':
            out->append('\f');
            break;
        case 'n':
            out->append('\n');
            break;
        case 'r':
            out->append('\r');
            break;
        case 't':
            out->append('\t');
            break;
        case 'u': {
            auto hex4 = [&](char32_t* code) {
                if (end - p < 4) {
                    return false;
                }
                char32_t v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(p[i]);
                    if (h < 0) {
                        return false;
                    }
                    v = v * 16 + static_cast<char32_t>(h);
                }
                p += 4;
                *code = v;
                return true;
            };
            char32_t code = 0;
            if (!hex4(&code)) {
                return fail("a \\u escape needs four hexadecimal digits");
            }
            if (code >= 0xD800 && code <= 0xDBFF) {
                // A high surrogate: with the low one after it, one character beyond U+FFFF. An
                // escape after it that is no low surrogate is a character of its own (read next).
                char32_t low = 0;
                if (end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                    const char* next = p;
                    p += 2;
                    if (!hex4(&low)) {
                        return fail("a \\u escape needs four hexadecimal digits");
                    }
                    if (low < 0xDC00 || low > 0xDFFF) {
                        p = next;
                    }
                }
                code = low >= 0xDC00 && low <= 0xDFFF ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD;
            } else if (code >= 0xDC00 && code <= 0xDFFF) {
                code = 0xFFFD; // a low surrogate alone
            }
            appendUtf8(out, code);
            break;
        }
        default:
            return fail("a string holds an unknown escape");
        }
    }
    return true;
}

bool JsonCursor::readNumber(double* out)
{
    const char* start = m_p;
    const char* p = m_p;
    const bool negative = p < m_end && *p == '-';
    if (negative) {
        ++p;
    }
    if (p == m_end || !isDigit(*p)) {
        return fail("a value was expected");
    }
    // Whole numbers of up to 15 digits (ids, revisions, VLANs) are exact as doubles: built here.
    qint64 whole = 0;
    int digits = 0;
    if (*p == '0') {
        ++p;
        digits = 1;
    } else {
        while (p < m_end && isDigit(*p)) {
            whole = digits < 18 ? whole * 10 + (*p - '0') : whole;
            ++digits;
            ++p;
        }
    }
    bool simple = digits <= 15;
    if (p < m_end && *p == '.') {
        simple = false;
        ++p;
        if (p == m_end || !isDigit(*p)) {
            m_p = p;
            return fail("a digit was expected after the decimal point");
        }
        while (p < m_end && isDigit(*p)) {
            ++p;
        }
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        simple = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-')) {
            ++p;
        }
        if (p == m_end || !isDigit(*p)) {
            m_p = p;
            return fail("a digit was expected in the exponent");
        }
        while (p < m_end && isDigit(*p)) {
            ++p;
        }
    }
    m_p = p;
    if (simple) {
        *out = static_cast<double>(negative ? -whole : whole);
        return true;
    }
    bool ok = false;
    *out = QByteArray(start, p - start).toDouble(&ok); // C locale, whatever the user's is
    return ok || fail("a number is out of range");
}

bool JsonCursor::readLiteral(const char* word, qsizetype length)
{
    if (m_end - m_p < length || std::memcmp(m_p, word, static_cast<size_t>(length)) != 0) {
        return fail("a value was expected");
    }
    m_p += length;
    return true;
}

bool JsonCursor::readScalar(JsonScalar* out)
{
    skipSpace();
    if (failed() || m_p == m_end) {
        return failed() ? false : fail("a value was expected");
    }
    switch (*m_p) {
    case '{':
    case '[':
        return false;
    case '"': {
        QByteArrayView raw;
        bool escaped = false;
        if (!readString(&raw, &escaped)) {
            return false;
        }
        if (escaped) {
            if (!unescape(raw, &m_text)) {
                return false;
            }
            raw = m_text;
        }
        out->kind = JsonScalar::Kind::String;
        out->text = QString::fromUtf8(raw);
        return true;
    }
    case 't':
        out->kind = JsonScalar::Kind::Bool;
        out->boolean = true;
        return readLiteral("true", 4);
    case 'f':
        out->kind = JsonScalar::Kind::Bool;
        out->boolean = false;
        return readLiteral("false", 5);
    case 'n':
        out->kind = JsonScalar::Kind::Null;
        return readLiteral("null", 4);
    default:
        out->kind = JsonScalar::Kind::Number;
        return readNumber(&out->number);
    }
}

bool JsonCursor::skipValue()
{
    if (atObject()) {
        if (!beginObject()) {
            return false;
        }
        QByteArrayView key;
        while (nextMember(&key)) {
            if (!skipValue()) {
                return false;
            }
        }
        return !failed();
    }
    if (atArray()) {
        if (!beginArray()) {
            return false;
        }
        while (nextElement()) {
            if (!skipValue()) {
                return false;
            }
        }
        return !failed();
    }
    JsonScalar ignored;
    return readScalar(&ignored);
}
