#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

// Slows down password guessing at the admin API's login. The first 5 failures in a row cost
// nothing; after that each attempt must wait: 1 s after the 5th failure, doubling with each
// further one up to 15 minutes. At 100 failures in a row a client address is refused for an
// hour (only that address: no account is ever locked by failures, which anyone could cause).
// Attempts refused while waiting count as failures. A success resets the count. Pure logic: the
// caller gives the time.
namespace LoginBackoff {
constexpr int freeFailures = 5;
constexpr int lockFailures = 100;
constexpr qint64 maxDelayMs = 15 * 60 * 1000;
constexpr qint64 addressLockMs = 60 * 60 * 1000;

// How long after the last of `failures` failures the next attempt may come.
qint64 delayMs(int failures);
// 0 when an attempt may go ahead now, else the milliseconds to wait.
qint64 waitMs(int failures, qint64 lastFailureMs, qint64 nowMs);
} // namespace LoginBackoff

// The throttle of one kind of key (a client address, or a name and address pair), kept in memory
// (a server node's own view of its clients). Bounded: keys quiet for longer than the longest
// wait are forgotten.
class AddressThrottle
{
public:
    // 0: may try; else milliseconds until it may (for Retry-After).
    qint64 waitMs(const QString& address, qint64 nowMs) const;
    bool isLocked(const QString& address, qint64 nowMs) const;
    void recordFailure(const QString& address, qint64 nowMs);
    void recordSuccess(const QString& address);
    int failures(const QString& address) const { return m_entries.value(address).failures; }
    // Forgets every key that starts with prefix.
    void forgetPrefix(const QString& prefix);

    // At most this many keys are held; beyond, new keys are not tracked until sweeping makes room
    // (a flood from many addresses costs bounded memory; those addresses then wait only on the
    // password hashing).
    static constexpr int maxKeys = 100000;

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };
    void sweep(qint64 nowMs, bool force = false);

    QHash<QString, Entry> m_entries;
    qint64 m_lastSweepMs = 0;
    qint64 m_lastForcedSweepMs = 0;
};
