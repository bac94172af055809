#include "walkeeper.h"

#include <QFileInfo>

WalKeeper::Action WalKeeper::choose(qint64 walBytes, int framesBefore, int framesNow, int quietCalls,
                                    const Options& options)
{
    if (walBytes <= 0) {
        return Action::None;
    }
    if (walBytes > options.limitBytes) {
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
    // A PASSIVE checkpoint both copies frames and says how many the log holds: run it first,
    // unless the file is already over the limit.
    StoreResult<Database::CheckpointResult> passive = Database::CheckpointResult();
    int framesNow = m_frames;
    if (bytes <= m_options.limitBytes) {
        passive = m_database.checkpoint(Database::Checkpoint::Passive);
        if (!passive) {
            return passive.error();
        }
        framesNow = qMax(0, passive->walFrames);
    }
    m_quietCalls = framesNow == m_frames ? m_quietCalls + 1 : 0;
    const Action action = choose(bytes, m_frames, framesNow, m_quietCalls, m_options);
    m_frames = framesNow;
    if (action != Action::Truncate) {
        return {};
    }
    StoreResult<Database::CheckpointResult> truncated =
        m_database.checkpoint(Database::Checkpoint::Truncate, m_options.waitMs);
    if (!truncated) {
        return truncated.error();
    }
    if (!truncated->busy) {
        ++m_truncations;
        m_frames = 0;
    }
    return {};
}
