#include "jobpace.h"

#include "phoneaction.h"

#include <QJsonDocument>
#include <QJsonObject>

JobPace JobPace::of(const Job& job, const JobCounts& counts, const QDateTime& lastProgressAt, const QDateTime& now,
                    const QDateTime& since, int finishedThen)
{
    JobPace pace;
    const int finished = counts.finished();
    const int remaining = counts.total - finished;
    const QDateTime from = since.isValid() ? since : job.startedAt;
    if (job.state != JobState::Running || !from.isValid() || remaining <= 0) {
        return pace;
    }
    const qint64 elapsedMs = from.msecsTo(now);
    const int done = finished - (since.isValid() ? finishedThen : 0);
    // Too soon to tell (under a second seen, or nothing finished since): no rate, no end.
    const bool measured = elapsedMs >= 1000 && done > 0;
    if (measured) {
        pace.perMinute = done * 60000.0 / elapsedMs;
    }
    PhoneAction action;
    const bool batched = PhoneAction::kindFromName(job.action, &action.kind) && action.restartsPhones();
    if (batched) {
        const QJsonObject pacing = QJsonDocument::fromJson(job.pacing.toUtf8()).object();
        const int batchSize = qMax(1, pacing.value(QStringLiteral("batchSize")).toInt(ActionPacing::restartBatch));
        const qint64 pauseMs = pacing.value(QStringLiteral("batchPauseMs")).toInteger(ActionPacing::restartPauseMs);
        const int batchesLeft = (remaining + batchSize - 1) / batchSize;
        // Between two batches: the last one is through and the next waits for its pause.
        if (finished > 0 && finished % batchSize == 0 && lastProgressAt.isValid()) {
            pace.nextBatch = qMax(now, lastProgressAt.addMSecs(pauseMs));
            pace.estimatedEnd = pace.nextBatch.addMSecs((batchesLeft - 1) * pauseMs);
        } else {
            pace.estimatedEnd = now.addMSecs((batchesLeft - 1) * pauseMs);
        }
        return pace;
    }
    if (measured) {
        pace.estimatedEnd = now.addMSecs(qint64(remaining * (elapsedMs / double(done))));
    }
    return pace;
}
