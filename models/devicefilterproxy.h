#pragma once

#include "devicefilter.h"

#include <QAbstractProxyModel>
#include <QStringList>
#include <QStringMatcher>
#include <QVector>

class DeviceTableModel;

// Devices Status's search box, smart filters and sorting over a DeviceTableModel. The search box
// keeps the rows holding every word typed (DeviceRow's search text); the smart filters are a
// DeviceFilter (core), the same one the admin API and phonefleetctl use; sorting compares raw
// values (DeviceTableModel::compare()).
//
// Written for 100 000 rows, which QSortFilterProxyModel does not manage within a keystroke: it
// re-sorts every row through its model indexes whenever the filter changes. Here the sorted
// order of all rows is kept (integer row numbers sorted once per sort), a filter change is one
// pass over it and a reset (the view keeps its selection across resets), a sort is one
// permutation (layoutChanged: the selection follows), and a row changed, added or removed by the
// change feed moves, appears or disappears on its own.
class DeviceFilterProxy : public QAbstractProxyModel
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

    // column -1: the model's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

    // More rows than this arriving at once are placed by one merge and a reset, not one by one.
    static constexpr int blockInsert = 64;
    // Filtering at least this many rows is shared among the cores.
    static constexpr int parallelFilter = 20000;

Q_SIGNALS:
    void filterChanged();

private:
    bool accepts(int sourceRow) const;
    // Whether source row a comes before b in the current order (a strict total order).
    // Two lists of rows, each in before() order, as one.
    QVector<int> mergeSorted(const QVector<int>& a, const QVector<int>& b) const;
    bool before(int a, int b) const;
    void sortAll();
    // Sorts source rows into the current order; allRows: rows is every row, 0..n-1.
    void sortRows(QVector<int>& rows, bool allRows) const;
    void refilter();
    void reorder(); // sortAll() then refilter()
    void refilterFrom(const QVector<int>& candidates);
    int proxyRowOf(int sourceRow) const;
    void resetWith(void (DeviceFilterProxy::*change)());

    void sourceRowsInserted(int first, int last);
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void sourceRowChanged(int sourceRow, int firstColumn, int lastColumn);

    DeviceTableModel* m_model = nullptr;
    QString m_searchText;
    QStringList m_words;                // lower case
    QVector<QStringMatcher> m_matchers; // the same, prepared
    DeviceFilter m_filter;
    bool m_filterEmpty = true;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // The rows of the last searches typed: a letter more filters only the rows the search before
    // it kept; a letter less finds its rows here. Emptied by anything else that changes rows.
    struct Search
    {
        QStringList words;
        QVector<int> visible;
    };
    QVector<Search> m_searches;
    void forgetSearches() { m_searches.clear(); }

    QVector<int> m_order;            // every source row, in the sorted order
    QVector<int> m_visible;          // proxy row -> source row: m_order's rows that pass the filters
    mutable QVector<int> m_proxyRow; // source row -> proxy row or -1; rebuilt when dirty
    mutable bool m_proxyRowDirty = true;
};
