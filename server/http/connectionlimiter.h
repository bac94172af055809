#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

// How many client connections the server holds, per client address and in all, shared by the
// serving threads. Beyond either cap a new connection gets 503 with Retry-After and is closed at
// once: a host that opens connections and sends nothing (or a byte now and then) cannot take the
// descriptors every phone and console needs.
class ConnectionLimiter
{
public:
    ConnectionLimiter(int perAddress, int total);

    // Raises this process's descriptor limit to its hard limit and returns how many connections
    // that leaves room for (some descriptors kept for files and the database), at most 50 000.
    static int defaultTotal();

    // Counts a new connection from address; false (nothing counted) when a cap is reached
    // (the per-address one only when capPerAddress: a trusted proxy's connections are many clients').
    bool acquire(const QString& address, bool capPerAddress = true);
    void release(const QString& address);
    int total() const;

private:
    mutable QMutex m_mutex;
    int m_perAddress;
    int m_totalCap;
    int m_total = 0;
    QHash<QString, int> m_byAddress;
};
