#include "devicetablemodel.h"

#include <QLocale>

DeviceTableModel::DeviceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DeviceTableModel::setDevices(const QVector<Device>& devices)
{
    beginResetModel();
    m_devices = devices;
    endResetModel();
}

void DeviceTableModel::setUserNames(const QHash<qint64, QString>& names)
{
    m_userNames = names;
    if (!m_devices.isEmpty()) {
        Q_EMIT dataChanged(index(0, UserColumn), index(rowCount() - 1, UserColumn));
    }
}

void DeviceTableModel::setRegionNames(const QHash<qint64, QString>& names)
{
    m_regionNames = names;
    if (!m_devices.isEmpty()) {
        Q_EMIT dataChanged(index(0, RegionColumn), index(rowCount() - 1, RegionColumn));
    }
}

const Device& DeviceTableModel::deviceAt(const QModelIndex& index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return m_devices.at(index.row());
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_devices.size();
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceTableModel::statusText(SipStatus status)
{
    switch (status) {
    case SipStatus::Registered:
        return tr("Registered");
    case SipStatus::Unregistered:
        return tr("Not registered");
    case SipStatus::Started:
        return tr("Started");
    case SipStatus::Offline:
        return tr("Offline");
    case SipStatus::Disconnected:
        return tr("Disconnected");
    case SipStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QVariant DeviceTableModel::displayValue(const Device& d, int column) const
{
    const QLocale locale;
    switch (column) {
    case UserColumn:
        return m_userNames.value(d.userId);
    case PhoneNumberColumn:
        return d.phoneNumber;
    case MacColumn:
        return d.mac.toString();
    case IpColumn:
        return d.ipAddress;
    case ModelColumn:
        return d.model;
    case FirmwareColumn:
        return d.firmwareVersion;
    case StatusColumn:
        return statusText(d.sipStatus);
    case ReportTimeColumn:
        return d.lastReport.isValid() ? locale.toString(d.lastReport.toLocalTime(), QLocale::ShortFormat) : QString();
    case RegionColumn:
        return m_regionNames.value(d.regionId);
    case LocationColumn:
        return d.location;
    case SubnetColumn:
        return d.subnet;
    case VlanColumn:
        return d.vlanMode.isEmpty() ? QString()
                                    : QStringLiteral("%1 %2/%3").arg(d.vlanMode).arg(d.vlanId).arg(d.vlanPriority);
    case ApprovalColumn:
        return d.approval == ApprovalState::Pending ? tr("Pending approval") : tr("Approved");
    case StatusChangeColumn:
        return d.lastStatusChange.isValid() ? locale.toString(d.lastStatusChange.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
    default:
        return {};
    }
}

QVariant DeviceTableModel::sortValue(const Device& d, int column) const
{
    switch (column) {
    case ReportTimeColumn:
        return d.lastReport;
    case StatusChangeColumn:
        return d.lastStatusChange;
    case StatusColumn:
        return static_cast<int>(d.sipStatus);
    case VlanColumn:
        return d.vlanId;
    case IpColumn: {
        // Numeric order: 10.0.0.9 before 10.0.0.10.
        quint64 key = 0;
        for (const QString& part : d.ipAddress.split(u'.')) {
            key = key * 256 + part.toUInt();
        }
        return key;
    }
    default:
        return displayValue(d, column);
    }
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size()) {
        return {};
    }
    const Device& d = m_devices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayValue(d, index.column());
    case SortRole:
        return sortValue(d, index.column());
    case DeviceIdRole:
        return d.id;
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UserColumn:
        return tr("User");
    case PhoneNumberColumn:
        return tr("Phone number");
    case MacColumn:
        return tr("MAC");
    case IpColumn:
        return tr("IP address");
    case ModelColumn:
        return tr("Model");
    case FirmwareColumn:
        return tr("Firmware");
    case StatusColumn:
        return tr("Status");
    case ReportTimeColumn:
        return tr("Last report");
    case RegionColumn:
        return tr("Region");
    case LocationColumn:
        return tr("Location");
    case SubnetColumn:
        return tr("Subnet");
    case VlanColumn:
        return tr("VLAN");
    case ApprovalColumn:
        return tr("Approval");
    case StatusChangeColumn:
        return tr("Status changed");
    default:
        return {};
    }
}
