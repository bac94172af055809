#pragma once

#include "job.h"
#include "storeerror.h"

#include <QDateTime>
#include <QPair>
#include <QVector>

class Database;

// The per-target records of jobs (job_targets), and a job's lease: which server node works on
// it until when. Outcomes change without giving the job a new revision (a thousand phones would
// otherwise flood the change feed); a job's progress is read with counts().
class JobTargets
{
public:
    explicit JobTargets(Database& db)
        : m_db(db)
    { }

    StoreError add(qint64 jobId, const QVector<JobTarget>& targets);
    StoreResult<QVector<JobTarget>> list(qint64 jobId, qint64 offset = 0, qint64 limit = -1) const;
    // The first `count` targets still pending, in order.
    StoreResult<QVector<JobTarget>> pending(qint64 jobId, int count) const;
    // Every pending target's position and region, in order: what a batch capped per region is
    // planned from (8 bytes a target, not the whole rows).
    StoreResult<QVector<QPair<int, qint64>>> pendingRegions(qint64 jobId) const;
    // The targets at these positions that are still pending, in order.
    StoreResult<QVector<JobTarget>> pendingAt(qint64 jobId, const QVector<int>& positions) const;
    StoreResult<JobCounts> counts(qint64 jobId) const;

    StoreError setOutcome(qint64 jobId, int position, TargetOutcome outcome, const QString& reason,
                          const QDateTime& now);
    // Pending -> Sending; false when the target is no longer pending (the job was cancelled).
    StoreResult<bool> begin(qint64 jobId, int position, const QDateTime& now);
    // Moves every target in outcome `from` to `to` (with a reason); returns how many.
    StoreResult<int> moveAll(qint64 jobId, TargetOutcome from, TargetOutcome to, const QString& reason,
                             const QDateTime& now);
    // Commands of the job not yet given to their phones are withdrawn; their targets are
    // cancelled, as are those still pending. Returns how many targets were cancelled.
    StoreResult<int> cancel(qint64 jobId, const QDateTime& now);

    // Takes (or renews) the job for node until leaseUntil, unless another node holds an unexpired
    // lease. True when this node has it.
    StoreResult<bool> claim(qint64 jobId, const QString& node, const QDateTime& now, const QDateTime& leaseUntil);
    StoreError release(qint64 jobId, const QString& node);

private:
    Database& m_db;
};
