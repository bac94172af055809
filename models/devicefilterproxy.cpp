#include "devicefilterproxy.h"

#include "devicetablemodel.h"

DeviceFilterProxy::DeviceFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceTableModel::SortRole);
    setDynamicSortFilter(true);
}

void DeviceFilterProxy::setDeviceModel(DeviceTableModel* model)
{
    m_model = model;
    setSourceModel(model);
}

void DeviceFilterProxy::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    m_searchText = text;
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void DeviceFilterProxy::setDeviceFilter(const DeviceFilter& filter)
{
    m_filter = filter;
    m_filter.text.clear();
    m_filterEmpty = m_filter.isEmpty();
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool DeviceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_model) {
        return false;
    }
    const DeviceRow& row = m_model->rowAt(sourceRow);
    if (!m_words.isEmpty() && !row.matchesSearch(m_words)) {
        return false;
    }
    if (m_filterEmpty) {
        return true;
    }
    DeviceFilter::Context context;
    context.userName = row.userName;
    context.regionName = row.regionName;
    context.userDeviceCount = m_model->deviceCountOf(row.device.userId);
    return m_filter.matches(row.device, context);
}

bool DeviceFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    return m_model->compare(left.row(), right.row(), left.column()) < 0;
}
