#include "csvwriter.h"

#include "usercsv.h"

namespace CsvWriter {
QString cell(const QString& text)
{
    const QString safe = UserCsv::neutralise(text);
    // ';' and tab too: a reader detects the separator from the header (CsvReader::detectSeparator),
    // so a header cell holding one, unquoted, would split on reading back.
    const bool needsQuotes = safe.contains(u',') || safe.contains(u';') || safe.contains(u'\t') || safe.contains(u'"')
        || safe.contains(u'\n') || safe.contains(u'\r')
        || (!safe.isEmpty() && (safe.front().isSpace() || safe.back().isSpace()));
    if (!needsQuotes) {
        return safe;
    }
    QString out = safe;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + out + u'"';
}

QByteArray table(const QStringList& header, const QVector<QStringList>& rows)
{
    QString out;
    const auto line = [&out](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0) {
                out += u',';
            }
            out += cell(cells.at(i));
        }
        out += QLatin1String("\r\n");
    };
    line(header);
    for (const QStringList& r : rows) {
        line(r);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}
} // namespace CsvWriter
