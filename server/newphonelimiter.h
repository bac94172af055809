#pragma once

#include "missratelimiter.h"

#include <QMutex>

// How fast anonymous clients may add phones waiting for approval (an unknown MAC's keep-alive or
// system-folder fetch creates one): at most perAddress a minute from one client address and
// overall a minute in all. Shared by the serving threads of a node; beyond it the request is
// answered 429 and nothing is written. Zero touch, from a region's allowed subnets, counts
// against the per-address limit only (a boot storm of new phones comes from many addresses).
class NewPhoneLimiter
{
public:
    NewPhoneLimiter(int perAddress, int overall)
        : m_perAddress(perAddress)
        , m_overall(overall)
    { }

    // Counts a new phone from address at nowMs; false (nothing counted) when over either limit.
    bool allow(const QString& address, qint64 nowMs)
    {
        QMutexLocker lock(&m_mutex);
        if (m_perAddress.isLimited(address, nowMs) || m_overall.isLimited(QString(), nowMs)) {
            return false;
        }
        if (m_perAddress.recordMiss(address, nowMs)) {
            return false;
        }
        return !m_overall.recordMiss(QString(), nowMs);
    }

    // The same, counting only against the per-address limit.
    bool allowFromAddress(const QString& address, qint64 nowMs)
    {
        QMutexLocker lock(&m_mutex);
        return !m_perAddress.isLimited(address, nowMs) && !m_perAddress.recordMiss(address, nowMs);
    }

private:
    QMutex m_mutex;
    MissRateLimiter m_perAddress;
    MissRateLimiter m_overall;
};
