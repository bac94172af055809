#include "usercsv.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "entityfields.h"
#include "phonelanguages.h"
#include "phonemodels.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {
// The fields of one device group, in the order an export writes them: the device's fields that
// have a CSV header.
const std::vector<const Field<Device>*>& deviceFields()
{
    static const std::vector<const Field<Device>*> fields =
        fieldsOf<Device>().select([](const FieldSpec& f) { return f.csv != nullptr; });
    return fields;
}

int deviceFieldCount()
{
    return static_cast<int>(deviceFields().size());
}

int macField()
{
    static const int index = [] {
        for (int f = 0; f < deviceFieldCount(); ++f) {
            if (deviceFields()[static_cast<size_t>(f)]->type == FieldType::Mac) {
                return f;
            }
        }
        return -1;
    }();
    return index;
}

QString deviceFieldList()
{
    QStringList names;
    for (const Field<Device>* f : deviceFields()) {
        names << QLatin1String(f->csv);
    }
    return names.join(QLatin1String(", "));
}

struct Columns
{
    int name = -1;
    int password = -1;
    int displayName = -1;
    int region = -1;
    QVector<QVector<int>> devices; // [group][DeviceField] -> column, -1 when absent
};

bool readHeader(const QStringList& header, Columns* c, QString* error)
{
    static const QRegularExpression deviceColumn(QStringLiteral("^device\\s+(\\d+)\\s+(.+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    QSet<QString> seen;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().simplified();
        const QString key = h.toLower();
        if (seen.contains(key)) {
            *error = QStringLiteral("the column '%1' appears twice").arg(h);
            return false;
        }
        seen.insert(key);
        if (key == QLatin1String("name")) {
            c->name = i;
        } else if (key == QLatin1String("password")) {
            c->password = i;
        } else if (key == QLatin1String("display name")) {
            c->displayName = i;
        } else if (key == QLatin1String("region") || key == QLatin1String("tenant")) {
            if (c->region >= 0) {
                *error = QStringLiteral("both 'Region' and 'Tenant' columns: give one");
                return false;
            }
            c->region = i;
        } else if (const QRegularExpressionMatch m = deviceColumn.match(h); m.hasMatch()) {
            const int group = m.captured(1).toInt();
            int field = -1;
            for (int f = 0; f < deviceFieldCount(); ++f) {
                if (m.captured(2).compare(QLatin1String(deviceFields()[static_cast<size_t>(f)]->csv),
                                          Qt::CaseInsensitive)
                    == 0) {
                    field = f;
                }
            }
            if (group < 1 || group > 64 || field < 0) {
                *error = QStringLiteral("column %1, '%2', is not a device column (Device N %3; N from 1 to 64)")
                             .arg(i + 1)
                             .arg(h, deviceFieldList());
                return false;
            }
            while (c->devices.size() < group) {
                c->devices.append(QVector<int>(deviceFieldCount(), -1));
            }
            c->devices[group - 1][field] = i;
        } else if (!key.isEmpty()) {
            *error = QStringLiteral("column %1, '%2', is not a column of the users file (Name, Password, Display "
                                    "Name, Region or Tenant, Device N ...)")
                         .arg(i + 1)
                         .arg(h);
            return false;
        }
    }
    if (c->name < 0) {
        *error = QStringLiteral("no 'Name' column: the first line must be the header "
                                "(Name,Password,Display Name,Region,Device 1 Display Name,...)");
        return false;
    }
    for (int g = 0; g < c->devices.size(); ++g) {
        bool any = false;
        for (const int col : c->devices.at(g)) {
            any = any || col >= 0;
        }
        if (any && c->devices.at(g).at(macField()) < 0) {
            *error = QStringLiteral("device %1 has columns but no 'Device %1 MAC Address'").arg(g + 1);
            return false;
        }
    }
    return true;
}

QString cell(const CsvRecord& r, int column)
{
    return column >= 0 && column < r.fields.size() ? UserCsv::restore(r.fields.at(column).trimmed()) : QString();
}

} // namespace

namespace UserCsv {
QString neutralise(const QString& cell)
{
    if (cell.isEmpty()) {
        return cell;
    }
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r') {
        return u'\'' + cell;
    }
    return cell;
}

QString restore(const QString& cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && neutralise(cell.mid(1)) != cell.mid(1)) {
        return cell.mid(1);
    }
    return cell;
}

QString exportModelName(const Device& device)
{
    if (device.model.isEmpty()) {
        return {};
    }
    if (device.modelName.startsWith(QLatin1String("Audiocodes_"), Qt::CaseInsensitive)) {
        const PhoneModels::ModelName spelt = PhoneModels::parse(device.modelName);
        if (spelt.model == device.model && spelt.teams == device.teams) {
            return device.modelName;
        }
    }
    return QStringLiteral("Audiocodes_") + device.model + (device.teams ? QStringLiteral("_TEAMS") : QString());
}

