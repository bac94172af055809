#include "regionquota.h"

#include <algorithm>
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

RegionBatchPlanner::RegionBatchPlanner(const RegionQuota& quota, const QVector<QPair<int, qint64>>& pending)
    : m_quota(quota)
    , m_left(int(pending.size()))
{
    for (const auto& [position, region] : pending) {
        m_queues[region].append(position);
    }
}

QVector<int> RegionBatchPlanner::nextBatch(int batchSize)
{
    batchSize = qMax(1, batchSize);
    // Each region's candidates: its first positions, as many as its cap lets into one batch.
    QVector<QPair<int, qint64>> candidates;
    for (auto it = m_queues.cbegin(); it != m_queues.cend(); ++it) {
        const int head = m_heads.value(it.key(), 0);
        const int take = int(qMin<qint64>(qMin(m_quota.capOf(it.key()), batchSize), it.value().size() - head));
        for (int i = 0; i < take; ++i) {
            candidates.append({it.value().at(head + i), it.key()});
        }
    }
    std::sort(candidates.begin(), candidates.end());
    if (candidates.size() > batchSize) {
        candidates.resize(batchSize);
    }
    QVector<int> batch;
    batch.reserve(candidates.size());
    for (const auto& [position, region] : std::as_const(candidates)) {
        batch.append(position);
        ++m_heads[region]; // a region's planned positions are always the front of its queue
    }
    m_left -= int(batch.size());
    return batch;
}
