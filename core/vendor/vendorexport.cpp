#include "vendorexport.h"

#include "cfgvalue.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "usercsv.h"
#include "ziparchive.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace {
// Past any real server (a few hundred templates, tenants and sites), and a bound on what a
// hostile bundle costs: lines beyond are a note.
constexpr qsizetype maxRows = 10000;

const QString templatesZip = QStringLiteral("Templates.zip");
const QString tenantsZip = QStringLiteral("Tenants.zip");
const QString sitesZip = QStringLiteral("Sites.zip");
const QString templatesCsv = QStringLiteral("Templates.csv");
const QString tenantsCsv = QStringLiteral("Tenants.csv");
const QString sitesCsv = QStringLiteral("Sites.csv");
const QString templateValuesCsv = QStringLiteral("Template_Placeholders.csv");
const QString tenantValuesCsv = QStringLiteral("Tenant_Placeholders.csv");
const QString siteValuesCsv = QStringLiteral("Site_Placeholders.csv");
const QString settingsCsv = QStringLiteral("System_Settings.csv");

const QStringList templateColumns {QStringLiteral("MODEL_NAME"),         QStringLiteral("MODEL_DESC"),
                                   QStringLiteral("TEMPLATE_FILE_PATH"), QStringLiteral("OVERWRITE_FILE_PATH"),
                                   QStringLiteral("TENANT_ID"),          QStringLiteral("TYPE"),
                                   QStringLiteral("DEFAULT_MODEL")};
const QStringList tenantColumns {QStringLiteral("NAME"), QStringLiteral("DESCRIPTION")};
const QStringList siteColumns {QStringLiteral("SITE_NAME"), QStringLiteral("SITE_DESCRIPTION"),
                               QStringLiteral("SITE_TENANT_NAME"), QStringLiteral("SITE_REGION_NAME")};
const QStringList siteValueColumns {QStringLiteral("SITE_KEY"), QStringLiteral("SITE_VAL"), QStringLiteral("SITE_ID")};

// One archive's files by their file name in lower case (the vendor's tools differ in case, and
// some put the files in a folder).
class Files
{
public:
    Files() = default;
    explicit Files(const QVector<ZipEntry>& entries)
    {
        for (const ZipEntry& e : entries) {
            m_files.insert(VendorExport::fileName(e.name).toLower(), e.data);
        }
    }
    bool has(const QString& name) const { return m_files.contains(name.toLower()); }
    QByteArray get(const QString& name) const { return m_files.value(name.toLower()); }

private:
    QHash<QString, QByteArray> m_files;
};

// A CSV file's lines as cells in the order of `columns`, found by header name (any order, any
// case; extra columns ignored). A missing column or a line with the wrong number of cells is a
// note, and the file or line is left out.
struct Table
{
    struct Line
    {
        int line = 0;
        QStringList cells;
    };
    QVector<Line> lines;
};

Table readTable(const QByteArray& data, const QStringList& columns, const QString& file,
                QVector<VendorExport::Note>* notes)
{
    Table table;
    QVector<CsvRecord> records;
    QString error;
    if (!CsvReader::parse(data, &records, &error)) {
        notes->append({file, 0, error});
        return table;
    }
    if (records.isEmpty()) {
        return table;
    }
    QStringList header;
    for (const QString& h : records.first().fields) {
        header.append(h.trimmed().toUpper());
    }
    QVector<int> at;
    QStringList missing;
    for (const QString& c : columns) {
        at.append(static_cast<int>(header.indexOf(c)));
        if (at.last() < 0) {
            missing.append(c);
        }
    }
    if (!missing.isEmpty()) {
        notes->append({file, records.first().line,
                       QStringLiteral("no column %1; the file was not read (expected %2)")
                           .arg(missing.join(QStringLiteral(", ")), columns.join(u','))});
        return table;
    }
    for (const CsvRecord& r : records.mid(1)) {
        if (r.fields.size() != header.size()) {
            notes->append(
                {file, r.line, QStringLiteral("%1 fields, expected %2").arg(r.fields.size()).arg(header.size())});
            continue;
        }
        Table::Line line;
        line.line = r.line;
        for (const int i : at) {
            line.cells.append(UserCsv::restore(r.fields.at(i)));
        }
        table.lines.append(line);
    }
    return table;
}

