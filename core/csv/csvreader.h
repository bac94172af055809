#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// One record of a CSV file and the line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 CSV as spreadsheets write it: ',' separators, '"' quoting with "" for a quote,
// fields spanning lines inside quotes, CRLF or LF, a UTF-8 BOM. Text that is not valid UTF-8
// is read as ISO-8859-1 (Latin-1), the usual alternative in spreadsheet exports.
namespace CsvReader {
// False with "line N: ..." in *error for an unterminated quote or text after a closing quote.
bool parse(const QByteArray& data, QVector<CsvRecord>* records, QString* error);
// Empty lines are skipped; this tells whether a record is one (a single empty field).
bool isBlank(const CsvRecord& record);
} // namespace CsvReader
