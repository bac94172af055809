#include "connectionlimiter.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

ConnectionLimiter::ConnectionLimiter(int perAddress, int total)
    : m_perAddress(perAddress)
    , m_totalCap(total)
{ }

bool ConnectionLimiter::acquire(const QString& address, bool capPerAddress)
{
    QMutexLocker lock(&m_mutex);
    if (m_total >= m_totalCap) {
        return false;
    }
    int& count = m_byAddress[address];
    if (capPerAddress && count >= m_perAddress) {
        return false;
    }
    ++count;
    ++m_total;
    return true;
}

void ConnectionLimiter::release(const QString& address)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_byAddress.find(address);
    if (it == m_byAddress.end()) {
        return;
    }
    --m_total;
    if (--it.value() <= 0) {
        m_byAddress.erase(it);
    }
}

int ConnectionLimiter::total() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

int ConnectionLimiter::defaultTotal()
{
    constexpr int most = 50000;
    constexpr int reserved = 128; // files, the database, listening sockets, pushes to phones
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return 1024 - reserved;
    }
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = std::min<rlim_t>(limit.rlim_max, most + reserved);
        if (raised.rlim_cur > limit.rlim_cur && ::setrlimit(RLIMIT_NOFILE, &raised) == 0) {
            limit = raised;
        }
    }
    const rlim_t available = limit.rlim_cur == RLIM_INFINITY ? rlim_t(most + reserved) : limit.rlim_cur;
    return static_cast<int>(std::clamp<rlim_t>(available > reserved ? available - reserved : 16, 16, most));
#else
    return 4096; // Windows: Qt's sockets, no per-process descriptor limit of this kind
#endif
}