PlaceholderCsv readValues(const QByteArray& data, PlaceholderLevel level, const QString& file,
                          QVector<VendorExport::Note>* notes)
{
    PlaceholderCsv csv;
    QString error;
    if (!PlaceholderCsv::parse(data, &csv, &error)) {
        notes->append({file, 0, error});
        return PlaceholderCsv {level, {}, {}};
    }
    if (csv.level != level) {
        notes->append({file, 1,
                       QStringLiteral("the header is %1's, expected %2; the file was not read")
                           .arg(placeholderLevelToString(csv.level), PlaceholderCsv::header(level).join(u','))});
        return PlaceholderCsv {level, {}, {}};
    }
    for (const PlaceholderCsv::Problem& p : csv.problems) {
        notes->append({file, p.line, p.message});
    }
    csv.problems.clear();
    return csv;
}

bool readFlag(const QString& text, bool* value)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes")) {
        *value = true;
        return true;
    }
    if (t.isEmpty() || t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no")) {
        *value = false;
        return true;
    }
    return false;
}

// A nested archive of the bundle, read under what is left of the limits.
Files readNested(const Files& outer, const QString& name, ZipLimits* limits, QVector<VendorExport::Note>* notes)
{
    if (!outer.has(name)) {
        return {};
    }
    const QByteArray data = outer.get(name);
    QVector<ZipEntry> entries;
    QString error;
    if (!ZipArchive::read(data, &entries, &error, *limits)) {
        notes->append({name, 0, QStringLiteral("not read: %1").arg(error)});
        return {};
    }
    qint64 size = 0;
    for (const ZipEntry& e : entries) {
        size += e.data.size();
    }
    limits->maxTotalSize -= size;
    limits->maxEntries -= static_cast<int>(entries.size());
    return Files(entries);
}

void readTemplates(const Files& files, VendorExport* out)
{
    const QString file = templatesZip + u'/' + templatesCsv;
    if (!files.has(templatesCsv)) {
        return;
    }
    const Table table = readTable(files.get(templatesCsv), templateColumns, file, &out->notes);
    QHash<QString, int> seen;
    for (const Table::Line& l : table.lines) {
        if (out->templates.size() >= maxRows) {
            out->notes.append(
                {file, l.line, QStringLiteral("more than %1 templates: the rest was not read").arg(maxRows)});
            break;
        }
        VendorExport::Template t;
        t.line = l.line;
        t.name = l.cells.at(0).trimmed();
        t.description = l.cells.at(1);
        t.templatePath = l.cells.at(2).trimmed();
        t.overwritePath = l.cells.at(3).trimmed();
        t.tenantId = l.cells.at(4).trimmed();
        t.type = l.cells.at(5).trimmed();
        if (t.name.isEmpty()) {
            out->notes.append({file, l.line, QStringLiteral("no MODEL_NAME; the line was not read")});
            continue;
        }
        // Names may repeat across tenants (PhoneFleet's regions may each have a "Desk_430HD").
        const QString key = t.name.toLower() + u'\n' + t.tenantId;
        if (seen.contains(key)) {
            out->notes.append(
                {file, l.line,
                 QStringLiteral("template '%1' of TENANT_ID '%2' is also on line %3; this line was not read")
                     .arg(t.name, t.tenantId)
                     .arg(seen.value(key))});
            continue;
        }
        if (!readFlag(l.cells.at(6), &t.isDefault)) {
            out->notes.append(
                {file, l.line,
                 QStringLiteral("DEFAULT_MODEL '%1' is neither true nor false; taken as false").arg(l.cells.at(6))});
        }
        const QString data = VendorExport::templateFileName(t);
        if (data.compare(templatesCsv, Qt::CaseInsensitive) == 0) {
            out->notes.append({file, l.line,
                               QStringLiteral("the template file is named %1, like the list itself; template '%2' "
                                              "was not read")
                                   .arg(templatesCsv, t.name)});
            continue;
        }
        if (!files.has(data)) {
            out->notes.append({file, l.line,
                               QStringLiteral("the template file '%1' is not in %2; template '%3' was not read")
                                   .arg(data, templatesZip, t.name)});
            continue;
        }
        t.xml = files.get(data);
        if (!t.overwritePath.isEmpty()) {
            const QString overwrite = VendorExport::safeFileName(VendorExport::fileName(t.overwritePath));
            if (files.has(overwrite) && overwrite.compare(templatesCsv, Qt::CaseInsensitive) != 0) {
                t.overwrite = files.get(overwrite);
            } else {
                t.overwriteMissing = true;
            }
        }
        seen.insert(key, l.line);
        out->templates.append(t);
    }
}

