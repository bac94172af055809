#include "placeholdercsv.h"

#include "cfgvalue.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "usercsv.h"

#include <QHash>

namespace {
struct Form
{
    PlaceholderLevel level;
    QStringList header;
};

QString stripMarkers(QString name)
{
    // Exports sometimes hold the placeholder as written in templates: "%ITCS_Name%".
    name = name.trimmed();
    if (name.startsWith(QLatin1String("%ITCS_")) && name.endsWith(u'%') && name.size() > 7) {
        name = name.mid(6, name.size() - 7);
    }
    return name;
}

const Form forms[] = {
    {PlaceholderLevel::Template,
     {QStringLiteral("DEF_KEY"), QStringLiteral("DEF_VAL"), QStringLiteral("DESCRIPTION"), QStringLiteral("MODEL")}},
    {PlaceholderLevel::Region,
     {QStringLiteral("TENANT_KEY"), QStringLiteral("TENANT_VAL"), QStringLiteral("TENANT_ID")}},
    {PlaceholderLevel::System, {QStringLiteral("KEY"), QStringLiteral("VAL")}},
    {PlaceholderLevel::Device,
     {QStringLiteral("DEVICE_KEY"), QStringLiteral("DEVICE_VAL"), QStringLiteral("DEVICE_MAC")}},
    {PlaceholderLevel::Site, {QStringLiteral("SITE_KEY"), QStringLiteral("SITE_VAL"), QStringLiteral("SITE_ID")}},
};

const Form& formOf(PlaceholderLevel level)
{
    for (const Form& f : forms) {
        if (f.level == level) {
            return f;
        }
    }
    return forms[2];
}
} // namespace

QStringList PlaceholderCsv::header(PlaceholderLevel level)
{
    return formOf(level).header;
}

QByteArray PlaceholderCsv::write(PlaceholderLevel level, const QVector<Row>& rows)
{
    QVector<QStringList> cells;
    cells.reserve(rows.size());
    for (const Row& r : rows) {
        switch (level) {
        case PlaceholderLevel::Template:
            cells.append({r.name, r.value, r.description, r.owner});
            break;
        case PlaceholderLevel::Region:
        case PlaceholderLevel::Device:
        case PlaceholderLevel::Site:
            cells.append({r.name, r.value, r.owner});
            break;
        case PlaceholderLevel::System:
            cells.append({r.name, r.value});
            break;
        }
    }
    return CsvWriter::table(header(level), cells);
}

bool PlaceholderCsv::parse(const QByteArray& data, PlaceholderCsv* out, QString* error)
{
    QVector<CsvRecord> records;
    if (!CsvReader::parse(data, &records, error)) {
        return false;
    }
    if (records.isEmpty()) {
        *error = QStringLiteral("the file is empty");
        return false;
    }
    QStringList header;
    for (const QString& h : records.first().fields) {
        header.append(h.trimmed().toUpper());
    }
    const Form* form = nullptr;
    for (const Form& f : forms) {
        if (header == f.header) {
            form = &f;
        }
    }
    if (!form) {
        *error = QStringLiteral("unknown header '%1'; expected DEF_KEY,DEF_VAL,DESCRIPTION,MODEL or "
                                "TENANT_KEY,TENANT_VAL,TENANT_ID or SITE_KEY,SITE_VAL,SITE_ID or KEY,VAL or "
                                "DEVICE_KEY,DEVICE_VAL,DEVICE_MAC")
                     .arg(records.first().fields.join(u','));
        return false;
    }
    PlaceholderCsv result;
    result.level = form->level;
    QHash<QString, int> seen; // owner + name -> line
    for (const CsvRecord& r : records.mid(1)) {
        if (r.fields.size() != form->header.size()) {
            result.problems.append(
                {r.line, QStringLiteral("%1 fields, expected %2").arg(r.fields.size()).arg(form->header.size())});
            continue;
        }
        Row row;
        row.line = r.line;
        row.name = stripMarkers(UserCsv::restore(r.fields.at(0)));
        row.value = UserCsv::restore(r.fields.at(1));
        if (form->level == PlaceholderLevel::Template) {
            row.description = UserCsv::restore(r.fields.at(2));
            row.owner = UserCsv::restore(r.fields.at(3).trimmed());
        } else if (form->level != PlaceholderLevel::System) {
            row.owner = UserCsv::restore(r.fields.at(2).trimmed());
        }
        if (!Placeholder::isValidName(row.name)) {
            result.problems.append({r.line, QStringLiteral("'%1' is not a placeholder name").arg(row.name)});
            continue;
        }
        if (CfgValue::hasLineBreak(row.value)) {
            result.problems.append({r.line, QStringLiteral("the value of %1 holds a line break").arg(row.name)});
            continue;
        }
        if (form->level != PlaceholderLevel::System && row.owner.isEmpty()) {
            result.problems.append({r.line, QStringLiteral("%1 names no %2").arg(row.name, form->header.last())});
            continue;
        }
        const QString key = row.owner.toLower() + u'\n' + row.name;
        if (seen.contains(key)) {
            result.problems.append(
                {r.line,
                 QStringLiteral("%1%2 is also on line %3")
                     .arg(row.name, row.owner.isEmpty() ? QString() : QStringLiteral(" of '%1'").arg(row.owner))
                     .arg(seen.value(key))});
            continue;
        }
        seen.insert(key, r.line);
        result.rows.append(row);
    }
    *out = result;
    return true;
}
