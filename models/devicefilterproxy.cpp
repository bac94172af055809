#include "devicefilterproxy.h"

#include "devicetablemodel.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

DeviceFilterProxy::DeviceFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

void DeviceFilterProxy::setDeviceModel(DeviceTableModel* model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    beginResetModel();
    forgetSearches();
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    reorder();
    endResetModel();
    if (!model) {
        return;
    }
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        forgetSearches();
        beginResetModel();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        reorder();
        endResetModel();
    });
    // The model never reorders itself; if a model did, this is the safe answer.
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        forgetSearches();
        beginResetModel();
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        reorder();
        endResetModel();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { sourceRowsInserted(first, last); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) { sourceRowsAboutToBeRemoved(first, last); });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first, int last) { sourceRowsRemoved(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this, &DeviceFilterProxy::sourceDataChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation, int first, int last) {
                if (orientation == Qt::Horizontal) {
                    Q_EMIT headerDataChanged(orientation, first, last);
                }
            });
}

// --- filtering and order ------------------------------------------------------------------

namespace {
// Whether every row holding all of `narrower` holds all of `wider` too: each word of wider is
// inside the word of narrower at its place ("al" -> "ali", "ali 4" -> "alice 43").
bool narrows(const QStringList& narrower, const QStringList& wider)
{
    if (narrower.size() < wider.size()) {
        return false;
    }
    for (qsizetype i = 0; i < wider.size(); ++i) {
        if (!narrower.at(i).contains(wider.at(i))) {
            return false;
        }
    }
    return true;
}
constexpr qsizetype keptSearches = 24;
} // namespace

void DeviceFilterProxy::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    m_searchText = text;
    if (words == m_words) {
        return;
    }
    m_words = words;
    m_matchers = DeviceRow::searchMatchers(words);
    beginResetModel();
    // A search typed before (a letter deleted), else the narrowest earlier one this narrows.
    const Search* from = nullptr;
    for (qsizetype i = m_searches.size() - 1; i >= 0; --i) {
        const Search& s = m_searches.at(i);
        if (s.words == words) {
            from = &s;
            break;
        }
        if (narrows(words, s.words) && (!from || s.visible.size() < from->visible.size())) {
            from = &s;
        }
    }
    if (from && from->words == words) {
        m_visible = from->visible;
        m_proxyRowDirty = true;
    } else if (from) {
        refilterFrom(from->visible);
    } else {
        refilter();
    }
    if (m_searches.size() >= keptSearches) {
        m_searches.removeFirst();
    }
    m_searches.append({words, m_visible});
    endResetModel();
    Q_EMIT filterChanged();
}

void DeviceFilterProxy::setDeviceFilter(const DeviceFilter& filter)
{
    forgetSearches();
    m_filter = filter;
    m_filter.text.clear();
    m_filterEmpty = m_filter.isEmpty();
    resetWith(&DeviceFilterProxy::refilter);
    Q_EMIT filterChanged();
}

void DeviceFilterProxy::resetWith(void (DeviceFilterProxy::*change)())
{
    beginResetModel();
    (this->*change)();
    endResetModel();
}

bool DeviceFilterProxy::accepts(int sourceRow) const
{
    const DeviceRow& row = m_model->rowAt(sourceRow);
    if (!m_matchers.isEmpty() && !row.matchesSearch(m_matchers)) {
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

bool DeviceFilterProxy::before(int a, int b) const
{
    if (m_sortColumn >= 0) {
        const int c = m_model->compare(a, b, m_sortColumn);
        if (c != 0) {
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
        }
    }
    return a < b;
}

void DeviceFilterProxy::sortAll()
{
    const int n = m_model ? m_model->rowCount() : 0;
    m_order.resize(n);
    std::iota(m_order.begin(), m_order.end(), 0);
    sortRows(m_order, true);
}

void DeviceFilterProxy::sortRows(QVector<int>& rows, bool allRows) const
{
    if (m_sortColumn < 0) {
        std::sort(rows.begin(), rows.end());
        return;
    }
    const QVector<qint64> keys = m_model->orderKeys(m_sortColumn, allRows ? nullptr : &rows);
    if (keys.size() != rows.size()) {
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return before(a, b); });
        return;
    }
    // The same order as before(), by integers: the key, then the MAC, then the row; sorted as
    // one compact array (the rows themselves are large and far apart in memory).
    struct Item
    {
        qint64 key;
        quint64 mac;
        int row;
    };
    QVector<Item> items(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        items[i] = {keys.at(i), m_model->rowAt(rows.at(i)).macKey, rows.at(i)};
    }
    const auto ascending = [](const Item& x, const Item& y) {
        if (x.key != y.key) {
            return x.key < y.key;
        }
        if (x.mac != y.mac) {
            return x.mac < y.mac;
        }
        return x.row < y.row;
    };
    if (m_sortOrder == Qt::AscendingOrder) {
        std::sort(items.begin(), items.end(), ascending);
    } else {
        std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
            if (x.key != y.key || x.mac != y.mac) {
                return x.key != y.key ? x.key > y.key : x.mac > y.mac;
            }
            return x.row < y.row; // as before(): the tie of ties is the model's order either way
        });
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        rows[i] = items.at(i).row;
    }
}