void readTenants(const Files& files, VendorExport* out)
{
    const QString file = tenantsZip + u'/' + tenantsCsv;
    if (!files.has(tenantsCsv)) {
        return;
    }
    const Table table = readTable(files.get(tenantsCsv), tenantColumns, file, &out->notes);
    QHash<QString, int> seen;
    QHash<QString, QString> overrideFiles; // lower-case file name -> the tenant it belongs to
    for (const Table::Line& l : table.lines) {
        if (out->tenants.size() >= maxRows) {
            out->notes.append(
                {file, l.line, QStringLiteral("more than %1 tenants: the rest was not read").arg(maxRows)});
            break;
        }
        VendorExport::Tenant t;
        t.line = l.line;
        t.name = l.cells.at(0).trimmed();
        t.description = l.cells.at(1);
        if (t.name.isEmpty()) {
            out->notes.append({file, l.line, QStringLiteral("no NAME; the line was not read")});
            continue;
        }
        if (seen.contains(t.name.toLower())) {
            out->notes.append({file, l.line,
                               QStringLiteral("tenant '%1' is also on line %2; this line was not read")
                                   .arg(t.name)
                                   .arg(seen.value(t.name.toLower()))});
            continue;
        }
        seen.insert(t.name.toLower(), l.line);
        // Two names may give one file name ("a/b" and "a_b"): the file is the first tenant's.
        const QString overrides = VendorExport::cfgFileName(t.name).toLower();
        if (overrideFiles.contains(overrides)) {
            out->notes.append({file, l.line,
                               QStringLiteral("tenant '%1' would read the overrides of '%2' (%3): it gets none")
                                   .arg(t.name, overrideFiles.value(overrides), VendorExport::cfgFileName(t.name))});
        } else {
            overrideFiles.insert(overrides, t.name);
            t.overrides = files.get(VendorExport::cfgFileName(t.name));
        }
        out->tenants.append(t);
    }
}

void readSites(const Files& files, const QByteArray& values, VendorExport* out)
{
    if (files.has(sitesCsv)) {
        const QString file = sitesZip + u'/' + sitesCsv;
        const Table table = readTable(files.get(sitesCsv), siteColumns, file, &out->notes);
        for (const Table::Line& l : table.lines) {
            if (out->sites.size() >= maxRows) {
                out->notes.append(
                    {file, l.line, QStringLiteral("more than %1 sites: the rest was not read").arg(maxRows)});
                break;
            }
            VendorExport::Site s {l.line, l.cells.at(0).trimmed(), l.cells.at(1), l.cells.at(2).trimmed(),
                                  l.cells.at(3).trimmed()};
            if (s.name.isEmpty()) {
                out->notes.append({file, l.line, QStringLiteral("no SITE_NAME; the line was not read")});
                continue;
            }
            out->sites.append(s);
        }
    }
    if (values.isNull()) {
        return;
    }
    const Table table = readTable(values, siteValueColumns, siteValuesCsv, &out->notes);
    QHash<QString, int> seen;
    for (const Table::Line& l : table.lines) {
        PlaceholderCsv::Row row {l.line, l.cells.at(0).trimmed(), l.cells.at(1), {}, l.cells.at(2).trimmed()};
        if (row.name.startsWith(QLatin1String("%ITCS_")) && row.name.endsWith(u'%') && row.name.size() > 7) {
            row.name = row.name.mid(6, row.name.size() - 7);
        }
        QString problem;
        const QString key = row.owner.toLower() + u'\n' + row.name;
        if (!Placeholder::isValidName(row.name)) {
            problem = QStringLiteral("'%1' is not a placeholder name").arg(row.name);
        } else if (CfgValue::hasLineBreak(row.value)) {
            problem = QStringLiteral("the value of %1 holds a line break").arg(row.name);
        } else if (row.owner.isEmpty()) {
            problem = QStringLiteral("%1 names no SITE_ID").arg(row.name);
        } else if (seen.contains(key)) {
            problem = QStringLiteral("%1 of '%2' is also on line %3").arg(row.name, row.owner).arg(seen.value(key));
        }
        if (!problem.isEmpty()) {
            out->notes.append({siteValuesCsv, l.line, problem});
            continue;
        }
        seen.insert(key, l.line);
        out->siteValues.append(row);
    }
}

