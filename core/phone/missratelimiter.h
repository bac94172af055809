#pragma once

#include <QHash>
#include <QString>
#include <QVector>
#include <QtGlobal>

// Counts a client's failed requests for phone files over a sliding window: past the limit
// (default more than 20 a minute) the client is refused (429) until the window has room again.
// Keyed by client address; memory is bounded by forgetting idle clients.
class MissRateLimiter
{
public:
    explicit MissRateLimiter(int limit = 20, qint64 windowMs = 60000);

    // Records a miss at nowMs; true when the client is now over the limit.
    bool recordMiss(const QString& client, qint64 nowMs);
    bool isLimited(const QString& client, qint64 nowMs);
    int limit() const { return m_limit; }

private:
    void prune(QVector<qint64>* times, qint64 nowMs) const;

    int m_limit;
    qint64 m_windowMs;
    QHash<QString, QVector<qint64>> m_misses;
    qint64 m_lastSweep = 0;
};
