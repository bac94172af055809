#include "jobtargets.h"

#include "database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace {
// Text columns are NOT NULL: a null QString goes in as ''.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

JobTarget targetFrom(const QSqlQuery& q)
{
    JobTarget t;
    t.jobId = q.value(0).toLongLong();
    t.position = q.value(1).toInt();
    t.targetId = q.value(2).toLongLong();
    t.label = q.value(3).toString();
    t.regionId = q.value(4).toLongLong();
    targetOutcomeFromString(q.value(5).toString(), &t.outcome);
    t.reason = q.value(6).toString();
    t.updatedAt = q.value(7).isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    return t;
}

const QString targetColumns =
    QStringLiteral("job_id, position, target_id, label, region_id, outcome, reason, updated_at");
} // namespace

StoreError JobTargets::add(qint64 jobId, const QVector<JobTarget>& targets)
{
    Transaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    // A few hundred rows a statement: SQLite and PostgreSQL alike (8 parameters a row).
    constexpr qsizetype chunk = 50;
    for (qsizetype start = 0; start < targets.size(); start += chunk) {
        const qsizetype n = qMin(chunk, targets.size() - start);
        QSqlQuery& q =
            m_db.preparedQuery(QStringLiteral("INSERT INTO job_targets (%1) VALUES %2")
                                   .arg(targetColumns, QStringList(n, QStringLiteral("(?,?,?,?,?,?,?,?)")).join(u',')));
        for (qsizetype i = start; i < start + n; ++i) {
            const JobTarget& t = targets.at(i);
            q.addBindValue(jobId);
            q.addBindValue(t.position);
            q.addBindValue(t.targetId);
            q.addBindValue(text(t.label));
            q.addBindValue(nullable(t.regionId));
            q.addBindValue(targetOutcomeToString(t.outcome));
            q.addBindValue(text(t.reason));
            q.addBindValue(t.updatedAt.isValid() ? QVariant(t.updatedAt.toMSecsSinceEpoch())
                                                 : QVariant(QMetaType(QMetaType::LongLong)));
        }
        const StoreError e = m_db.exec(q, QStringLiteral("recording the job's targets"));
        q.finish();
        if (e.isError()) {
            return e;
        }
    }
    return tx.commit();
}

StoreResult<QVector<JobTarget>> JobTargets::list(qint64 jobId, qint64 offset, qint64 limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM job_targets WHERE job_id = ? ORDER BY position LIMIT %2 OFFSET %3")
                  .arg(targetColumns)
                  .arg(limit >= 0 ? limit : std::numeric_limits<qint32>::max())
                  .arg(offset));
    q.addBindValue(jobId);
    if (StoreError e = m_db.exec(q, QStringLiteral("reading the job's targets")); e.isError()) {
        return e;
    }
    QVector<JobTarget> out;
    while (q.next()) {
        out.append(targetFrom(q));
    }
    return out;
}

StoreResult<QVector<QPair<int, qint64>>> JobTargets::pendingRegions(qint64 jobId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT position, region_id FROM job_targets WHERE job_id = ? AND outcome = 'pending' ORDER BY position"));
    q.addBindValue(jobId);
    if (StoreError e = m_db.exec(q, QStringLiteral("reading the job's pending targets")); e.isError()) {
        return e;
    }
    QVector<QPair<int, qint64>> out;
    while (q.next()) {
        out.append({q.value(0).toInt(), q.value(1).toLongLong()});
    }
    return out;
}

StoreResult<QVector<JobTarget>> JobTargets::pendingAt(qint64 jobId, const QVector<int>& positions) const
{
    QVector<JobTarget> out;
    constexpr int chunk = 500; // bound the statement's length, whatever the batch size
    for (int from = 0; from < positions.size(); from += chunk) {
        QStringList list;
        for (int i = from; i < qMin(int(positions.size()), from + chunk); ++i) {
            list << QString::number(positions.at(i)); // integers: nothing to quote
        }
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM job_targets WHERE job_id = ? AND outcome = 'pending' AND position "
                                 "IN (%2) ORDER BY position")
                      .arg(targetColumns, list.join(u',')));
        q.addBindValue(jobId);
        if (StoreError e = m_db.exec(q, QStringLiteral("reading the job's next targets")); e.isError()) {
            return e;
        }
        while (q.next()) {
            out.append(targetFrom(q));
        }
    }
    std::sort(out.begin(), out.end(), [](const JobTarget& a, const JobTarget& b) { return a.position < b.position; });
    return out;
}

StoreResult<QVector<JobTarget>> JobTargets::pending(qint64 jobId, int count) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM job_targets WHERE job_id = ? AND outcome = 'pending' ORDER BY position "
                             "LIMIT %2")
                  .arg(targetColumns)
                  .arg(qMax(1, count)));
    q.addBindValue(jobId);
    if (StoreError e = m_db.exec(q, QStringLiteral("reading the job's next targets")); e.isError()) {
        return e;
    }
    QVector<JobTarget> out;
    while (q.next()) {
        out.append(targetFrom(q));
    }
    return out;
}

