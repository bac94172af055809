#include "cfgformatter.h"

#include "cfgdocument.h"

namespace CfgFormatter {
QByteArray format(const CfgDocument& document)
{
    QByteArray out;
    int pendingBlankLines = 0;
    for (int i = 0; i < document.lineCount(); ++i) {
        const CfgLine& line = document.line(i);
        if (line.kind == CfgLine::Kind::Blank) {
            ++pendingBlankLines;
            continue;
        }
        for (; pendingBlankLines > 0; --pendingBlankLines) {
            out.append('\n');
        }
        const QByteArrayView bytes = document.lineBytes(i);
        switch (line.kind) {
        case CfgLine::Kind::KeyValue:
            out.append(document.keyBytes(i));
            out.append('=');
            out.append(document.valueBytes(i).trimmed());
            break;
        case CfgLine::Kind::Include:
            out.append("include ");
            out.append(bytes.sliced(line.keyBegin, line.keyLength));
            break;
        case CfgLine::Kind::Comment:
        case CfgLine::Kind::Invalid:
        case CfgLine::Kind::Blank:
            out.append(bytes.trimmed());
            break;
        }
        out.append('\n');
    }
    return out;
}
} // namespace CfgFormatter
