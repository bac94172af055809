#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// CSV files a spreadsheet opens as they are meant: a UTF-8 BOM, CRLF lines, cells quoted only
// when they must be, and cells a spreadsheet would run as a formula (starting with = + - @, tab
// or CR) neutralised with a leading quote (UserCsv::neutralise).
namespace CsvWriter {
// One cell as it goes between the commas.
QString cell(const QString& text);
// The whole file: the header, then each row.
QByteArray table(const QStringList& header, const QVector<QStringList>& rows);
} // namespace CsvWriter
