#pragma once

#include "devicerow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

// The Devices Status table: one row per phone the administrator may see, as the admin API
// gives them. Rows are replaced wholesale (a first load), added page by page, and kept up to
// date from the change feed one row at a time, so views keep their selection and scroll
// position. Sorting compares raw values (compare()), never display text.
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
        DeviceIdRole = Qt::UserRole + 1,
        StatusKindRole, // DeviceFilter::Status as int: what the status column's colour means
    };

    explicit DeviceTableModel(QObject* parent = nullptr);

    // Replaces every row.
    // expected: how many rows there will be once the rest of a load is upserted (the list's
    // total), so that they are not moved again and again as they come.
    void setRows(QVector<DeviceRow> rows, int expected = 0);
    // Adds or updates rows by device id (a page of a load, or the change feed's rows).
    void upsertRows(QVector<DeviceRow> rows);
    // Removes the rows of these device ids (those it has).
    void removeDevices(const QVector<qint64>& ids);
    // A region or user was renamed: the rows that show the name follow.
    void setRegionName(qint64 regionId, const QString& name);
    void setUserName(qint64 userId, const QString& name);
    // Convenience for tests and offline use: rows from devices and names.
    void setDevices(const QVector<Device>& devices, const QHash<qint64, QString>& userNames = {},
                    const QHash<qint64, QString>& regionNames = {});

    const Device& deviceAt(const QModelIndex& index) const;
    const DeviceRow& rowAt(int row) const { return m_rows.at(row); }
    // The row of a device id; -1 when absent.
    int rowOf(qint64 deviceId) const { return m_rowById.value(deviceId, -1); }
    // How many of the phones in this table belong to that user (0 for no user).
    int deviceCountOf(qint64 userId) const { return userId > 0 ? m_devicesPerUser.value(userId) : 0; }

    // <0, 0, >0: how rows a and b order by the column's raw value (ties by MAC).
    int compare(int a, int b, int column) const;
    // Per row, a number that orders the rows as compare() does for the column, the MAC tie-break
    // aside (rows with the same key compare by MAC): sorting 100 000 rows by integers instead of
    // by strings. Empty for a column compare() is as cheap for (IP). With `only`, the keys of
    // those rows (in that order), comparable among themselves.
    QVector<qint64> orderKeys(int column, const QVector<int>* only = nullptr) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnName(int column);
    // More rows than this updated at once are announced by one dataChanged over their span.
    static constexpr int batchUpdate = 64;

private:
    QVariant displayValue(const DeviceRow& row, int column) const;
    void rebuildIndex();
    void announceChanged(const QVector<int>& rows);
    void countUser(qint64 userId, int delta);
    template <class Pick>
    void renameWhere(Pick pick, const QString& name);

    QVector<DeviceRow> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, int> m_devicesPerUser;
};
