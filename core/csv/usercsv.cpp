#include "usercsv.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "phonemodels.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {
// The fields of one device group, in the order an export writes them.
enum DeviceField { DisplayName, Mac, Serial, Model, Language, VlanMode, VlanId, VlanPriority, DeviceFieldCount };

const char* const deviceFieldNames[DeviceFieldCount] = {"Display Name",   "MAC Address",  "Serial Number",
                                                        "IP Phone Model", "Language",     "VLAN Mode",
                                                        "VLAN ID",        "VLAN Priority"};

struct Columns
{
    int name = -1;
    int password = -1;
    int displayName = -1;
    int region = -1;
    QVector<QVector<int>> devices; // [group][DeviceField] -> column, -1 when absent
};

bool hasLineBreak(const QString& s)
{
    return s.contains(u'\n') || s.contains(u'\r');
}

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
            for (int f = 0; f < DeviceFieldCount; ++f) {
                if (m.captured(2).compare(QLatin1String(deviceFieldNames[f]), Qt::CaseInsensitive) == 0) {
                    field = f;
                }
            }
            if (group < 1 || group > 64 || field < 0) {
                *error = QStringLiteral("column %1, '%2', is not a device column (Device N Display Name, MAC "
                                        "Address, Serial Number, IP Phone Model, Language, VLAN Mode, VLAN ID, "
                                        "VLAN Priority; N from 1 to 64)")
                             .arg(i + 1)
                             .arg(h);
                return false;
            }
            while (c->devices.size() < group) {
                c->devices.append(QVector<int>(DeviceFieldCount, -1));
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
        if (any && c->devices.at(g).at(Mac) < 0) {
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

bool readNumber(const QString& text, int max, int* out)
{
    if (text.isEmpty()) {
        *out = 0;
        return true;
    }
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 0 || v > max) {
        return false;
    }
    *out = v;
    return true;
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

QString exportModelName(const QString& model, bool teams)
{
    if (model.isEmpty()) {
        return {};
    }
    return QStringLiteral("Audiocodes_") + model + (teams ? QStringLiteral("_TEAMS") : QString());
}

bool read(const QByteArray& data, QVector<UserCsvRow>* rows, QVector<UserCsvProblem>* problems)
{
    rows->clear();
    problems->clear();
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
    QHash<QString, int> macLines;
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
        if (row.name.isEmpty()) {
            lineProblems << QStringLiteral("no user name");
        } else if (nameLines.contains(row.name)) {
            lineProblems << QStringLiteral("user '%1' is also on line %2").arg(row.name).arg(nameLines.value(row.name));
        }
        if (hasLineBreak(row.name) || hasLineBreak(row.password) || hasLineBreak(row.displayName)
            || hasLineBreak(row.region)) {
            lineProblems << QStringLiteral("a cell holds a line break");
        }
        for (int g = 0; g < c.devices.size(); ++g) {
            const QVector<int>& cols = c.devices.at(g);
            QString values[DeviceFieldCount];
            bool any = false;
            for (int f = 0; f < DeviceFieldCount; ++f) {
                values[f] = cell(r, cols.at(f));
                any = any || !values[f].isEmpty();
            }
            if (!any) {
                continue;
            }
            const QString device = QStringLiteral("device %1").arg(g + 1);
            UserCsvDevice d;
            d.displayName = values[DisplayName];
            d.mac = MacAddress::fromString(values[Mac]);
            d.serialNumber = values[Serial];
            const PhoneModels::ModelName model = PhoneModels::parse(values[Model]);
            d.model = model.model;
            d.teams = model.teams;
            d.language = values[Language];
            d.vlanMode = values[VlanMode];
            if (d.mac.isNull()) {
                lineProblems << (values[Mac].isEmpty()
                                     ? QStringLiteral("%1: no MAC address").arg(device)
                                     : QStringLiteral("%1: '%2' is not a MAC address").arg(device, values[Mac]));
            } else if (macLines.contains(d.mac.toString())) {
                lineProblems << QStringLiteral("%1: MAC %2 is also on line %3")
                                    .arg(device, d.mac.toString())
                                    .arg(macLines.value(d.mac.toString()));
            }
            if (!readNumber(values[VlanId], 4094, &d.vlanId)) {
                lineProblems
                    << QStringLiteral("%1: VLAN ID '%2' is not a number from 0 to 4094").arg(device, values[VlanId]);
            }
            if (!readNumber(values[VlanPriority], 7, &d.vlanPriority)) {
                lineProblems << QStringLiteral("%1: VLAN priority '%2' is not a number from 0 to 7")
                                    .arg(device, values[VlanPriority]);
            }
            for (const QString& v : values) {
                if (hasLineBreak(v)) {
                    lineProblems << QStringLiteral("%1: a cell holds a line break").arg(device);
                    break;
                }
            }
            if (!d.mac.isNull() && !macLines.contains(d.mac.toString())) {
                macLines.insert(d.mac.toString(), r.line);
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
        rows->append(row);
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
        for (const char* field : deviceFieldNames) {
            header << QStringLiteral("Device %1 %2").arg(g).arg(QLatin1String(field));
        }
    }
    QString out;
    out.reserve(static_cast<qsizetype>(rows.size()) * 160 + 512);
    out += header.join(u',') + QLatin1String("\r\n");
    for (const UserCsvRow& r : rows) {
        QStringList cells = {CsvWriter::cell(r.name), CsvWriter::cell(r.password), CsvWriter::cell(r.displayName),
                             CsvWriter::cell(r.region)};
        for (qsizetype g = 0; g < groups; ++g) {
            if (g >= r.devices.size()) {
                for (int f = 0; f < DeviceFieldCount; ++f) {
                    cells << QString();
                }
                continue;
            }
            const UserCsvDevice& d = r.devices.at(g);
            cells << CsvWriter::cell(d.displayName) << CsvWriter::cell(d.mac.toString())
                  << CsvWriter::cell(d.serialNumber) << CsvWriter::cell(exportModelName(d.model, d.teams))
                  << CsvWriter::cell(d.language) << CsvWriter::cell(d.vlanMode) << QString::number(d.vlanId)
                  << QString::number(d.vlanPriority);
        }
        out += cells.join(u',') + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}
} // namespace UserCsv
