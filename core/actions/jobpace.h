#pragma once

#include "job.h"

#include <QDateTime>

// How a running job goes, from what the console sees of it: the phones finished per minute
// since it started, when the next batch of a batched restart starts (between two batches), and
// when the whole job should end. Estimates: nothing is promised.
struct JobPace
{
    double perMinute = 0;   // phones finished per minute since the job started (0: not known yet)
    QDateTime nextBatch;    // a batched job between two batches: when the next one starts
    QDateTime estimatedEnd; // invalid: not known yet (nothing finished, or the job is over)

    // lastProgressAt: when the count of finished phones last grew (the console saw it). since,
    // finishedThen: when this console first saw the job running and how many phones were
    // finished then; times are the console's own, so a server clock set otherwise does not
    // matter (invalid since: the job's own start, on the server's clock).
    static JobPace of(const Job& job, const JobCounts& counts, const QDateTime& lastProgressAt, const QDateTime& now,
                      const QDateTime& since = {}, int finishedThen = 0);
};
