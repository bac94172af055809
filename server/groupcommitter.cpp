#include "groupcommitter.h"

#include <QDeadlineTimer>

#include <algorithm>

GroupCommitter::GroupCommitter(const StoreUrl& url, const QString& password, int windowMs, int maxBatch)
    : m_url(url)
    , m_password(password)
    , m_windowMs(windowMs)
    , m_maxBatch(maxBatch)
{ }

GroupCommitter::~GroupCommitter()
{
    stop();
}

StoreError GroupCommitter::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("phonefleet-writer"));
    m_thread->start();
    QMutexLocker lock(&m_mutex);
    while (!m_openDone) {
        m_opened.wait(&m_mutex);
    }
    return m_openError;
}

void GroupCommitter::submit(Job job, QObject* context, Done done)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_stopping && m_openDone && !m_openError.isError()) {
            m_queue.push_back({std::move(job), context, std::move(done)});
            ++m_inFlight;
            m_wake.wakeOne();
            return;
        }
    }
    report({{}, context, std::move(done)},
           StoreError {StoreError::Code::Database, QStringLiteral("the server is shutting down")});
}

int GroupCommitter::inFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_inFlight;
}

GroupCommitter::Statistics GroupCommitter::statistics() const
{
    QMutexLocker lock(&m_mutex);
    return m_statistics;
}

void GroupCommitter::stop()
{
    if (!m_thread) {
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void GroupCommitter::report(const Entry& entry, const StoreError& error)
{
    if (!entry.context || !entry.done) {
        return;
    }
    QMetaObject::invokeMethod(
        entry.context.data(), [done = entry.done, error] { done(error); }, Qt::QueuedConnection);
}

void GroupCommitter::reportAll(const std::deque<Entry>& batch)
{
    // One event per receiving object (a serving thread's), not one per job: a batch of
    // keep-alives wakes each serving thread once.
    std::vector<std::pair<QPointer<QObject>, std::vector<Done>>> groups;
    for (const Entry& e : batch) {
        if (!e.context || !e.done) {
            continue;
        }
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const auto& g) { return g.first.data() == e.context.data(); });
        if (group == groups.end()) {
            groups.emplace_back(e.context, std::vector<Done>());
            group = std::prev(groups.end());
        }
        group->second.push_back(e.done);
    }
    for (auto& [context, dones] : groups) {
        QMetaObject::invokeMethod(
            context.data(),
            [dones = std::move(dones)] {
                for (const Done& done : dones) {
                    done({});
                }
            },
            Qt::QueuedConnection);
    }
}

void GroupCommitter::run()
{
    Store store;
    StoreError opened = store.open(m_url, m_password);
    if (!opened.isError()) {
        // The server checkpoints from another connection (PhoneFleetServer): commits stay short.
        opened = store.database().disableAutoCheckpoint();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_openError = opened;
        m_openDone = true;
        m_opened.wakeAll();
    }
    if (opened.isError()) {
        return;
    }
    for (;;) {
        std::deque<Entry> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping) {
                m_wake.wait(&m_mutex);
            }
            if (m_queue.empty() && m_stopping) {
                break;
            }
            if (m_windowMs > 0 && !m_stopping) {
                // Let a batch fill for a moment (commit_delay in PostgreSQL's words).
                QDeadlineTimer deadline(m_windowMs);
                while (!m_stopping && static_cast<int>(m_queue.size()) < m_maxBatch
                       && m_wake.wait(&m_mutex, deadline)) { }
            }
            const size_t take = qMin(m_queue.size(), static_cast<size_t>(m_maxBatch));
            for (size_t i = 0; i < take; ++i) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        runBatch(store, batch);
        QMutexLocker lock(&m_mutex);
        m_inFlight -= static_cast<int>(batch.size());
        ++m_statistics.batches;
        m_statistics.jobs += static_cast<qint64>(batch.size());
        m_statistics.largestBatch = qMax(m_statistics.largestBatch, static_cast<qint64>(batch.size()));
    }
}

void GroupCommitter::runBatch(Store& store, std::deque<Entry>& batch)
{
    Database& db = store.database();
    StoreError failure;
    {
        Transaction tx(db);
        failure = tx.error();
        for (size_t i = 0; i < batch.size() && !failure.isError(); ++i) {
            failure = batch[i].job(store);
        }
        if (!failure.isError()) {
            failure = tx.commit();
        }
    }
    if (!failure.isError()) {
        reportAll(batch);
        return;
    }
    if (batch.size() == 1) {
        report(batch.front(), failure);
        return;
    }
    // Someone's job failed the batch: run each alone so the others still get through.
    for (const Entry& e : batch) {
        Transaction tx(db);
        StoreError error = tx.error();
        if (!error.isError()) {
            error = e.job(store);
        }
        if (!error.isError()) {
            error = tx.commit();
        }
        report(e, error);
    }
}
