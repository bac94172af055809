#include "voiprovision.h"

#include "cfgdocument.h"
#include "cfgvalue.h"
#include "csvreader.h"

#include <QSet>

#include <algorithm>

namespace {
// Replaces, in one left-to-right pass, each tag found in text; longer tags are tried first so
// that "@id@" wins over "id", and a replacement is never searched again.
QString substitute(const QString& text, const QStringList& tagsLongestFirst, const QHash<QString, QString>& values)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        bool replaced = false;
        for (const QString& tag : tagsLongestFirst) {
            if (QStringView(text).mid(i).startsWith(tag)) {
                out.append(values.value(tag));
                i += tag.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out.append(text.at(i++));
        }
    }
    return out;
}
} // namespace

namespace VoIProvision {
bool isSafeFileName(const QString& name)
{
    if (name.trimmed().isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
        return false;
    }
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c.unicode() < 0x20) {
            return false;
        }
    }
    return !name.startsWith(u'.') || name.size() > 2;
}

bool generate(const QByteArray& csv, const QByteArray& templ, const QString& nameTag, Result* result, QString* error)
{
    QVector<CsvRecord> records;
    if (!CsvReader::parse(csv, &records, error)) {
        return false;
    }
    if (records.isEmpty()) {
        *error = QStringLiteral("the CSV file is empty; its first line must list the tags");
        return false;
    }
    QStringList tags;
    for (const QString& t : records.first().fields) {
        tags.append(t.trimmed());
    }
    if (tags.contains(QString())) {
        *error = QStringLiteral("line 1: a tag is empty");
        return false;
    }
    const int nameColumn = tags.indexOf(nameTag.trimmed());
    if (nameColumn < 0) {
        *error = QStringLiteral("the name tag '%1' is not one of the CSV's tags (%2)").arg(nameTag, tags.join(u','));
        return false;
    }
    QStringList longestFirst = tags;
    std::stable_sort(longestFirst.begin(), longestFirst.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });

    const CfgDocument document = CfgDocument::parse(templ);
    Result out;
    QSet<QString> seen;
    for (const CsvRecord& record : records.mid(1)) {
        if (record.fields.size() != tags.size()) {
            out.problems.append(
                {record.line, QStringLiteral("%1 values for %2 tags").arg(record.fields.size()).arg(tags.size())});
            continue;
        }
        QString fileName = record.fields.at(nameColumn).trimmed();
        if (!fileName.isEmpty() && !fileName.endsWith(QLatin1String(".cfg"), Qt::CaseInsensitive)) {
            fileName += QLatin1String(".cfg");
        }
        if (fileName.isEmpty()) {
            out.problems.append(
                {record.line, QStringLiteral("the %1 value, which names the file, is empty").arg(nameTag)});
            continue;
        }
        if (!isSafeFileName(fileName)) {
            out.problems.append(
                {record.line, QStringLiteral("'%1' would be written outside the output folder").arg(fileName)});
            continue;
        }
        if (seen.contains(fileName.toLower())) {
            out.problems.append({record.line, QStringLiteral("%1 is named by an earlier line too").arg(fileName)});
            continue;
        }
        QHash<QString, QString> values;
        bool lineBreak = false;
        for (int i = 0; i < tags.size(); ++i) {
            values.insert(tags.at(i), record.fields.at(i));
            lineBreak = lineBreak || CfgValue::hasLineBreak(record.fields.at(i));
        }
        if (lineBreak) {
            out.problems.append({record.line, QStringLiteral("a value holds a line break")});
            continue;
        }
        seen.insert(fileName.toLower());
        CfgDocument rendered = document;
        for (int i = 0; i < rendered.lineCount(); ++i) {
            if (rendered.line(i).kind != CfgLine::Kind::KeyValue) {
                continue;
            }
            const QString value = rendered.value(i);
            const QString replaced = substitute(value, longestFirst, values);
            if (replaced != value) {
                rendered.setLineText(i, rendered.key(i).toUtf8() + '=' + replaced.toUtf8());
            }
        }
        out.files.append({record.line, fileName, rendered.toByteArray()});
    }
    *result = out;
    return true;
}
} // namespace VoIProvision