bool isVendorPassword(const QString& cell)
{
    return cell.startsWith(QLatin1String("&sh&="));
}

QString modelNameList()
{
    QStringList names;
    for (const QString& model : PhoneModels::known()) {
        names << QStringLiteral("Audiocodes_") + model;
    }
    return names.join(QLatin1String(", "));
}

bool read(const QByteArray& data, QVector<UserCsvRow>* rows, QVector<UserCsvProblem>* problems,
          QVector<UserCsvProblem>* warnings)
{
    rows->clear();
    problems->clear();
    if (warnings) {
        warnings->clear();
    }
    QVector<CsvRecord> records;
    QString error;
    if (!CsvReader::parse(data, &records, &error)) {
        // "line N: ..." from the reader.
        const int line = error.section(u' ', 1, 1).remove(u':').toInt();
        problems->append({line > 0 ? line : 1, error});
        return false;
    }
    if (records.isEmpty()) {
        problems->append({1, QStringLiteral("the file is empty: the first line must be the header")});
        return false;
    }
    Columns c;
    if (!readHeader(records.first().fields, &c, &error)) {
        problems->append({records.first().line, error});
        return false;
    }
    const int columnCount = static_cast<int>(records.first().fields.size());
    QHash<QString, int> nameLines;
    const int modelField = [] {
        for (int f = 0; f < deviceFieldCount(); ++f) {
            if (qstrcmp(deviceFields()[static_cast<size_t>(f)]->member, "model") == 0) {
                return f;
            }
        }
        return -1;
    }();
    const int languageField = [] {
        for (int f = 0; f < deviceFieldCount(); ++f) {
            if (qstrcmp(deviceFields()[static_cast<size_t>(f)]->member, "language") == 0) {
                return f;
            }
        }
        return -1;
    }();
    rows->reserve(records.size() - 1);
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord& r = records.at(i);
        QStringList lineProblems;
        if (r.fields.size() > columnCount) {
            problems->append(
                {r.line,
                 QStringLiteral("%1 cells, but the header has %2 columns").arg(r.fields.size()).arg(columnCount)});
            continue;
        }
        UserCsvRow row;
        row.line = r.line;
        row.name = cell(r, c.name);
        row.password = cell(r, c.password);
        row.displayName = cell(r, c.displayName);
        row.region = cell(r, c.region);
        if (isVendorPassword(row.password)) {
            row.password.clear();
            row.vendorPassword = true;
        }
        const FieldTable<User>& userFields = fieldsOf<User>();
        for (const auto& [member, text] : {std::pair<const char*, const QString*>("name", &row.name),
                                           std::pair<const char*, const QString*>("password", &row.password),
                                           std::pair<const char*, const QString*>("displayName", &row.displayName)}) {
            if (const QString why = userFields[member].problemOf(FieldValue::ofText(*text)); !why.isEmpty()) {
                lineProblems << why;
            }
        }
        if (!row.name.isEmpty() && nameLines.contains(row.name)) {
            lineProblems << QStringLiteral("user '%1' is also on line %2").arg(row.name).arg(nameLines.value(row.name));
        }
        if (Fields::hasLineBreak(row.region)) {
            lineProblems << QStringLiteral("Region cannot hold a line break");
        }
        QHash<QString, int> lineMacs; // MAC -> device group of this line
        for (int g = 0; g < c.devices.size(); ++g) {
            const QVector<int>& cols = c.devices.at(g);
            QStringList values;
            bool any = false;
            for (int f = 0; f < deviceFieldCount(); ++f) {
                values << cell(r, cols.at(f));
                any = any || !values.last().isEmpty();
            }
            if (!any) {
                continue;
            }
            const QString device = QStringLiteral("device %1").arg(g + 1);
            // Each cell through its field: the same check, and the same words, as the API's.
            UserCsvDevice d;
            for (int f = 0; f < deviceFieldCount(); ++f) {
                const Field<Device>& field = *deviceFields()[static_cast<size_t>(f)];
                FieldValue value;
                QString why;
                if (!field.fromText(values.at(f), &value, &why) || !(why = field.problemOf(value)).isEmpty()) {
                    lineProblems << QStringLiteral("%1: %2").arg(device, why);
                    continue;
                }
                field.assign(&d, value);
            }
            // Models and languages from the phones' own lists: a name the phone does not know
            // would give it a file for no model, or a display in no language.
            const QString modelText = modelField >= 0 ? values.at(modelField).trimmed() : QString();
            if (modelText.isEmpty() && !d.mac.isNull()) {
                lineProblems << QStringLiteral("%1: no IP Phone Model for MAC %2; give one of %3")
                                    .arg(device, d.mac.toString(), modelNameList());
            } else if (!modelText.isEmpty() && !PhoneModels::isKnown(d.model)) {
                lineProblems << QStringLiteral("%1: '%2' is not a phone model; give one of %3 (with _TEAMS or "
                                               "_LYNC for a Teams phone)")
                                    .arg(device, modelText, modelNameList());
            } else if (!modelText.isEmpty()) {
                d.modelName = modelText;
            }
            const QString languageText = languageField >= 0 ? values.at(languageField).trimmed() : QString();
            if (!languageText.isEmpty()) {
                d.language = PhoneLanguages::canonical(languageText);
                if (d.language.isEmpty()) {
                    lineProblems << QStringLiteral("%1: '%2' is not a language of the phones; give one of %3")
                                        .arg(device, languageText, PhoneLanguages::known().join(QLatin1String(", ")));
                }
            }
            if (!d.mac.isNull() && lineMacs.contains(d.mac.toString())) {
                lineProblems << QStringLiteral("%1: MAC %2 is also device %3 of this line")
                                    .arg(device, d.mac.toString())
                                    .arg(lineMacs.value(d.mac.toString()) + 1);
            } else if (!d.mac.isNull()) {
                lineMacs.insert(d.mac.toString(), g);
            }
            row.devices.append(d);
        }
        if (!row.name.isEmpty() && !nameLines.contains(row.name)) {
            nameLines.insert(row.name, r.line);
        }
        if (!lineProblems.isEmpty()) {
            problems->append({r.line, lineProblems.join(QLatin1String("; "))});
            continue;
        }
        if (row.vendorPassword && warnings) {
            warnings->append({r.line, QStringLiteral("password is the vendor's obfuscated form: set a new one")});
        }
        rows->append(row);
    }
    // A phone on two lines moved from one user to another: the later line's user gets it.
    struct Holder
    {
        qsizetype row = 0;
        qsizetype device = 0;
    };
    QHash<QString, Holder> holders;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        UserCsvRow& row = (*rows)[i];
        for (qsizetype k = 0; k < row.devices.size(); ++k) {
            const QString mac = row.devices.at(k).mac.toString();
            if (row.devices.at(k).mac.isNull()) {
                continue;
            }
            const auto earlier = holders.constFind(mac);
            if (earlier != holders.constEnd()) {
                UserCsvRow& before = (*rows)[earlier->row];
                if (warnings) {
                    warnings->append({row.line,
                                      QStringLiteral("MAC %1 is also on line %2 (user '%3'): the phone goes "
                                                     "to this line's user '%4'")
                                          .arg(mac)
                                          .arg(before.line)
                                          .arg(before.name, row.name)});
                }
                before.devices.remove(earlier->device);
                // Later devices of that row moved up by one.
                for (auto it = holders.begin(); it != holders.end(); ++it) {
                    if (it->row == earlier->row && it->device > earlier->device) {
                        --it->device;
                    }
                }
            }
            holders.insert(mac, {i, k});
        }
    }
    if (warnings) {
        std::stable_sort(warnings->begin(), warnings->end(),
                         [](const UserCsvProblem& a, const UserCsvProblem& b) { return a.line < b.line; });
    }
    return problems->isEmpty();
}

