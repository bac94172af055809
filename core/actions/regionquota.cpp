#include "regionquota.h"

#include <climits>

RegionQuota::RegionQuota(int percent, const QHash<qint64, qint64>& regionSizes)
    : m_percent(qBound(1, percent, 100))
    , m_sizes(regionSizes)
{ }

int RegionQuota::capOf(qint64 regionId) const
{
    if (!limits() || regionId <= 0) {
        return INT_MAX;
    }
    const qint64 cap = m_sizes.value(regionId, 0) * m_percent / 100;
    return int(qBound<qint64>(1, cap, qint64(INT_MAX)));
}

bool RegionQuota::admits(qint64 regionId) const
{
    return m_taken.value(regionId, 0) < capOf(regionId);
}

void RegionQuota::take(qint64 regionId)
{
    ++m_taken[regionId];
}

void RegionQuota::newBatch()
{
    m_taken.clear();
}

qint64 RegionQuota::batchesFor(const QHash<qint64, int>& targetsByRegion, int batchSize) const
{
    qint64 total = 0;
    qint64 batches = 0;
    for (auto it = targetsByRegion.cbegin(); it != targetsByRegion.cend(); ++it) {
        total += it.value();
        const int cap = capOf(it.key());
        if (cap != INT_MAX && it.value() > 0) {
            batches = qMax(batches, (qint64(it.value()) + cap - 1) / cap);
        }
    }
    if (total == 0) {
        return 0;
    }
    const qint64 bySize = (total + qMax(1, batchSize) - 1) / qMax(1, batchSize);
    return qMax(batches, bySize);
}
