#pragma once

#include "device.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

// The Devices Status table: one row per phone.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UserColumn,
        PhoneNumberColumn,
        MacColumn,
        IpColumn,
        ModelColumn,
        FirmwareColumn,
        StatusColumn,
        ReportTimeColumn,
        RegionColumn,
        LocationColumn,
        SubnetColumn,
        VlanColumn,
        ApprovalColumn,
        StatusChangeColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: times as QDateTime, VLAN as a number
        DeviceIdRole,
    };

    explicit DeviceTableModel(QObject* parent = nullptr);

    void setDevices(const QVector<Device>& devices);
    // Names shown for user and region ids.
    void setUserNames(const QHash<qint64, QString>& names);
    void setRegionNames(const QHash<qint64, QString>& names);

    const Device& deviceAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(SipStatus status);

private:
    QVariant displayValue(const Device& device, int column) const;
    QVariant sortValue(const Device& device, int column) const;

    QVector<Device> m_devices;
    QHash<qint64, QString> m_userNames;
    QHash<qint64, QString> m_regionNames;
};
