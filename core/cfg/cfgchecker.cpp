#include "cfgchecker.h"

#include "cfgdocument.h"
#include "parametercatalogue.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace {
using Severity = CfgDiagnostic::Severity;

// Offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80) {
                return i;
            }
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return i;
        }
        i += extra + 1;
    }
    return -1;
}

// Whether the data looks like a binary file rather than text: a NUL byte, or many control
// characters, in its first 8 KiB.
bool looksBinary(const QByteArray& head)
{
    if (head.contains('\0')) {
        return true;
    }
    int control = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
            ++control;
        }
    }
    return head.size() > 0 && control * 10 > head.size();
}

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '/'
        || c == '.' || c == '-' || c == '[' || c == ']';
}

QString printable(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7F) {
        return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return QStringLiteral("'%1'").arg(QLatin1Char(c));
}

class Collector
{
public:
    Collector(const CfgDocument& doc, int max)
        : m_doc(doc)
        , m_max(max)
    { }

    bool full() const { return m_full; }
    QVector<CfgDiagnostic> take() { return std::move(m_out); }

    // byteColumn: 0-based byte offset in the line; converted to a character column.
    void add(int lineIndex, qsizetype byteColumn, Severity severity, const QString& code, const QString& message)
    {
        if (m_full) {
            return;
        }
        if (m_out.size() >= m_max) {
            m_full = true;
            m_out.append(
                {lineIndex + 1, 1, Severity::Note, QStringLiteral("too-many-diagnostics"),
                 QStringLiteral("stopped after %1 diagnostics; the rest of the file was not checked").arg(m_max)});
            return;
        }
        const QByteArrayView line = lineIndex < m_doc.lineCount() ? m_doc.lineBytes(lineIndex) : QByteArrayView();
        const qsizetype clamped = qBound<qsizetype>(0, byteColumn, line.size());
        const int column = static_cast<int>(QString::fromUtf8(line.first(clamped)).size()) + 1;
        m_out.append({lineIndex + 1, column, severity, code, message});
    }

private:
    const CfgDocument& m_doc;
    int m_max;
    bool m_full = false;
    QVector<CfgDiagnostic> m_out;
};

bool parseTime(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(value);
    return m.hasMatch() && m.captured(1).toInt() <= 23 && m.captured(2).toInt() <= 59;
}

bool isIpAddress(const QString& value)
{
    static const QRegularExpression ipv4(QStringLiteral(
        "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"));
    if (ipv4.match(value).hasMatch()) {
        return true;
    }
    // IPv6, loosely: hex groups and colons, at most one "::".
    static const QRegularExpression ipv6(QStringLiteral("^\\[?[0-9A-Fa-f:.]+\\]?$"));
    return value.count(u':') >= 2 && value.count(QLatin1String("::")) <= 1 && ipv6.match(value).hasMatch();
}

bool isHostName(const QString& value)
{
    static const QRegularExpression re(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
                       "[A-Za-z0-9])?)*\\.?$"));
    return re.match(value).hasMatch();
}

void checkPlaceholderSyntax(Collector& out, int lineIndex, QByteArrayView line, bool templateMode)
{
    static const QByteArray marker = QByteArrayLiteral("%ITCS_");
    qsizetype from = 0;
    while (true) {
        const qsizetype start = line.indexOf(marker, from);
        if (start < 0) {
            return;
        }
        qsizetype end = start + marker.size();
        while (end < line.size() && (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '_')) {
            ++end;
        }
        if (end >= line.size() || line[end] != '%' || end == start + marker.size()) {
            out.add(lineIndex, start, Severity::Error, QStringLiteral("unterminated-placeholder"),
                    QStringLiteral("placeholder starting here has no closing '%' (write %ITCS_Name%)"));
            return;
        }
        if (!templateMode) {
            const QString name = QString::fromLatin1(line.sliced(start, end - start + 1));
            out.add(lineIndex, start, Severity::Warning, QStringLiteral("unresolved-placeholder"),
                    QStringLiteral("placeholder %1 is not resolved; a phone would receive it literally").arg(name));
        }
        from = end + 1;
    }
}
} // namespace

CfgChecker::CfgChecker(const ParameterCatalogue& catalogue)
    : m_catalogue(catalogue)
{ }

QVector<CfgDiagnostic> CfgChecker::check(const CfgDocument& document) const
{
    return check(document, Options());
}

