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

void AddressThrottle::sweep(qint64 nowMs)
{
    if (nowMs - m_lastSweepMs < 60000) {
        return;
    }
    m_lastSweepMs = nowMs;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const qint64 quiet = nowMs - it->lastFailureMs;
        if (quiet > LoginBackoff::addressLockMs && quiet > LoginBackoff::maxDelayMs) {
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}
