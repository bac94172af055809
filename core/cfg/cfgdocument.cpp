#include "cfgdocument.h"

#include <cstring>

namespace {
bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedView(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isBlank(v[b])) {
        ++b;
    }
    while (e > b && isBlank(v[e - 1])) {
        --e;
    }
    return v.sliced(b, e - b);
}
} // namespace

CfgDocument CfgDocument::parse(const QByteArray& data)
{
    CfgDocument doc;
    doc.m_data = data;
    const char* begin = doc.m_data.constData();
    const qsizetype size = doc.m_data.size();
    qsizetype pos = 0;
    if (size >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0) {
        doc.m_bom = true;
        pos = 3;
    }
    // Rough reservation: avoids repeated growth on large files without scanning twice.
    doc.m_lines.reserve(static_cast<int>(qMin<qsizetype>(size / 24 + 1, 1 << 22)));
    while (pos < size) {
        const void* nl = std::memchr(begin + pos, '\n', static_cast<size_t>(size - pos));
        CfgLine line;
        line.offset = pos;
        if (nl) {
            const qsizetype end = static_cast<const char*>(nl) - begin;
            const bool crlf = end > pos && begin[end - 1] == '\r';
            line.length = end - pos - (crlf ? 1 : 0);
            line.eolLength = crlf ? 2 : 1;
            pos = end + 1;
        } else {
            line.length = size - pos;
            pos = size;
        }
        classify(begin + line.offset, &line);
        doc.m_lines.append(line);
    }
    return doc;
}

void CfgDocument::classify(const char* text, CfgLine* line)
{
    const qsizetype n = line->length;
    qsizetype i = 0;
    while (i < n && isBlank(text[i])) {
        ++i;
    }
    line->keyBegin = i;
    line->keyLength = 0;
    line->separator = -1;
    if (i == n) {
        line->kind = CfgLine::Kind::Blank;
        return;
    }
    if (text[i] == ';') {
        line->kind = CfgLine::Kind::Comment;
        return;
    }
    static const char keyword[] = "include";
    const qsizetype kwLength = sizeof(keyword) - 1;
    if (n - i >= kwLength && std::memcmp(text + i, keyword, kwLength) == 0
        && (n - i == kwLength || isBlank(text[i + kwLength]))) {
        line->kind = CfgLine::Kind::Include;
        const QByteArrayView target = trimmedView(QByteArrayView(text + i + kwLength, n - i - kwLength));
        line->keyBegin = target.isEmpty() ? n : target.data() - text;
        line->keyLength = target.size();
        return;
    }
    const void* eq = std::memchr(text + i, '=', static_cast<size_t>(n - i));
    if (eq) {
        line->kind = CfgLine::Kind::KeyValue;
        line->separator = static_cast<const char*>(eq) - text;
        line->keyLength = line->separator - i;
        return;
    }
    line->kind = CfgLine::Kind::Invalid;
}

QByteArray CfgDocument::toByteArray() const
{
    QByteArray out;
    qsizetype total = m_bom ? 3 : 0;
    for (const CfgLine& l : m_lines) {
        total += l.length + 2;
    }
    out.reserve(total);
    if (m_bom) {
        out.append("\xEF\xBB\xBF", 3);
    }
    for (const CfgLine& l : m_lines) {
        out.append(bufferOf(l).constData() + l.offset, l.length);
        if (l.eolLength == 2) {
            out.append("\r\n", 2);
        } else if (l.eolLength == 1) {
            out.append('\n');
        }
    }
    return out;
}

QByteArrayView CfgDocument::lineBytes(int index) const
{
    const CfgLine& l = m_lines.at(index);
    return QByteArrayView(bufferOf(l).constData() + l.offset, l.length);
}

QByteArrayView CfgDocument::keyBytes(int index) const
{
    const CfgLine& l = m_lines.at(index);
    if (l.kind != CfgLine::Kind::KeyValue) {
        return {};
    }
    return trimmedView(lineBytes(index).sliced(l.keyBegin, l.keyLength));
}

QByteArrayView CfgDocument::valueBytes(int index) const
{
    const CfgLine& l = m_lines.at(index);
    if (l.kind != CfgLine::Kind::KeyValue) {
        return {};
    }
    return lineBytes(index).sliced(l.separator + 1);
}

QString CfgDocument::key(int index) const
{
    return QString::fromUtf8(keyBytes(index));
}

QString CfgDocument::value(int index) const
{
    return QString::fromUtf8(valueBytes(index));
}

QString CfgDocument::includeTarget(int index) const
{
    const CfgLine& l = m_lines.at(index);
    if (l.kind != CfgLine::Kind::Include) {
        return {};
    }
    return QString::fromUtf8(lineBytes(index).sliced(l.keyBegin, l.keyLength));
}

int CfgDocument::findKey(const QString& key) const
{
    const QByteArray wanted = key.toUtf8();
    for (int i = m_lines.size() - 1; i >= 0; --i) {
        if (m_lines.at(i).kind == CfgLine::Kind::KeyValue && keyBytes(i) == wanted) {
            return i;
        }
    }
    return -1;
}

QString CfgDocument::effectiveValue(const QString& key) const
{
    const int index = findKey(key);
    if (index < 0) {
        return {};
    }
    const QString v = value(index);
    return v.isNull() ? QString(QLatin1String("")) : v;
}

QByteArray CfgDocument::defaultEol() const
{
    for (const CfgLine& l : m_lines) {
        if (l.eolLength == 2) {
            return QByteArrayLiteral("\r\n");
        }
        if (l.eolLength == 1) {
            return QByteArrayLiteral("\n");
        }
    }
    return QByteArrayLiteral("\n");
}

void CfgDocument::setLineText(int index, const QByteArray& text)
{
    Q_ASSERT(!text.contains('\n'));
    CfgLine& l = m_lines[index];
    l.offset = m_edits.size();
    l.length = text.size();
    l.edited = true;
    m_edits.append(text);
    classify(m_edits.constData() + l.offset, &l);
}

void CfgDocument::setValue(const QString& key, const QString& value)
{
    const QByteArray text = key.toUtf8() + '=' + value.toUtf8();
    const int index = findKey(key);
    if (index >= 0) {
        setLineText(index, text);
    } else {
        insertLine(m_lines.size(), text);
    }
}

void CfgDocument::insertLine(int index, const QByteArray& text)
{
    Q_ASSERT(!text.contains('\n'));
    CfgLine l;
    l.offset = m_edits.size();
    l.length = text.size();
    l.edited = true;
    m_edits.append(text);
    classify(m_edits.constData() + l.offset, &l);
    const quint8 eol = static_cast<quint8>(defaultEol().size());
    if (index == m_lines.size()) {
        // Appending: the line before it needs an ending; the new last line ends as the file did.
        if (!m_lines.isEmpty() && m_lines.constLast().eolLength == 0) {
            m_lines.last().eolLength = eol;
            l.eolLength = 0;
        } else {
            l.eolLength = m_lines.isEmpty() ? 1 : eol;
        }
    } else {
        l.eolLength = eol;
    }
    m_lines.insert(index, l);
}

void CfgDocument::removeLine(int index)
{
    const bool wasLast = index == m_lines.size() - 1;
    const quint8 eol = m_lines.at(index).eolLength;
    m_lines.removeAt(index);
    if (wasLast && !m_lines.isEmpty() && eol == 0) {
        m_lines.last().eolLength = 0;
    }
}
