#pragma once

#include <QHash>
#include <QPair>
#include <QVector>

// "Restart no more than N % of a region at once": the most phones of each region one batch of
// a restarting action (reset, update firmware) may hold. A batch is what is down at once: its phones restart together,
// and the next batch starts after the pause that lets them come back.
//
// The cap is N % of the region's phones, rounded down, and at least one phone (a region of 8
// phones at 10 % still restarts, one phone a batch). Phones without a region (waiting for
// approval) are not capped. Whatever the cap, a batch holds no more than its batch size.
class RegionQuota
{
public:
    RegionQuota() = default; // no cap
    // percent: 1 to 100 (100: no cap); regionSizes: the phones each region has (region id ->
    // phones), all of them, not only the job's.
    RegionQuota(int percent, const QHash<qint64, qint64>& regionSizes);

    bool limits() const { return m_percent < 100; }
    int percent() const { return m_percent; }
    // The most phones of that region one batch may hold (INT_MAX: no cap).
    int capOf(qint64 regionId) const;
    // The fewest batches of batchSize phones these targets (region id -> phones of the job)
    // need under the cap; at least 1 for any target. A lower bound: batches are filled in the
    // job's order (RegionBatchPlanner), which can take a few more.
    qint64 batchesFor(const QHash<qint64, int>& targetsByRegion, int batchSize) const;

private:
    int m_percent = 100;
    QHash<qint64, qint64> m_sizes;
};

// The pending phones of a job capped per region, queued by region in the job's order, and each
// batch taken from them: the lowest positions first, no region past its cap, at most the batch
// size. Planned from positions and regions alone; a batch costs what its regions' heads cost,
// not a pass over the whole job.
class RegionBatchPlanner
{
public:
    RegionBatchPlanner() = default;
    // pending: (position, region id) of every pending target, in position order.
    RegionBatchPlanner(const RegionQuota& quota, const QVector<QPair<int, qint64>>& pending);

    bool isEmpty() const { return m_left == 0; }
    int left() const { return m_left; }
    // The positions of the next batch, in order (empty when nothing is left).
    QVector<int> nextBatch(int batchSize);

private:
    RegionQuota m_quota;
    QHash<qint64, QVector<int>> m_queues; // region id -> positions, in order
    QHash<qint64, int> m_heads;           // region id -> the first position not yet planned
    int m_left = 0;
};