CfgChecker::Verdict CfgChecker::judgeValue(const CfgParameter& p, const QString& value)
{
    using Type = CfgParameter::Type;
    switch (p.type) {
    case Type::Integer: {
        bool ok = false;
        const qint64 n = value.trimmed().toLongLong(&ok);
        if (!ok) {
            return {QStringLiteral("not-a-number"),
                    QStringLiteral("'%1' is not a whole number (%2 takes %3..%4)")
                        .arg(value, p.key)
                        .arg(p.minimum)
                        .arg(p.maximum),
                    false};
        }
        if (n < p.minimum || n > p.maximum) {
            return {
                QStringLiteral("out-of-range"),
                QStringLiteral("%1 is out of range for %2 (%3..%4)").arg(n).arg(p.key).arg(p.minimum).arg(p.maximum),
                false};
        }
        return {};
    }
    case Type::Boolean:
        if (value.trimmed() == QLatin1String("0") || value.trimmed() == QLatin1String("1")) {
            return {};
        }
        return {QStringLiteral("not-boolean"), QStringLiteral("'%1' is not 0 or 1 (%2 is on/off)").arg(value, p.key),
                false};
    case Type::Enum:
        for (const QString& allowed : p.values) {
            if (value.trimmed().compare(allowed, Qt::CaseInsensitive) == 0) {
                return {};
            }
        }
        return {QStringLiteral("not-in-enum"),
                QStringLiteral("'%1' is not one of %2 for %3").arg(value, p.values.join(QLatin1String(", ")), p.key),
                !p.strictEnum};
    case Type::Time:
        if (parseTime(value.trimmed())) {
            return {};
        }
        return {QStringLiteral("bad-time"), QStringLiteral("'%1' is not a time of day hh:mm for %2").arg(value, p.key),
                false};
    case Type::Url: {
        const QUrl url(value.trimmed(), QUrl::StrictMode);
        static const QStringList schemes = {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ftp"),
                                            QStringLiteral("tftp")};
        if (!url.isValid() || !schemes.contains(url.scheme().toLower()) || url.host().isEmpty()) {
            return {QStringLiteral("bad-url"),
                    QStringLiteral("'%1' does not look like an http, https, ftp or tftp URL").arg(value), true};
        }
        break;
    }
    case Type::Host:
        if (isIpAddress(value.trimmed()) || isHostName(value.trimmed())) {
            break;
        }
        return {QStringLiteral("bad-host"), QStringLiteral("'%1' is neither an IP address nor a host name").arg(value),
                true};
    case Type::String:
        break;
    }
    if (p.maxLength > 0 && value.size() > p.maxLength) {
        return {QStringLiteral("too-long"),
                QStringLiteral("value is %1 characters long; %2 takes at most %3")
                    .arg(value.size())
                    .arg(p.key)
                    .arg(p.maxLength),
                false};
    }
    return {};
}

