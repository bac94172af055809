#include "compiledtemplate.h"

#include "parametercatalogue.h"

#include <QVarLengthArray>

#include <cstring>

namespace {
bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
} // namespace

CompiledTemplate CompiledTemplate::compile(const QString& text)
{
    CompiledTemplate t;
    t.m_text = text.toUtf8();
    const char* data = t.m_text.constData();
    const qsizetype size = t.m_text.size();
    static const char marker[] = "%ITCS_";
    const qsizetype markerLength = sizeof(marker) - 1;

    qsizetype literalStart = 0;
    qsizetype pos = 0;
    int line = 1;
    qsizetype lineCountedTo = 0;
    while (pos < size) {
        const void* found = std::memchr(data + pos, '%', static_cast<size_t>(size - pos));
        if (!found) {
            break;
        }
        const qsizetype at = static_cast<const char*>(found) - data;
        qsizetype end = at + markerLength;
        if (size - at < markerLength || std::memcmp(data + at, marker, markerLength) != 0) {
            pos = at + 1;
            continue;
        }
        while (end < size && isNameChar(data[end])) {
            ++end;
        }
        if (end == at + markerLength || end >= size || data[end] != '%') {
            pos = at + 1; // not a placeholder: literal text
            continue;
        }
        const QString name = QString::fromLatin1(data + at + markerLength, end - at - markerLength);
        int slot = t.m_names.indexOf(name);
        if (slot < 0) {
            for (qsizetype i = lineCountedTo; i < at; ++i) {
                line += data[i] == '\n' ? 1 : 0;
            }
            lineCountedTo = at;
            slot = t.m_names.size();
            t.m_names.append(name);
            t.m_verbatim.append(QByteArray(data + at, end - at + 1));
            t.m_firstLines.append(line);
        }
        t.m_segments.append({literalStart, at - literalStart, slot});
        t.m_literalSize += at - literalStart;
        literalStart = end + 1;
        pos = end + 1;
    }
    t.m_segments.append({literalStart, size - literalStart, -1});
    t.m_literalSize += size - literalStart;
    return t;
}

QByteArray CompiledTemplate::settledLine(QByteArrayView line)
{
    const qsizetype equals = line.indexOf('=');
    if (equals <= 0) {
        return {};
    }
    const QByteArrayView key = line.first(equals).trimmed();
    const CfgParameter* parameter =
        key.isEmpty() ? nullptr : ParameterCatalogue::builtin().find(QString::fromUtf8(key.data(), key.size()));
    if (!parameter || parameter->defaultValue.isEmpty()) {
        return {};
    }
    return key.toByteArray() + '=' + parameter->defaultValue.toUtf8();
}

void CompiledTemplate::renderInto(QByteArray& out, const QByteArray* values, Unresolved unresolved) const
{
    // Sized once, then copied: QByteArray::append goes through insert(), whose checks cost more
    // than the copy itself for the short runs a template is made of.
    qsizetype total = m_literalSize;
    for (const Segment& s : m_segments) {
        if (s.slot >= 0) {
            total += (values[s.slot].isNull() ? m_verbatim.at(s.slot) : values[s.slot]).size();
        }
    }
    const qsizetype start = out.size();
    out.resize(start + total);
    char* to = out.data() + start;
    const char* data = m_text.constData();
    QVarLengthArray<qsizetype, 8> unresolvedAt; // where unresolved placeholders went in out
    for (const Segment& s : m_segments) {
        std::memcpy(to, data + s.begin, static_cast<size_t>(s.length));
        to += s.length;
        if (s.slot >= 0) {
            const bool missing = values[s.slot].isNull();
            if (missing) {
                unresolvedAt.append(to - out.constData());
            }
            const QByteArray& value = missing ? m_verbatim.at(s.slot) : values[s.slot];
            std::memcpy(to, value.constData(), static_cast<size_t>(value.size()));
            to += value.size();
        }
    }
    if (unresolved == Unresolved::KeepVerbatim || unresolvedAt.isEmpty()) {
        return;
    }
    // From the last line back, so that earlier offsets stay where they were. Values hold no line
    // breaks, so the lines of out are the template's lines.
    qsizetype handledLineStart = -1;
    for (qsizetype i = unresolvedAt.size() - 1; i >= 0; --i) {
        const qsizetype at = unresolvedAt.at(i);
        const qsizetype lineStart = qMax(start, at > start ? out.lastIndexOf('\n', at - 1) + 1 : start);
        if (lineStart == handledLineStart) {
            continue;
        }
        handledLineStart = lineStart;
        qsizetype lineEnd = out.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? out.size() : lineEnd;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && out.at(contentEnd - 1) == '\r') {
            --contentEnd;
        }
        const QByteArray settled = settledLine(QByteArrayView(out.constData() + lineStart, contentEnd - lineStart));
        if (settled.isNull()) {
            out.remove(lineStart, qMin(lineEnd + 1, out.size()) - lineStart);
        } else {
            out.replace(lineStart, contentEnd - lineStart, settled);
        }
    }
}

QByteArray CompiledTemplate::render(const QVector<QByteArray>& values) const
{
    Q_ASSERT(values.size() == m_names.size());
    QByteArray out;
    out.reserve(m_literalSize + 64 * m_names.size());
    renderInto(out, values.constData());
    return out;
}
