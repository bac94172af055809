// Fuzz target: the CSV files an administrator imports, often exported from the vendor's console
// or edited in a spreadsheet.
//   0: the users+devices file. Invariant: the rows it reads, written out, read back unchanged
//      and without a problem.
//   1: the placeholder exports (template, region, system). Invariant: every row and problem is
//      on a line of the file, rows in order.
//   2: the CSV reader itself. Invariant: records written out as CSV read back the same.
#include "csvreader.h"
#include "csvwriter.h"
#include "fuzzinput.h"
#include "placeholdercsv.h"
#include "usercsv.h"

namespace {
bool sameDevice(const UserCsvDevice& a, const UserCsvDevice& b)
{
    return a.displayName == b.displayName && a.mac == b.mac && a.serialNumber == b.serialNumber && a.model == b.model
        && a.teams == b.teams && a.language == b.language && a.vlanMode == b.vlanMode && a.vlanId == b.vlanId
        && a.vlanPriority == b.vlanPriority;
}

bool sameRow(const UserCsvRow& a, const UserCsvRow& b)
{
    if (a.name != b.name || a.password != b.password || a.displayName != b.displayName || a.region != b.region
        || a.devices.size() != b.devices.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.devices.size(); ++i) {
        if (!sameDevice(a.devices.at(i), b.devices.at(i))) {
            return false;
        }
    }
    return true;
}

int lineCount(const QByteArray& data)
{
    return static_cast<int>(data.count('\n') + data.count('\r')) + 1;
}

void users(const QByteArray& data)
{
    QVector<UserCsvRow> rows;
    QVector<UserCsvProblem> problems;
    UserCsv::read(data, &rows, &problems);
    for (const UserCsvProblem& p : problems) {
        FUZZ_CHECK(p.line >= 1 && p.line <= lineCount(data));
        FUZZ_CHECK(!p.message.isEmpty());
    }
    if (rows.isEmpty()) {
        return;
    }
    QVector<UserCsvRow> again;
    QVector<UserCsvProblem> againProblems;
    FUZZ_CHECK(UserCsv::read(UserCsv::write(rows), &again, &againProblems));
    FUZZ_CHECK(againProblems.isEmpty());
    FUZZ_CHECK(again.size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        FUZZ_CHECK(sameRow(rows.at(i), again.at(i)));
    }
}

void placeholders(const QByteArray& data)
{
    PlaceholderCsv csv;
    QString error;
    if (!PlaceholderCsv::parse(data, &csv, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    int last = 1;
    for (const PlaceholderCsv::Row& row : csv.rows) {
        FUZZ_CHECK(row.line > last && row.line <= lineCount(data));
        FUZZ_CHECK(!row.name.isEmpty());
        last = row.line;
    }
    for (const PlaceholderCsv::Problem& p : csv.problems) {
        FUZZ_CHECK(p.line >= 1 && p.line <= lineCount(data));
        FUZZ_CHECK(!p.message.isEmpty());
    }
    // What was read is written in the same layout and reads back the same (the export/import
    // round trip of GET/POST /api/v1/export|import/placeholders).
    PlaceholderCsv again;
    FUZZ_CHECK(PlaceholderCsv::parse(PlaceholderCsv::write(csv.level, csv.rows), &again, &error));
    FUZZ_CHECK(again.level == csv.level);
    FUZZ_CHECK(again.problems.isEmpty());
    FUZZ_CHECK(again.rows.size() == csv.rows.size());
    for (qsizetype i = 0; i < csv.rows.size(); ++i) {
        const PlaceholderCsv::Row& a = csv.rows.at(i);
        const PlaceholderCsv::Row& b = again.rows.at(i);
        FUZZ_CHECK(a.name == b.name && a.value == b.value && a.owner == b.owner);
        FUZZ_CHECK(csv.level != PlaceholderLevel::Template || a.description == b.description);
    }
}

void records(const QByteArray& data)
{
    QVector<CsvRecord> read;
    QString error;
    if (!CsvReader::parse(data, &read, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    QVector<QStringList> rows;
    for (const CsvRecord& r : read) {
        if (!CsvReader::isBlank(r)) {
            rows.append(r.fields);
        }
    }
    if (rows.isEmpty()) {
        return;
    }
    const QStringList header = rows.takeFirst();
    QVector<CsvRecord> again;
    FUZZ_CHECK(CsvReader::parse(CsvWriter::table(header, rows), &again, &error));
    QVector<QStringList> againRows;
    for (const CsvRecord& r : again) {
        if (!CsvReader::isBlank(r)) {
            againRows.append(r.fields);
        }
    }
    // The writer neutralises formula cells with a leading quote: compare what a reader restores.
    rows.prepend(header);
    FUZZ_CHECK(againRows.size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        FUZZ_CHECK(againRows.at(i).size() == rows.at(i).size());
        for (qsizetype j = 0; j < rows.at(i).size(); ++j) {
            FUZZ_CHECK(UserCsv::restore(againRows.at(i).at(j)) == UserCsv::restore(rows.at(i).at(j)));
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput in(data, size);
    switch (in.byte() % 3) {
    case 0:
        users(in.rest());
        break;
    case 1:
        placeholders(in.rest());
        break;
    default:
        records(in.rest());
        break;
    }
    return 0;
}
