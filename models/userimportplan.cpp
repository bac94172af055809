#include "userimportplan.h"

#include "csvreader.h"

#include <QHash>

namespace {
int column(const QStringList& header, std::initializer_list<const char*> names)
{
    for (int i = 0; i < header.size(); ++i) {
        for (const char* n : names) {
            if (header.at(i).trimmed().compare(QLatin1String(n), Qt::CaseInsensitive) == 0) {
                return i;
            }
        }
    }
    return -1;
}
} // namespace

UserImportPlan UserImportPlan::read(const QByteArray& data)
{
    UserImportPlan plan;
    QVector<CsvRecord> records;
    QString error;
    if (!CsvReader::parse(data, &records, &error)) {
        plan.m_fileProblem = error;
        return plan;
    }
    QVector<UserCsvProblem> problems;
    QVector<UserCsvProblem> warnings;
    UserCsv::read(data, &plan.m_good, &problems, &warnings);
    QHash<int, QString> warningOf;
    for (const UserCsvProblem& w : std::as_const(warnings)) {
        QString& text = warningOf[w.line];
        text += text.isEmpty() ? w.message : QStringLiteral("; ") + w.message;
    }
    QHash<int, QString> problemOf;
    for (const UserCsvProblem& p : std::as_const(problems)) {
        if (p.line <= 1) {
            plan.m_fileProblem = p.message; // the header: no line can be read
        }
        QString& text = problemOf[p.line];
        text += text.isEmpty() ? p.message : QStringLiteral("; ") + p.message;
    }
    if (!plan.m_fileProblem.isEmpty() || records.isEmpty()) {
        if (plan.m_fileProblem.isEmpty()) {
            plan.m_fileProblem = QStringLiteral("the file is empty");
        }
        plan.m_good.clear();
        return plan;
    }
    const QStringList header = records.first().fields;
    const int name = column(header, {"Name"});
    const int display = column(header, {"Display Name"});
    const int region = column(header, {"Region", "Tenant"});
    QVector<int> macColumns;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed();
        if (h.startsWith(QLatin1String("Device "), Qt::CaseInsensitive)
            && h.endsWith(QLatin1String(" MAC Address"), Qt::CaseInsensitive)) {
            macColumns.append(i);
        }
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& rec = records.at(r);
        if (CsvReader::isBlank(rec)) {
            continue;
        }
        const auto cell = [&rec](int i) {
            return i >= 0 && i < rec.fields.size() ? rec.fields.at(i).trimmed() : QString();
        };
        Line l;
        l.line = rec.line;
        l.name = cell(name);
        l.displayName = cell(display);
        l.region = cell(region);
        for (int c : std::as_const(macColumns)) {
            if (!cell(c).isEmpty()) {
                l.macs << cell(c);
            }
        }
        l.problem = problemOf.value(rec.line);
        l.warning = warningOf.value(rec.line);
        plan.m_lines.append(l);
    }
    return plan;
}

int UserImportPlan::warningCount() const
{
    int n = 0;
    for (const Line& l : m_lines) {
        n += l.problem.isEmpty() && !l.warning.isEmpty() ? 1 : 0;
    }
    return n;
}

QByteArray UserImportPlan::batch(int from, int count) const
{
    return UserCsv::write(m_good.mid(from, count));
}

int UserImportPlan::rowOfBatchLine(const QByteArray& batchFile, int line)
{
    QVector<CsvRecord> records;
    QString error;
    if (!CsvReader::parse(batchFile, &records, &error)) {
        return -1;
    }
    for (qsizetype i = 1; i < records.size(); ++i) { // records[0] is the header
        if (records.at(i).line == line) {
            return static_cast<int>(i - 1);
        }
    }
    return -1;
}
