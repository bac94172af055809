#include "checkpointthread.h"

#include "database.h"

#include <chrono>

CheckpointThread::CheckpointThread(const StoreUrl& database, const WalKeeper::Options& options)
    : m_thread([this, database, options] { run(database, options); })
{
}

CheckpointThread::~CheckpointThread()
{
    stop();
}

void CheckpointThread::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void CheckpointThread::run(StoreUrl database, WalKeeper::Options options)
{
    Database db;
    if (const StoreError e = db.open(database); e.isError()) {
        qWarning("phonefleetd: the WAL checkpoints cannot open the database: %s", qPrintable(e.message));
        return;
    }
    WalKeeper keeper(db, options);
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(250), [this] { return m_stopping; })) {
        lock.unlock();
        if (const StoreError e = keeper.tick(); e.isError()) {
            qWarning("phonefleetd: %s", qPrintable(e.message));
        }
        lock.lock();
    }
}
