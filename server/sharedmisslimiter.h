#pragma once

#include "missratelimiter.h"

#include <QMutex>

// The miss limiter shared by the serving threads: a client's connections may land on any of
// them, and its limit is one.
class SharedMissLimiter
{
public:
    bool recordMiss(const QString& client, qint64 nowMs)
    {
        QMutexLocker lock(&m_mutex);
        return m_limiter.recordMiss(client, nowMs);
    }
    bool isLimited(const QString& client, qint64 nowMs)
    {
        QMutexLocker lock(&m_mutex);
        return m_limiter.isLimited(client, nowMs);
    }

private:
    QMutex m_mutex;
    MissRateLimiter m_limiter;
};
