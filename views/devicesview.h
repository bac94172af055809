#pragma once

#include "device.h"

#include <QVector>
#include <QWidget>

class DeviceTableModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// The Devices Status page: a searchable, sortable table of phones. The view owns its model
// and proxy.
class DevicesView : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesView(QWidget* parent = nullptr);

    DeviceTableModel* model() const { return m_model; }
    QVector<Device> selectedDevices() const;
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }

private:
    DeviceTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
};
