#include "missratelimiter.h"

MissRateLimiter::MissRateLimiter(int limit, qint64 windowMs)
    : m_limit(limit)
    , m_windowMs(windowMs)
{ }

void MissRateLimiter::prune(QVector<qint64>* times, qint64 nowMs) const
{
    qsizetype keep = 0;
    while (keep < times->size() && times->at(keep) <= nowMs - m_windowMs) {
        ++keep;
    }
    times->remove(0, keep);
}

bool MissRateLimiter::recordMiss(const QString& client, qint64 nowMs)
{
    if (nowMs - m_lastSweep > m_windowMs) {
        // Forget clients whose misses have all left the window.
        for (auto it = m_misses.begin(); it != m_misses.end();) {
            prune(&it.value(), nowMs);
            it = it->isEmpty() ? m_misses.erase(it) : std::next(it);
        }
        m_lastSweep = nowMs;
    }
    QVector<qint64>& times = m_misses[client];
    prune(&times, nowMs);
    // Past the limit only the count matters; keep the list short.
    if (times.size() <= m_limit) {
        times.append(nowMs);
    } else {
        times.last() = nowMs;
    }
    return times.size() > m_limit;
}

bool MissRateLimiter::isLimited(const QString& client, qint64 nowMs)
{
    auto it = m_misses.find(client);
    if (it == m_misses.end()) {
        return false;
    }
    prune(&it.value(), nowMs);
    return it->size() > m_limit;
}
