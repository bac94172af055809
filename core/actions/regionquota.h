#pragma once

#include <QHash>

// "Restart no more than N % of a region at once": the most phones of each region one batch of
// a restarting action (reset, update firmware) may hold, and the bookkeeping of the batch being
// filled. A batch is what is down at once: its phones restart together, and the next batch
// starts after the pause that lets them come back.
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
    // Whether one more phone of that region fits the batch being filled.
    bool admits(qint64 regionId) const;
    void take(qint64 regionId);
    void newBatch();
    // The fewest batches of batchSize phones these targets (region id -> phones of the job)
    // need under the cap; at least 1 for any target.
    qint64 batchesFor(const QHash<qint64, int>& targetsByRegion, int batchSize) const;

private:
    int m_percent = 100;
    QHash<qint64, qint64> m_sizes;
    QHash<qint64, int> m_taken; // this batch's phones per region
};
