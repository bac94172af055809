#include "csvreader.h"

#include <QStringDecoder>

namespace {
QString decode(const QByteArray& data)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (!utf8.hasError()) {
        return text;
    }
    QStringDecoder latin1(QStringDecoder::Latin1);
    return latin1(data);
}
} // namespace

namespace CsvReader {
// What one file may hold: far past any real users or placeholder file (100 000 phones, ten
// devices a user), and a bound on what a hostile one costs.
constexpr qsizetype maxRecords = 1000000;
constexpr qsizetype maxFields = 10000;

QChar detectSeparator(QStringView header)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    // Lines of nothing but spaces before the header are skipped, as the parser skips them (a tab
    // is a candidate separator, so a line holding one is the header).
    bool blank = true;
    for (const QChar c : header) {
        if (c == u'"') {
            quoted = !quoted;
            blank = false;
        } else if (c == u'\n' || c == u'\r') {
            if (!quoted && !blank) {
                break;
            }
        } else if (!quoted) {
            blank = blank && c.isSpace() && c != u'\t';
            commas += c == u',' ? 1 : 0;
            semicolons += c == u';' ? 1 : 0;
            tabs += c == u'\t' ? 1 : 0;
        }
    }
    if (semicolons > commas && semicolons >= tabs) {
        return u';';
    }
    if (tabs > commas && tabs > semicolons) {
        return u'\t';
    }
    return u',';
}

bool parse(const QByteArray& data, QVector<CsvRecord>* records, QString* error, QChar* separatorOut)
{
    QString text = decode(data);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const QChar separator = detectSeparator(text);
    if (separatorOut) {
        *separatorOut = separator;
    }
    records->clear();
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool quoted = false;
    bool afterQuote = false; // a quoted field just closed: only a separator or line end may follow
    int quoteLine = 0;
    const qsizetype n = text.size();
    bool tooLarge = false;
    auto endRecord = [&]() {
        if (records->size() >= maxRecords) {
            tooLarge = true;
        }
        record.fields.append(field);
        field.clear();
        if (!isBlank(record)) {
            records->append(record);
        }
        record = CsvRecord();
        record.line = line;
        afterQuote = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == separator) {
            if (record.fields.size() >= maxFields) {
                *error = QStringLiteral("line %1 has more than %2 fields").arg(line).arg(maxFields);
                records->clear();
                return false;
            }
            record.fields.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                ++i;
            }
            ++line;
            endRecord();
            if (tooLarge) {
                *error = QStringLiteral("the file has more than %1 lines").arg(maxRecords);
                records->clear();
                return false;
            }
        } else if (afterQuote) {
            *error =
                QStringLiteral("line %1: text after a closing quote (write \"\" for a quote inside a quoted field)")
                    .arg(line);
            return false;
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        *error = QStringLiteral("line %1: a quoted field is never closed").arg(quoteLine);
        return false;
    }
    if (!field.isEmpty() || !record.fields.isEmpty()) {
        endRecord();
    }
    return true;
}

bool isBlank(const CsvRecord& record)
{
    return record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
}
} // namespace CsvReader
