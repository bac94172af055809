#include "loginguard.h"

#include "passwordhash.h"
#include "randomsecret.h"

qint64 LoginGuard::waitMs(const QString& address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    return m_addresses.waitMs(address, nowMs);
}

void LoginGuard::recordFailure(const QString& address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    m_addresses.recordFailure(address, nowMs);
}

void LoginGuard::recordSuccess(const QString& address)
{
    QMutexLocker lock(&m_mutex);
    m_addresses.recordSuccess(address);
}

QString LoginGuard::decoyHash()
{
    QMutexLocker lock(&m_mutex);
    if (m_decoy.isEmpty()) {
        m_decoy = PasswordHash::hash(RandomSecret::hex(16));
    }
    return m_decoy;
}
