#pragma once

#include "devicefilter.h"

#include <QSortFilterProxyModel>
#include <QStringList>

class DeviceTableModel;

// Devices Status's search box and smart filters over a DeviceTableModel, and its sorting by raw
// value. The search box looks for every word typed in the row's search text (DeviceRow); the
// smart filters are a DeviceFilter (core), the same one the admin API and phonefleetctl use.
class DeviceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeviceFilterProxy(QObject* parent = nullptr);

    void setDeviceModel(DeviceTableModel* model);
    DeviceTableModel* deviceModel() const { return m_model; }

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    // The smart filters; its text criterion is ignored (the search box is that).
    void setDeviceFilter(const DeviceFilter& filter);
    const DeviceFilter& deviceFilter() const { return m_filter; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    DeviceTableModel* m_model = nullptr;
    QString m_searchText;
    QStringList m_words; // lower case
    DeviceFilter m_filter;
    bool m_filterEmpty = true;
};
