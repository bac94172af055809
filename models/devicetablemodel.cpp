#include "devicetablemodel.h"

#include "devicefilter.h"
#include "devicestatustext.h"
#include "entityfields.h"
#include "statusicons.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>

namespace {
template <class T>
int order(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int textOrder(const QString& a, const QString& b)
{
    // Empty cells last, whatever the direction's first rows are; then case-insensitive.
    if (a.isEmpty() != b.isEmpty()) {
        return a.isEmpty() ? 1 : -1;
    }
    return a.compare(b, Qt::CaseInsensitive);
}

int timeOrder(const QDateTime& a, const QDateTime& b)
{
    if (a.isValid() != b.isValid()) {
        return a.isValid() ? 1 : -1; // never before anything
    }
    return order(a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch());
}

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

DeviceTableModel::DeviceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DeviceTableModel::setRows(QVector<DeviceRow> rows, int expected)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rows.reserve(qMax<qsizetype>(expected, m_rows.size()));
    rebuildIndex();
    endResetModel();
}

void DeviceTableModel::upsertRows(QVector<DeviceRow> rows)
{
    QVector<DeviceRow*> added;
    for (DeviceRow& r : rows) {
        if (!m_rowById.contains(r.device.id)) {
            added.append(&r);
        }
    }
    QVector<int> updated;
    for (const DeviceRow& r : rows) {
        const int at = m_rowById.value(r.device.id, -1);
        if (at < 0) {
            continue;
        }
        countUser(m_rows.at(at).device.userId, -1);
        m_rows[at] = r;
        countUser(r.device.userId, +1);
        updated.append(at);
    }
    announceChanged(updated);
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (DeviceRow* r : added) {
            m_rowById.insert(r->device.id, static_cast<int>(m_rows.size()));
            countUser(r->device.userId, +1);
            m_rows.append(std::move(*r));
        }
        endInsertRows();
    }
}

void DeviceTableModel::removeDevices(const QVector<qint64>& ids)
{
    QVector<int> rows;
    for (qint64 id : ids) {
        const int at = m_rowById.value(id, -1);
        if (at >= 0) {
            rows.append(at);
        }
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the last row up, a run of neighbours at a time.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1) {
            ++j;
        }
        const int first = rows.at(j);
        const int last = rows.at(i);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    rebuildIndex();
}

void DeviceTableModel::announceChanged(const QVector<int>& rows)
{
    if (rows.size() > batchUpdate) {
        // A boot storm's worth of changes, a renamed region: one signal over their span, so
        // views place the rows again once.
        const auto [low, high] = std::minmax_element(rows.cbegin(), rows.cend());
        Q_EMIT dataChanged(index(*low, 0), index(*high, ColumnCount - 1));
        return;
    }
    for (const int at : rows) {
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
}

template <class Pick>
void DeviceTableModel::renameWhere(Pick pick, const QString& name)
{
    QVector<int> changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        QString* field = pick(m_rows[i]);
        if (field && *field != name) {
            *field = name;
            m_rows[i].prepare();
            changed.append(i);
        }
    }
    announceChanged(changed);
}

void DeviceTableModel::setRegionName(qint64 regionId, const QString& name)
{
    renameWhere([regionId](DeviceRow& r) { return r.device.regionId == regionId ? &r.regionName : nullptr; }, name);
}

void DeviceTableModel::setUserName(qint64 userId, const QString& name)
{
    renameWhere([userId](DeviceRow& r) { return r.device.userId == userId ? &r.userName : nullptr; }, name);
}

void DeviceTableModel::setDevices(const QVector<Device>& devices, const QHash<qint64, QString>& userNames,
                                  const QHash<qint64, QString>& regionNames)
{
    QVector<DeviceRow> rows;
    rows.reserve(devices.size());
    for (const Device& d : devices) {
        DeviceRow r;
        r.device = d;
        r.userName = userNames.value(d.userId);
        r.regionName = regionNames.value(d.regionId);
        r.prepare();
        rows.append(r);
    }
    setRows(std::move(rows));
}

void DeviceTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.capacity()); // the rows a load still expects too
    m_devicesPerUser.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).device.id, i);
        countUser(m_rows.at(i).device.userId, +1);
    }
}

void DeviceTableModel::countUser(qint64 userId, int delta)
{
    if (userId <= 0) {
        return;
    }
    int& n = m_devicesPerUser[userId];
    n += delta;
    if (n <= 0) {
        m_devicesPerUser.remove(userId);
    }
}

