#pragma once

#include "database.h"

#include <QtGlobal>

// Keeps SQLite's write-ahead log small. The writer never checkpoints (its commits must not wait
// for one); a PASSIVE checkpoint from another connection copies frames but cannot restart the
// log while readers hold old snapshots, and under steady keep-alive load the file grew to
// 500 MB and stayed that size after the load was gone. Called every 250 ms, this checkpoints
// PASSIVE (never blocking the writer); then, once the WAL file is over half the limit, or when
// no frame was added for a few calls (idle) and everything is copied, TRUNCATE, which holds the
// writer lock while it waits (briefly) for old readers and empties the file. Called four times
// a second by the server, it keeps the file under the limit at 7 000 keep-alives a second. A TRUNCATE that
// could not finish is tried again after 1, 2, then 4 calls while the file is under the limit, so
// that readers that never let go cannot keep the writer waiting most of the time; over the
// limit, at every call. No-op on PostgreSQL.
class WalKeeper
{
public:
    struct Options
    {
        qint64 limitBytes = 64LL * 1024 * 1024;
        int idleCalls = 8;  // calls without a new frame before the file is emptied (2 s)
        int waitMs = 250;   // how long a TRUNCATE waits for the writer and readers
    };
    enum class Action { None, Passive, Truncate };

    // What the next checkpoint does, from the WAL file's size now and the frames in the log at
    // the previous call and now.
    static Action choose(qint64 walBytes, int framesBefore, int framesNow, int quietCalls, const Options& options);

    WalKeeper(Database& database, const Options& options);
    // One step; the database's error, if the checkpoint failed.
    StoreError tick();

    qint64 walBytes() const;
    int truncations() const { return m_truncations; }

private:
    Database& m_database;
    Options m_options;
    int m_frames = 0;     // in the log at the last call
    int m_quietCalls = 0; // calls since a frame was added
    int m_truncations = 0;
    int m_busyTruncations = 0; // in a row
    int m_skipCalls = 0;       // before the next TRUNCATE may be tried
};