QByteArray write(const QVector<UserCsvRow>& rows)
{
    qsizetype groups = 1;
    for (const UserCsvRow& r : rows) {
        groups = qMax(groups, r.devices.size());
    }
    QStringList header = {QStringLiteral("Name"), QStringLiteral("Password"), QStringLiteral("Display Name"),
                          QStringLiteral("Region")};
    for (qsizetype g = 1; g <= groups; ++g) {
        for (const Field<Device>* field : deviceFields()) {
            header << QStringLiteral("Device %1 %2").arg(g).arg(QLatin1String(field->csv));
        }
    }
    QString out;
    out.reserve(static_cast<qsizetype>(rows.size()) * 160 + 512);
    out += header.join(u',') + QLatin1String("\r\n");
    for (const UserCsvRow& r : rows) {
        QStringList cells = {CsvWriter::cell(r.name), CsvWriter::cell(r.password), CsvWriter::cell(r.displayName),
                             CsvWriter::cell(r.region)};
        for (qsizetype g = 0; g < groups; ++g) {
            for (const Field<Device>* field : deviceFields()) {
                if (g >= r.devices.size()) {
                    cells << QString();
                    continue;
                }
                const UserCsvDevice& d = r.devices.at(g);
                // A model is exported as the vendor spells it, with its flavour.
                const QString text =
                    qstrcmp(field->member, "model") == 0 ? exportModelName(d) : field->toText(field->value(d));
                cells << CsvWriter::cell(text);
            }
        }
        out += cells.join(u',') + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}
} // namespace UserCsv
