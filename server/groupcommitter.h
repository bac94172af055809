#pragma once

#include "store.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <vector>

// The server's one writer: a thread with its own database connection that runs write jobs in
// batches, one transaction and one durable commit for all the jobs that queued up while the
// previous commit was being flushed (group commit). A job's completion is reported only after
// its batch committed, on the thread of the context object given with it. When a batch fails,
// its jobs are retried one by one so that one bad job cannot fail the others.
class GroupCommitter
{
public:
    using Job = std::function<StoreError(Store&)>;
    using Done = std::function<void(const StoreError&)>;

    // windowMs: how long to wait for more jobs before committing a batch (0: commit at once;
    // batches still form while a commit is being flushed).
    GroupCommitter(const StoreUrl& url, const QString& password, int windowMs = 0, int maxBatch = 4096);
    ~GroupCommitter();
    GroupCommitter(const GroupCommitter&) = delete;
    GroupCommitter& operator=(const GroupCommitter&) = delete;

    // Starts the thread and opens its connection; the error when that fails.
    StoreError start();
    void submit(Job job, QObject* context, Done done);
    // Jobs submitted and not yet reported.
    int inFlight() const;
    // Runs what is queued, then stops the thread. Submitting afterwards fails the job.
    void stop();

    struct Statistics
    {
        qint64 batches = 0;
        qint64 jobs = 0;
        qint64 largestBatch = 0;
    };
    Statistics statistics() const;

private:
    struct Entry
    {
        Job job;
        QPointer<QObject> context;
        Done done;
    };

    void run();
    void runBatch(Store& store, std::deque<Entry>& batch);
    static void report(const Entry& entry, const StoreError& error);
    // Reports a committed batch's success.
    static void reportAll(const std::deque<Entry>& batch);

    const StoreUrl m_url;
    const QString m_password;
    const int m_windowMs;
    const int m_maxBatch;
    QThread* m_thread = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_opened;
    std::deque<Entry> m_queue;
    int m_inFlight = 0;
    bool m_stopping = false;
    bool m_openDone = false;
    StoreError m_openError;
    Statistics m_statistics;
};