void DeviceFilterProxy::reorder()
{
    sortAll();
    refilter();
}

void DeviceFilterProxy::refilter()
{
    if (m_words.isEmpty() && m_filterEmpty) {
        m_visible = m_order;
        m_proxyRowDirty = true;
        return;
    }
    refilterFrom(m_order);
}

void DeviceFilterProxy::refilterFrom(const QVector<int>& candidates)
{
    // Large sets in slices on every core (accepts() only reads); the slices keep their order.
    const int slices = candidates.size() >= parallelFilter ? std::max(1, QThread::idealThreadCount()) : 1;
    QVector<QVector<int>> kept(slices);
    QVector<int> sliceIds(slices);
    std::iota(sliceIds.begin(), sliceIds.end(), 0);
    const auto filterSlice = [&](int slice) {
        const qsizetype from = candidates.size() * slice / slices;
        const qsizetype to = candidates.size() * (slice + 1) / slices;
        for (qsizetype i = from; i < to; ++i) {
            if (accepts(candidates.at(i))) {
                kept[slice].append(candidates.at(i));
            }
        }
    };
    if (slices == 1) {
        filterSlice(0);
    } else {
        QtConcurrent::blockingMap(sliceIds, filterSlice);
    }
    QVector<int> visible = std::move(kept[0]);
    for (int i = 1; i < slices; ++i) {
        visible.append(kept.at(i));
    }
    m_visible = std::move(visible);
    m_proxyRowDirty = true;
}

int DeviceFilterProxy::proxyRowOf(int sourceRow) const
{
    if (m_proxyRowDirty) {
        m_proxyRow.fill(-1, m_model ? m_model->rowCount() : 0);
        for (int i = 0; i < m_visible.size(); ++i) {
            if (m_visible.at(i) < m_proxyRow.size()) {
                m_proxyRow[m_visible.at(i)] = i;
            }
        }
        m_proxyRowDirty = false;
    }
    return sourceRow >= 0 && sourceRow < m_proxyRow.size() ? m_proxyRow.at(sourceRow) : -1;
}

void DeviceFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!m_model || column >= m_model->columnCount()) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(before.size());
    for (const QModelIndex& i : before) {
        sources.append(mapToSource(i));
    }
    forgetSearches(); // their rows are in the old order
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    refilter(); // the same rows: only their order changes
    QModelIndexList after;
    after.reserve(sources.size());
    for (const QModelIndex& s : std::as_const(sources)) {
        after.append(mapFromSource(s));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- the model interface ------------------------------------------------------------------

QModelIndex DeviceFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex DeviceFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

int DeviceFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int DeviceFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

QModelIndex DeviceFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= m_visible.size()) {
        return {};
    }
    return m_model->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex DeviceFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid()) {
        return {};
    }
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

// --- following the model ------------------------------------------------------------------

QVector<int> DeviceFilterProxy::mergeSorted(const QVector<int>& a, const QVector<int>& b) const
{
    QVector<int> merged;
    merged.reserve(a.size() + b.size());
    if (m_sortColumn != DeviceTableModel::MacColumn) {
        std::merge(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(merged),
                   [this](int x, int y) { return before(x, y); });
        return merged;
    }
    // By MAC, the default order: the rows' 48-bit keys side by side, compared as integers; the
    // rows themselves are large and far apart (a load merges ten pages into 100 000 rows).
    struct Item
    {
        quint64 mac;
        int row;
    };
    const auto items = [this](const QVector<int>& rows) {
        QVector<Item> out(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            out[i] = {m_model->rowAt(rows.at(i)).macKey, rows.at(i)};
        }
        return out;
    };
    const QVector<Item> x = items(a);
    const QVector<Item> y = items(b);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto less = [ascending](const Item& p, const Item& q) {
        if (p.mac != q.mac) {
            return ascending ? p.mac < q.mac : p.mac > q.mac;
        }
        return p.row < q.row; // as before()
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < x.size() && j < y.size()) {
        merged.append(less(y.at(j), x.at(i)) ? y.at(j++).row : x.at(i++).row);
    }
    for (; i < x.size(); ++i) {
        merged.append(x.at(i).row);
    }
    for (; j < y.size(); ++j) {
        merged.append(y.at(j).row);
    }
    return merged;
}

