#include "loginthrottle.h"

#include <iterator>

namespace LoginBackoff {
qint64 delayMs(int failures)
{
    if (failures < freeFailures) {
        return 0;
    }
    const int doublings = failures - freeFailures; // 5 failures: 1 s, 6: 2 s, 7: 4 s, ...
    if (doublings >= 20) {
        return maxDelayMs;
    }
    return qMin(maxDelayMs, qint64(1000) << doublings);
}

qint64 waitMs(int failures, qint64 lastFailureMs, qint64 nowMs)
{
    const qint64 until = lastFailureMs + delayMs(failures);
    return until > nowMs ? until - nowMs : 0;
}
} // namespace LoginBackoff

qint64 AddressThrottle::waitMs(const QString& address, qint64 nowMs) const
{
    const auto it = m_entries.constFind(address);
    if (it == m_entries.constEnd()) {
        return 0;
    }
    if (it->failures >= LoginBackoff::lockFailures) {
        const qint64 until = it->lastFailureMs + LoginBackoff::addressLockMs;
        return until > nowMs ? until - nowMs : 0;
    }
    return LoginBackoff::waitMs(it->failures, it->lastFailureMs, nowMs);
}

bool AddressThrottle::isLocked(const QString& address, qint64 nowMs) const
{
    const auto it = m_entries.constFind(address);
    return it != m_entries.constEnd() && it->failures >= LoginBackoff::lockFailures
        && nowMs < it->lastFailureMs + LoginBackoff::addressLockMs;
}

void AddressThrottle::recordFailure(const QString& address, qint64 nowMs)
{
    sweep(nowMs);
    if (m_entries.size() >= maxKeys && !m_entries.contains(address)) {
        sweep(nowMs, true);
        if (m_entries.size() >= maxKeys) {
            return;
        }
    }
    Entry& e = m_entries[address];
    if (e.failures >= LoginBackoff::lockFailures && nowMs >= e.lastFailureMs + LoginBackoff::addressLockMs) {
        e.failures = 0; // the hour is over: start again
    }
    ++e.failures;
    e.lastFailureMs = nowMs;
}

void AddressThrottle::recordSuccess(const QString& address)
{
    m_entries.remove(address);
}

void AddressThrottle::forgetPrefix(const QString& prefix)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        it = it.key().startsWith(prefix) ? m_entries.erase(it) : std::next(it);
    }
}

void AddressThrottle::sweep(qint64 nowMs, bool force)
{
    if (force ? nowMs - m_lastForcedSweepMs < 1000 : nowMs - m_lastSweepMs < 60000) {
        return;
    }
    (force ? m_lastForcedSweepMs : m_lastSweepMs) = nowMs;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const qint64 quiet = nowMs - it->lastFailureMs;
        // Full: keys that do not make anyone wait yet go first.
        if ((quiet > LoginBackoff::addressLockMs && quiet > LoginBackoff::maxDelayMs)
            || (force && it->failures < LoginBackoff::freeFailures)) {
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}
