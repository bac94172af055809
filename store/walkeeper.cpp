#include "walkeeper.h"

#include <QFileInfo>

WalKeeper::Action WalKeeper::choose(qint64 walBytes, int framesBefore, int framesNow, int quietCalls,
                                    const Options& options)
{
    if (walBytes <= 0) {
        return Action::None;
    }
    // Past half the limit: emptied now, so that what comes in while a TRUNCATE waits for old
    // readers, and until the next call, still fits under the limit.
    if (walBytes > options.limitBytes / 2) {
        return Action::Truncate;
    }
    // Frames were added since the last call: the log is in use; copy what is committed.
    if (framesNow != framesBefore || quietCalls < options.idleCalls) {
        return Action::Passive;
    }
    return Action::Truncate;
}

WalKeeper::WalKeeper(Database& database, const Options& options)
    : m_database(database)
    , m_options(options)
{
}

qint64 WalKeeper::walBytes() const
{
    const QString path = m_database.walPath();
    return path.isEmpty() ? 0 : QFileInfo(path).size();
}

StoreError WalKeeper::tick()
{
    if (m_database.dialect() != Database::Dialect::SQLite) {
        return {};
    }
    const qint64 bytes = walBytes();
    if (bytes <= 0) {
        m_frames = 0;
        return {};
    }
    // PASSIVE first, always: it copies frames without holding the writer lock, so that the
    // TRUNCATE after it (which holds it) has little or nothing left to copy, and it says how
    // many frames the log holds.
    const StoreResult<Database::CheckpointResult> passive = m_database.checkpoint(Database::Checkpoint::Passive);
    if (!passive) {
        return passive.error();
    }
    const int framesNow = qMax(0, passive->walFrames);
    m_quietCalls = framesNow == m_frames ? m_quietCalls + 1 : 0;
    const Action action = choose(bytes, m_frames, framesNow, m_quietCalls, m_options);
    m_frames = framesNow;
    if (action != Action::Truncate) {
        return {};
    }
    // Idle with frames a reader still holds back: wait for the next call rather than hold the
    // writer lock while copying them. Over the limit it is worth that (at most waitMs).
    const bool caughtUp = passive->checkpointed == passive->walFrames;
    if (!caughtUp && bytes <= m_options.limitBytes / 2) {
        return {};
    }
    // After a TRUNCATE that readers kept from finishing, the next waits 1, 2 then 4 calls:
    // readers that never let go must not keep the writer waiting most of the time. Over the
    // limit itself the file comes first: every call tries.
    if (m_skipCalls > 0 && bytes <= m_options.limitBytes) {
        --m_skipCalls;
        return {};
    }
    const StoreResult<Database::CheckpointResult> truncated =
        m_database.checkpoint(Database::Checkpoint::Truncate, m_options.waitMs);
    if (!truncated) {
        return truncated.error();
    }
    if (truncated->busy) {
        m_skipCalls = 1 << qMin(m_busyTruncations, 2);
        ++m_busyTruncations;
        return {};
    }
    ++m_truncations;
    m_busyTruncations = 0;
    m_frames = 0;
    return {};
}
