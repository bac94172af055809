#pragma once

#include "storeurl.h"
#include "walkeeper.h"

#include <condition_variable>
#include <mutex>
#include <thread>

// Runs WalKeeper every 250 ms on a thread and a database connection of its own. A TRUNCATE
// checkpoint may wait (up to WalKeeper::Options::waitMs) for old readers; on the server's main
// thread that wait delayed everything else queued there (settings changes, the action
// dispatcher). SQLite only; stop() (or the destructor) waits for the current step to end.
class CheckpointThread
{
public:
    CheckpointThread(const StoreUrl& database, const WalKeeper::Options& options);
    ~CheckpointThread();
    CheckpointThread(const CheckpointThread&) = delete;
    CheckpointThread& operator=(const CheckpointThread&) = delete;

    void stop();

private:
    void run(StoreUrl database, WalKeeper::Options options);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};