QVector<CfgDiagnostic> CfgChecker::check(const CfgDocument& document, const Options& options) const
{
    Collector out(document, options.maxDiagnostics);

    // A binary file gets one clear message rather than thousands of line complaints.
    QByteArray head;
    for (int i = 0; i < document.lineCount() && head.size() < 8192; ++i) {
        head.append(document.lineBytes(i).first(qMin<qsizetype>(document.lineBytes(i).size(), 8192)));
        head.append('\n');
    }
    if (looksBinary(head.left(8192))) {
        out.add(0, 0, Severity::Error, QStringLiteral("binary"),
                QStringLiteral("this is not a text cfg file (it holds NUL bytes or other binary data)"));
        return out.take();
    }

    QHash<QByteArray, int> firstLineOfKey;
    for (int i = 0; i < document.lineCount() && !out.full(); ++i) {
        const CfgLine& line = document.line(i);
        const QByteArrayView bytes = document.lineBytes(i);

        if (bytes.size() > options.maxLineLength) {
            out.add(i, 0, Severity::Error, QStringLiteral("line-too-long"),
                    QStringLiteral("line is %1 bytes long; no phone parameter holds more than %2")
                        .arg(bytes.size())
                        .arg(options.maxLineLength));
            continue;
        }
        const qsizetype nul = bytes.indexOf('\0');
        if (nul >= 0) {
            out.add(i, nul, Severity::Error, QStringLiteral("nul-byte"), QStringLiteral("NUL byte in a text line"));
            continue;
        }
        const qsizetype badUtf8 = firstInvalidUtf8(bytes);
        if (badUtf8 >= 0) {
            out.add(i, badUtf8, Severity::Warning, QStringLiteral("invalid-utf8"),
                    QStringLiteral("invalid UTF-8 (%1); the phone may show this text wrongly")
                        .arg(printable(bytes[badUtf8])));
        }
        const qsizetype cr = bytes.indexOf('\r');
        if (cr >= 0) {
            out.add(i, cr, Severity::Warning, QStringLiteral("stray-carriage-return"),
                    QStringLiteral("carriage return inside a line; lines end with LF or CRLF"));
        }

        switch (line.kind) {
        case CfgLine::Kind::Blank:
        case CfgLine::Kind::Comment:
            break;
        case CfgLine::Kind::Invalid: {
            const qsizetype at = line.keyBegin;
            QString message = QStringLiteral("expected 'key=value', 'include <file>' or a ';' comment");
            if (bytes[at] == '#') {
                message = QStringLiteral("'#' does not start a comment in a phone cfg file; use ';'");
            } else if (bytes[at] == '[') {
                message = QStringLiteral("sections ([...]) are not part of the phone cfg syntax");
            } else if (bytes.sliced(at).startsWith("include")) {
                message = QStringLiteral("write 'include' and the file or URL separated by a space");
            }
            out.add(i, at, Severity::Error, QStringLiteral("syntax"), message);
            break;
        }
        case CfgLine::Kind::Include:
            if (line.keyLength == 0) {
                out.add(i, bytes.size(), Severity::Error, QStringLiteral("include-target"),
                        QStringLiteral("'include' needs a file name or URL"));
            }
            if (bytes.front() == ' ' || bytes.front() == '\t') {
                out.add(i, 0, Severity::Warning, QStringLiteral("leading-space"),
                        QStringLiteral("line starts with blanks"));
            }
            checkPlaceholderSyntax(out, i, bytes, options.templateMode);
            break;
        case CfgLine::Kind::KeyValue: {
            const QByteArrayView rawKey = bytes.sliced(line.keyBegin, line.keyLength);
            const QByteArrayView key = document.keyBytes(i);
            const QByteArrayView value = document.valueBytes(i);
            if (line.keyBegin > 0) {
                out.add(i, 0, Severity::Warning, QStringLiteral("leading-space"),
                        QStringLiteral("line starts with blanks; the key may be read with them"));
            }
            if (key.isEmpty()) {
                out.add(i, line.separator, Severity::Error, QStringLiteral("missing-key"),
                        QStringLiteral("nothing before '='"));
                break;
            }
            if (rawKey.size() != key.size()) {
                out.add(i, line.keyBegin + key.size(), Severity::Warning, QStringLiteral("space-around-equals"),
                        QStringLiteral("blank before '='; write '%1=value'").arg(QString::fromUtf8(key)));
            }
            bool keyOk = true;
            for (qsizetype k = 0; k < key.size(); ++k) {
                if (!isKeyChar(key[k]) && !(key[k] == '%' && options.templateMode)) {
                    out.add(i, line.keyBegin + k, Severity::Error, QStringLiteral("invalid-key"),
                            QStringLiteral("%1 is not allowed in a key").arg(printable(key[k])));
                    keyOk = false;
                    break;
                }
            }
            if (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t')) {
                out.add(i, line.separator + 1, Severity::Warning, QStringLiteral("space-around-equals"),
                        QStringLiteral("blank after '='; the phone keeps it as part of the value"));
            } else if (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t')) {
                out.add(i, bytes.size() - 1, Severity::Warning, QStringLiteral("trailing-space"),
                        QStringLiteral("blanks at the end of the value become part of it"));
            }
            checkPlaceholderSyntax(out, i, bytes, options.templateMode);
            if (!keyOk) {
                break;
            }

            const auto previous = firstLineOfKey.constFind(key.toByteArray());
            if (previous != firstLineOfKey.constEnd()) {
                out.add(i, line.keyBegin, Severity::Warning, QStringLiteral("duplicate-key"),
                        QStringLiteral("%1 is already set on line %2; the phone uses this later value")
                            .arg(QString::fromUtf8(key))
                            .arg(previous.value() + 1));
            }
            firstLineOfKey.insert(key.toByteArray(), i);

            const QByteArrayView trimmedValue = value.trimmed();
            if (trimmedValue.startsWith("{\"")) {
                if (trimmedValue.size() < 4 || !trimmedValue.endsWith("\"}")) {
                    out.add(i, line.separator + 1, Severity::Error, QStringLiteral("encrypted-value"),
                            QStringLiteral("encrypted value starts with {\" but does not end with \"}"));
                }
                break; // encrypted: nothing more to judge
            }

            const QString keyText = QString::fromUtf8(key);
            const CfgParameter* parameter = m_catalogue.find(keyText);
            if (!parameter) {
                if (keyText.contains(QLatin1String("%ITCS_"))) {
                    break;
                }
                const QString suggestion = m_catalogue.suggest(keyText);
                out.add(i, line.keyBegin, Severity::Warning, QStringLiteral("unknown-key"),
                        suggestion.isEmpty() ? QStringLiteral("%1 is not in the parameter catalogue").arg(keyText)
                                             : QStringLiteral("%1 is not in the parameter catalogue; did you mean %2?")
                                                   .arg(keyText, suggestion));
                break;
            }
            const QString valueText = QString::fromUtf8(value);
            if (valueText.trimmed().isEmpty() || valueText.contains(QLatin1String("%ITCS_"))) {
                break; // empty: the phone's default; placeholder: judged after rendering
            }
            const Verdict verdict = judgeValue(*parameter, valueText);
            if (!verdict.code.isEmpty()) {
                out.add(i, line.separator + 1, verdict.doubtful ? Severity::Warning : Severity::Error, verdict.code,
                        verdict.message);
            }
            break;
        }
        }
    }
    return out.take();
}