void DeviceFilterProxy::sourceRowsInserted(int first, int last)
{
    forgetSearches();
    const int count = last - first + 1;
    // Rows after the inserted ones moved down (the model appends, but any place works).
    for (int& r : m_order) {
        r += r >= first ? count : 0;
    }
    for (int& r : m_visible) {
        r += r >= first ? count : 0;
    }
    m_proxyRowDirty = true;
    const auto less = [this](int a, int b) { return before(a, b); };
    if (count > blockInsert) {
        // A page of a load: sort the block, merge it in, filter again, one reset.
        beginResetModel();
        QVector<int> block(count);
        std::iota(block.begin(), block.end(), first);
        sortRows(block, false);
        m_order = mergeSorted(m_order, block);
        refilter();
        endResetModel();
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), row, less), row);
        if (!accepts(row)) {
            continue;
        }
        const int at =
            static_cast<int>(std::upper_bound(m_visible.begin(), m_visible.end(), row, less) - m_visible.begin());
        beginInsertRows({}, at, at);
        m_visible.insert(at, row);
        m_proxyRowDirty = true;
        endInsertRows();
    }
}

void DeviceFilterProxy::sourceRowsAboutToBeRemoved(int first, int last)
{
    forgetSearches();
    QVector<int> rows; // proxy rows of the removed source rows, last first
    for (int i = 0; i < m_visible.size(); ++i) {
        if (m_visible.at(i) >= first && m_visible.at(i) <= last) {
            rows.prepend(i);
        }
    }
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1) {
            ++j;
        }
        const int from = rows.at(j);
        const int to = rows.at(i);
        beginRemoveRows({}, from, to);
        m_visible.remove(from, to - from + 1);
        m_proxyRowDirty = true;
        endRemoveRows();
        i = j + 1;
    }
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(), [&](int r) { return r >= first && r <= last; }),
                  m_order.end());
}

void DeviceFilterProxy::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (int& r : m_order) {
        r -= r > last ? count : 0;
    }
    for (int& r : m_visible) {
        r -= r > last ? count : 0;
    }
    m_proxyRowDirty = true;
}

void DeviceFilterProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid()) {
        return;
    }
    if (bottomRight.row() - topLeft.row() + 1 > blockInsert) {
        // Many rows at once (a boot storm): place them all again in one pass, not one by one
        // (each of those looks for its row among all the others).
        forgetSearches();
        resetWith(&DeviceFilterProxy::reorder);
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        sourceRowChanged(row, topLeft.column(), bottomRight.column());
    }
}

void DeviceFilterProxy::sourceRowChanged(int sourceRow, int firstColumn, int lastColumn)
{
    forgetSearches();
    const auto less = [this](int a, int b) { return before(a, b); };
    // Its place among all rows.
    if (m_sortColumn >= 0) {
        const auto it = std::find(m_order.begin(), m_order.end(), sourceRow);
        if (it != m_order.end()) {
            const bool inPlace = (it == m_order.begin() || before(*(it - 1), sourceRow))
                && (it + 1 == m_order.end() || before(sourceRow, *(it + 1)));
            if (!inPlace) {
                m_order.erase(it);
                m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), sourceRow, less), sourceRow);
            }
        }
    }
    const int shown = proxyRowOf(sourceRow);
    const bool accepted = accepts(sourceRow);
    if (shown < 0 && accepted) {
        const int at =
            static_cast<int>(std::upper_bound(m_visible.begin(), m_visible.end(), sourceRow, less) - m_visible.begin());
        beginInsertRows({}, at, at);
        m_visible.insert(at, sourceRow);
        m_proxyRowDirty = true;
        endInsertRows();
        return;
    }
    if (shown < 0) {
        return;
    }
    if (!accepted) {
        beginRemoveRows({}, shown, shown);
        m_visible.remove(shown);
        m_proxyRowDirty = true;
        endRemoveRows();
        return;
    }
    const bool inPlace = (shown == 0 || before(m_visible.at(shown - 1), sourceRow))
        && (shown + 1 == m_visible.size() || before(sourceRow, m_visible.at(shown + 1)));
    int now = shown;
    if (!inPlace) {
        // Moved, not removed and inserted: a selected row stays selected.
        QVector<int> others = m_visible;
        others.remove(shown);
        now = static_cast<int>(std::upper_bound(others.begin(), others.end(), sourceRow, less) - others.begin());
        beginMoveRows({}, shown, shown, {}, now > shown ? now + 1 : now);
        others.insert(now, sourceRow);
        m_visible = std::move(others);
        m_proxyRowDirty = true;
        endMoveRows();
    }
    Q_EMIT dataChanged(index(now, firstColumn), index(now, lastColumn));
}