StoreResult<JobCounts> JobTargets::counts(qint64 jobId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT outcome, COUNT(*) FROM job_targets WHERE job_id = ? GROUP BY outcome"));
    q.addBindValue(jobId);
    if (StoreError e = m_db.exec(q, QStringLiteral("counting the job's targets")); e.isError()) {
        return e;
    }
    JobCounts c;
    while (q.next()) {
        TargetOutcome outcome = TargetOutcome::Pending;
        if (targetOutcomeFromString(q.value(0).toString(), &outcome)) {
            const int n = q.value(1).toInt();
            c.byOutcome[static_cast<int>(outcome)] += n;
            c.total += n;
        }
    }
    return c;
}

StoreError JobTargets::setOutcome(qint64 jobId, int position, TargetOutcome outcome, const QString& reason,
                                  const QDateTime& now)
{
    QSqlQuery& q = m_db.preparedQuery(QStringLiteral(
        "UPDATE job_targets SET outcome = ?, reason = ?, updated_at = ? WHERE job_id = ? AND position = ?"));
    q.addBindValue(targetOutcomeToString(outcome));
    q.addBindValue(text(reason.left(500)));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(jobId);
    q.addBindValue(position);
    const StoreError e = m_db.exec(q, QStringLiteral("recording an outcome of job %1").arg(jobId));
    q.finish();
    return e;
}

StoreResult<bool> JobTargets::begin(qint64 jobId, int position, const QDateTime& now)
{
    QSqlQuery& q = m_db.preparedQuery(QStringLiteral("UPDATE job_targets SET outcome = 'sending', updated_at = ? WHERE "
                                                     "job_id = ? AND position = ? AND outcome = 'pending'"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(jobId);
    q.addBindValue(position);
    const StoreError e = m_db.exec(q, QStringLiteral("starting on a target of job %1").arg(jobId));
    const int affected = q.numRowsAffected();
    q.finish();
    if (e.isError()) {
        return e;
    }
    return affected == 1;
}

StoreResult<int> JobTargets::moveAll(qint64 jobId, TargetOutcome from, TargetOutcome to, const QString& reason,
                                     const QDateTime& now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE job_targets SET outcome = ?, reason = ?, updated_at = ? WHERE job_id = ? AND "
                             "outcome = ?"));
    q.addBindValue(targetOutcomeToString(to));
    q.addBindValue(text(reason));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(jobId);
    q.addBindValue(targetOutcomeToString(from));
    if (StoreError e = m_db.exec(q, QStringLiteral("recording the outcomes of job %1").arg(jobId)); e.isError()) {
        return e;
    }
    return q.numRowsAffected();
}

StoreResult<int> JobTargets::cancel(qint64 jobId, const QDateTime& now)
{
    // A write transaction: it waits for a keep-alive handing this job's commands to commit, so
    // that what it sees handed is what went out.
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    QSqlQuery q(m_db.connection());
    // A command already handed in a keep-alive's answer is on its way: it stays, to be recorded
    // delivered once that answer is confirmed (or given again if it never went out).
    q.prepare(QStringLiteral("UPDATE job_targets SET outcome = 'cancelled', reason = 'withdrawn before the phone asked "
                             "for it', updated_at = ? WHERE job_id = ? AND outcome = 'queued' AND NOT EXISTS "
                             "(SELECT 1 FROM device_commands c WHERE c.job_id = job_targets.job_id "
                             "AND c.job_position = job_targets.position AND c.handed_at IS NOT NULL "
                             "AND c.delivered_at IS NULL)"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(jobId);
    if (StoreError e = m_db.exec(q, QStringLiteral("cancelling job %1").arg(jobId)); e.isError()) {
        return e;
    }
    int cancelled = q.numRowsAffected();
    q.prepare(QStringLiteral("DELETE FROM device_commands WHERE job_id = ? AND delivered_at IS NULL "
                             "AND handed_at IS NULL"));
    q.addBindValue(jobId);
    if (StoreError e = m_db.exec(q, QStringLiteral("withdrawing the commands of job %1").arg(jobId)); e.isError()) {
        return e;
    }
    const StoreResult<int> pending = moveAll(jobId, TargetOutcome::Pending, TargetOutcome::Cancelled, {}, now);
    if (!pending) {
        return pending.error();
    }
    cancelled += pending.value();
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return cancelled;
}

StoreResult<bool> JobTargets::claim(qint64 jobId, const QString& node, const QDateTime& now,
                                    const QDateTime& leaseUntil)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE jobs SET node = ?, lease_until = ? WHERE id = ? AND state IN ('queued', "
                             "'running') AND (node = '' OR node = ? OR lease_until IS NULL OR lease_until < ?)"));
    q.addBindValue(node);
    q.addBindValue(leaseUntil.toMSecsSinceEpoch());
    q.addBindValue(jobId);
    q.addBindValue(node);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (StoreError e = m_db.exec(q, QStringLiteral("taking job %1").arg(jobId)); e.isError()) {
        return e;
    }
    return q.numRowsAffected() == 1;
}

StoreError JobTargets::release(qint64 jobId, const QString& node)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE jobs SET node = '', lease_until = NULL WHERE id = ? AND node = ?"));
    q.addBindValue(jobId);
    q.addBindValue(node);
    return m_db.exec(q, QStringLiteral("releasing job %1").arg(jobId));
}
