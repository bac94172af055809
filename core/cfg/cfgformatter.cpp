#include "cfgformatter.h"

#include "cfgdocument.h"

namespace {
// One line in normal form, without its ending.
QByteArray formatLine(const CfgDocument& document, int index)
{
    const CfgLine& line = document.line(index);
    const QByteArrayView bytes = document.lineBytes(index);
    switch (line.kind) {
    case CfgLine::Kind::KeyValue:
        return document.keyBytes(index).trimmed().toByteArray() + '='
            + document.valueBytes(index).trimmed().toByteArray();
    case CfgLine::Kind::Include: {
        // Trimmed of all white space: a CR kept at the end would become part of a CRLF.
        const QByteArrayView target = bytes.sliced(line.keyBegin, line.keyLength).trimmed();
        return target.isEmpty() ? QByteArray("include") : "include " + target.toByteArray();
    }
    case CfgLine::Kind::Invalid: {
        // Trimming may reveal what the line is ("\rkey = 1"): format it as that, so that
        // formatting twice gives what formatting once did.
        const QByteArray trimmed = bytes.trimmed().toByteArray();
        const CfgDocument alone = CfgDocument::parse(trimmed);
        if (alone.lineCount() == 1 && alone.line(0).kind != CfgLine::Kind::Invalid) {
            return formatLine(alone, 0);
        }
        return trimmed;
    }
    case CfgLine::Kind::Comment:
    case CfgLine::Kind::Blank:
        break;
    }
    return bytes.trimmed().toByteArray();
}
} // namespace

namespace CfgFormatter {
QByteArray format(const CfgDocument& document)
{
    // Normal form has no byte order mark; a file with several in a row loses them all, or the
    // next one would become the BOM of the formatted file.
    static const QByteArray bom("\xEF\xBB\xBF");
    if (document.lineCount() > 0 && document.lineBytes(0).startsWith(bom)) {
        QByteArray data = document.toByteArray();
        while (data.startsWith(bom)) {
            data.remove(0, bom.size());
        }
        return format(CfgDocument::parse(data));
    }
    QByteArray out;
    int pendingBlankLines = 0;
    for (int i = 0; i < document.lineCount(); ++i) {
        const QByteArray line = formatLine(document, i);
        // A line of nothing but white space (a lone CR included) is a blank line in normal form.
        if (line.isEmpty()) {
            ++pendingBlankLines;
            continue;
        }
        for (; pendingBlankLines > 0; --pendingBlankLines) {
            out.append('\n');
        }
        out.append(line);
        out.append('\n');
    }
    if (out.startsWith(bom)) {
        return format(CfgDocument::parse(out)); // trimming brought one to the front ("\r<BOM>...")
    }
    return out;
}
} // namespace CfgFormatter