// At most maxNotesPerFile notes a file, then one that counts the rest: a file of a million bad
// lines is reported, not listed.
void keepFirstNotes(QVector<VendorExport::Note>* notes)
{
    constexpr int maxNotesPerFile = 1000;
    QHash<QString, int> count;
    QVector<VendorExport::Note> kept;
    for (const VendorExport::Note& n : std::as_const(*notes)) {
        if (++count[n.file] <= maxNotesPerFile) {
            kept.append(n);
        }
    }
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > maxNotesPerFile) {
            kept.append(
                {it.key(), 0,
                 QStringLiteral("%1 more line(s) of this file were not read").arg(it.value() - maxNotesPerFile)});
        }
    }
    *notes = kept;
}

QByteArray flag(bool value)
{
    return value ? "true" : "false";
}
} // namespace

QString VendorExport::fileName(const QString& path)
{
    const qsizetype slash = qMax(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    return path.mid(slash + 1);
}

QString VendorExport::safeFileName(const QString& name)
{
    QString safe = name;
    for (QChar& c : safe) {
        if (c == u'/' || c == u'\\' || c == u':' || c.unicode() < 0x20 || c.unicode() == 0x7F) {
            c = u'_';
        }
    }
    return safe == QLatin1String(".") || safe == QLatin1String("..") ? QStringLiteral("_") : safe;
}

QString VendorExport::templateFileName(const Template& t)
{
    const QString name = safeFileName(fileName(t.templatePath));
    return name.isEmpty() ? cfgFileName(t.name) : name;
}

QString VendorExport::cfgFileName(const QString& name)
{
    return safeFileName(name + QStringLiteral(".cfg"));
}

bool VendorExport::read(const QByteArray& data, VendorExport* out, QString* error, const ZipLimits& bundleLimits)
{
    *out = VendorExport();
    out->templateValues.level = PlaceholderLevel::Template;
    out->tenantValues.level = PlaceholderLevel::Region;
    out->settings.level = PlaceholderLevel::System;
    QVector<ZipEntry> entries;
    ZipLimits limits = bundleLimits;
    if (!ZipArchive::read(data, &entries, error, limits)) {
        return false;
    }
    const Files files(entries);
    const QStringList parts {templatesZip,    tenantsZip,    sitesZip,   templateValuesCsv,
                             tenantValuesCsv, siteValuesCsv, settingsCsv};
    bool any = false;
    for (const QString& p : parts) {
        any = any || files.has(p);
    }
    if (!any) {
        *error = QStringLiteral("not the vendor's configuration export: the zip holds none of %1")
                     .arg(parts.join(QStringLiteral(", ")));
        return false;
    }
    for (const ZipEntry& e : entries) {
        limits.maxTotalSize -= e.data.size();
    }
    limits.maxEntries -= static_cast<int>(entries.size());
    readTemplates(readNested(files, templatesZip, &limits, &out->notes), out);
    readTenants(readNested(files, tenantsZip, &limits, &out->notes), out);
    readSites(readNested(files, sitesZip, &limits, &out->notes),
              files.has(siteValuesCsv) ? files.get(siteValuesCsv) : QByteArray(), out);
    if (files.has(templateValuesCsv)) {
        out->templateValues =
            readValues(files.get(templateValuesCsv), PlaceholderLevel::Template, templateValuesCsv, &out->notes);
    }
    if (files.has(tenantValuesCsv)) {
        out->tenantValues =
            readValues(files.get(tenantValuesCsv), PlaceholderLevel::Region, tenantValuesCsv, &out->notes);
    }
    if (files.has(settingsCsv)) {
        out->settings = readValues(files.get(settingsCsv), PlaceholderLevel::System, settingsCsv, &out->notes);
    }
    keepFirstNotes(&out->notes);
    return true;
}

namespace {
// An archive's files, each name once (case aside): what a reader finds under a name is the first
// file given it (two templates sharing a file, two tenants whose names make the same file name).
class Archive
{
public:
    void add(const QString& name, const QByteArray& data)
    {
        if (!m_names.contains(name.toLower())) {
            m_names.insert(name.toLower());
            m_entries.append({name, data, {}});
        }
    }
    // Empty when an entry cannot be written (ZipArchive::write: a name past 65535 bytes).
    QByteArray write() const { return ZipArchive::write(m_entries); }

private:
    QSet<QString> m_names;
    QVector<ZipEntry> m_entries;
};
} // namespace

QByteArray VendorExport::write() const
{
    QVector<QStringList> templateLines;
    for (const Template& t : templates) {
        templateLines.append({t.name, t.description, t.templatePath, t.overwritePath, t.tenantId, t.type,
                              QString::fromLatin1(flag(t.isDefault))});
    }
    Archive templateFiles;
    templateFiles.add(templatesCsv, CsvWriter::table(templateColumns, templateLines));
    for (const Template& t : templates) {
        templateFiles.add(templateFileName(t), t.xml);
        if (!t.overwritePath.isEmpty() && !t.overwriteMissing) {
            templateFiles.add(safeFileName(fileName(t.overwritePath)), t.overwrite);
        }
    }

    QVector<QStringList> tenantLines;
    for (const Tenant& t : tenants) {
        tenantLines.append({t.name, t.description});
    }
    Archive tenantFiles;
    tenantFiles.add(tenantsCsv, CsvWriter::table(tenantColumns, tenantLines));
    for (const Tenant& t : tenants) {
        if (!t.overrides.isEmpty()) {
            tenantFiles.add(cfgFileName(t.name), t.overrides);
        }
    }

    QVector<QStringList> siteLines;
    for (const Site& s : sites) {
        siteLines.append({s.name, s.description, s.tenant, s.region});
    }
    QVector<QStringList> siteValueLines;
    for (const PlaceholderCsv::Row& r : siteValues) {
        siteValueLines.append({r.name, r.value, r.owner});
    }
    Archive sitesFiles;
    sitesFiles.add(sitesCsv, CsvWriter::table(siteColumns, siteLines));

    const QByteArray templatesData = templateFiles.write();
    const QByteArray tenantsData = tenantFiles.write();
    const QByteArray sitesData = sitesFiles.write();
    if (templatesData.isEmpty() || tenantsData.isEmpty() || sitesData.isEmpty()) {
        return {}; // never a bundle that silently lacks a part
    }
    Archive bundle;
    bundle.add(templatesZip, templatesData);
    bundle.add(tenantsZip, tenantsData);
    bundle.add(sitesZip, sitesData);
    bundle.add(templateValuesCsv, PlaceholderCsv::write(PlaceholderLevel::Template, templateValues.rows));
    bundle.add(tenantValuesCsv, PlaceholderCsv::write(PlaceholderLevel::Region, tenantValues.rows));
    bundle.add(siteValuesCsv, CsvWriter::table(siteValueColumns, siteValueLines));
    bundle.add(settingsCsv, PlaceholderCsv::write(PlaceholderLevel::System, settings.rows));
    return bundle.write();
}
