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

// RFC 4180 CSV as spreadsheets write it: '"' quoting with "" for a quote, fields spanning lines
// inside quotes, CRLF or LF, a UTF-8 BOM. The separator is ',' or what the header line says:
// spreadsheets in most European locales write ';', and "text" exports a tab. Text that is not
// valid UTF-8 is read as ISO-8859-1 (Latin-1), the usual alternative in spreadsheet exports.
namespace CsvReader {
// False with "line N: ..." in *error for an unterminated quote or text after a closing quote, and
// for a file past a million lines or a line past 10 000 fields (what a hostile file costs).
// separator: where not null, receives the separator the file uses.
bool parse(const QByteArray& data, QVector<CsvRecord>* records, QString* error, QChar* separator = nullptr);
// The separator of a file whose first line is `header`: of ',', ';' and tab, the one found most
// often outside quotes (',' when none is, or on a tie with it).
QChar detectSeparator(QStringView header);
// Empty lines are skipped; this tells whether a record is one (a single empty field).
bool isBlank(const CsvRecord& record);
} // namespace CsvReader