const Device& DeviceTableModel::deviceAt(const QModelIndex& index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return m_rows.at(index.row()).device;
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DeviceTableModel::compare(int a, int b, int column) const
{
    const DeviceRow& x = m_rows.at(a);
    const DeviceRow& y = m_rows.at(b);
    const Device& d = x.device;
    const Device& e = y.device;
    int c = 0;
    switch (column) {
    case UserColumn:
        c = textOrder(x.shownUser(), y.shownUser());
        break;
    case PhoneNumberColumn:
        c = textOrder(d.phoneNumber, e.phoneNumber);
        break;
    case MacColumn:
        break; // the tie-break below
    case IpColumn:
        c = x.ipKey != y.ipKey ? order(x.ipKey, y.ipKey) : textOrder(d.ipAddress, e.ipAddress);
        break;
    case ModelColumn:
        c = textOrder(d.model, e.model);
        break;
    case FirmwareColumn:
        c = textOrder(d.firmwareVersion, e.firmwareVersion);
        break;
    case StatusColumn:
        c = order(static_cast<int>(DeviceFilter::statusOf(d.sipStatus)),
                  static_cast<int>(DeviceFilter::statusOf(e.sipStatus)));
        if (c == 0) {
            c = order(static_cast<int>(d.sipStatus), static_cast<int>(e.sipStatus));
        }
        break;
    case ReportTimeColumn:
        c = timeOrder(d.lastReport, e.lastReport);
        break;
    case RegionColumn:
        c = textOrder(x.regionName, y.regionName);
        break;
    case LocationColumn:
        c = textOrder(d.location, e.location);
        break;
    case SubnetColumn:
        c = textOrder(d.subnet, e.subnet);
        break;
    case VlanColumn:
        c = order(d.vlanId, e.vlanId);
        break;
    case ApprovalColumn:
        c = order(static_cast<int>(d.approval), static_cast<int>(e.approval));
        break;
    case StatusChangeColumn:
        c = timeOrder(d.lastStatusChange, e.lastStatusChange);
        break;
    default:
        break;
    }
    return c != 0 ? c : order(x.macKey, y.macKey);
}

QVariant DeviceTableModel::displayValue(const DeviceRow& row, int column) const
{
    const Device& d = row.device;
    switch (column) {
    case UserColumn:
        return row.shownUser();
    case PhoneNumberColumn:
        return d.phoneNumber;
    case MacColumn:
        return d.mac.toString();
    case IpColumn:
        return d.ipAddress;
    case ModelColumn:
        return d.teams ? tr("%1 (Teams)").arg(d.model) : d.model;
    case FirmwareColumn:
        return d.firmwareVersion;
    case StatusColumn:
        return DeviceStatusText::status(d);
    case ReportTimeColumn:
        return shortTime(d.lastReport);
    case RegionColumn:
        return row.regionName;
    case LocationColumn:
        return d.location;
    case SubnetColumn:
        return d.subnet;
    case VlanColumn:
        return d.vlanMode.isEmpty() ? QString()
                                    : QStringLiteral("%1 %2/%3").arg(d.vlanMode).arg(d.vlanId).arg(d.vlanPriority);
    case ApprovalColumn:
        return DeviceStatusText::approval(d.approval);
    case StatusChangeColumn:
        return shortTime(d.lastStatusChange);
    default:
        return {};
    }
}

QVector<qint64> DeviceTableModel::orderKeys(int column, const QVector<int>* only) const
{
    const int n = only ? static_cast<int>(only->size()) : static_cast<int>(m_rows.size());
    const auto rowOfKey = [&](int i) -> const DeviceRow& { return m_rows.at(only ? only->at(i) : i); };
    QVector<qint64> keys(n);
    const auto ofTimes = [&](QDateTime Device::*field) {
        for (int i = 0; i < n; ++i) {
            const QDateTime& t = rowOfKey(i).device.*field;
            keys[i] = t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        }
    };
    const auto ofText = [&](auto text) {
        // Each distinct value once (a location, a region: a few hundred for 100 000 rows), sorted
        // by its first eight UTF-16 units case-folded and packed in two integers; only values
        // alike that far are compared in full, as textOrder() does.
        struct Value
        {
            QString text;
            quint64 head = 0;
            quint64 tail = 0;
        };
        QHash<QString, int> ids;
        ids.reserve(std::min(n, 1 << 16));
        QVector<Value> values;
        QVector<int> valueOfRow(n);
        for (int i = 0; i < n; ++i) {
            QString value = text(rowOfKey(i));
            auto it = ids.constFind(value);
            if (it == ids.constEnd()) {
                it = ids.insert(value, static_cast<int>(values.size()));
                Value v;
                const qsizetype units = std::min<qsizetype>(8, value.size());
                for (qsizetype c = 0; c < units; ++c) {
                    const quint64 unit = QChar::toCaseFolded(value.at(c).unicode());
                    (c < 4 ? v.head : v.tail) |= unit << (16 * (3 - c % 4));
                }
                v.text = std::move(value);
                values.append(std::move(v));
            }
            valueOfRow[i] = it.value();
        }
        const auto order = [&](int a, int b) {
            const Value& x = values.at(a);
            const Value& y = values.at(b);
            if (x.text.isEmpty() != y.text.isEmpty()) {
                return x.text.isEmpty() ? 1 : -1; // empty cells last
            }
            if (x.head != y.head) {
                return x.head < y.head ? -1 : 1;
            }
            if (x.tail != y.tail) {
                return x.tail < y.tail ? -1 : 1;
            }
            return textOrder(x.text, y.text);
        };
        QVector<int> sorted(values.size());
        std::iota(sorted.begin(), sorted.end(), 0);
        std::sort(sorted.begin(), sorted.end(), [&](int a, int b) { return order(a, b) < 0; });
        QVector<qint64> rank(values.size());
        qint64 r = 0;
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            if (i > 0 && order(sorted.at(i - 1), sorted.at(i)) != 0) {
                ++r; // "Paris" and "paris" share a rank
            }
            rank[sorted.at(i)] = r;
        }
        for (int i = 0; i < n; ++i) {
            keys[i] = rank.at(valueOfRow.at(i));
        }
    };
    switch (column) {
    case UserColumn:
        ofText([](const DeviceRow& r) { return r.shownUser(); });
        break;
    case PhoneNumberColumn:
        ofText([](const DeviceRow& r) { return r.device.phoneNumber; });
        break;
    case MacColumn:
        keys.fill(0);
        break;
    case IpColumn:
        return {};
    case ModelColumn:
        ofText([](const DeviceRow& r) { return r.device.model; });
        break;
    case FirmwareColumn:
        ofText([](const DeviceRow& r) { return r.device.firmwareVersion; });
        break;
    case StatusColumn:
        for (int i = 0; i < n; ++i) {
            const SipStatus s = rowOfKey(i).device.sipStatus;
            keys[i] = static_cast<qint64>(DeviceFilter::statusOf(s)) * 256 + static_cast<qint64>(s);
        }
        break;
    case ReportTimeColumn:
        ofTimes(&Device::lastReport);
        break;
    case RegionColumn:
        ofText([](const DeviceRow& r) { return r.regionName; });
        break;
    case LocationColumn:
        ofText([](const DeviceRow& r) { return r.device.location; });
        break;
    case SubnetColumn:
        ofText([](const DeviceRow& r) { return r.device.subnet; });
        break;
    case VlanColumn:
        for (int i = 0; i < n; ++i) {
            keys[i] = rowOfKey(i).device.vlanId;
        }
        break;
    case ApprovalColumn:
        for (int i = 0; i < n; ++i) {
            keys[i] = static_cast<qint64>(rowOfKey(i).device.approval);
        }
        break;
    case StatusChangeColumn:
        ofTimes(&Device::lastStatusChange);
        break;
    default:
        return {};
    }
    return keys;
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const DeviceRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && row.device.lastReport.isValid()) {
            return tr("%1 since %2; last report %3")
                .arg(DeviceStatusText::status(row.device), shortTime(row.device.lastStatusChange),
                     shortTime(row.device.lastReport));
        }
        return displayValue(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            return StatusIcons::forDevice(row.device);
        }
        if (index.column() == ApprovalColumn && row.device.approval == ApprovalState::Pending) {
            return StatusIcons::pending();
        }
        return {};
    case DeviceIdRole:
        return row.device.id;
    case StatusKindRole:
        return static_cast<int>(DeviceFilter::statusOf(row.device.sipStatus));
    default:
        return {};
    }
}

QString DeviceTableModel::columnName(int column)
{
    // The device field each column shows, and so its header; VLAN shows three fields at once.
    static const char* const fields[ColumnCount] = {
        "userId",          "phoneNumber",      "mac",        "ipAddress",        "model",
        "firmwareVersion", "sipStatus",        "lastReport", "regionId",         "location",
        "subnet",          nullptr /* VLAN */, "approval",   "lastStatusChange",
    };
    if (column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!fields[column]) {
        return tr("VLAN");
    }
    return QCoreApplication::translate("Field", fieldsOf<Device>()[fields[column]].label);
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return columnName(section);
}
