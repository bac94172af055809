#include "loginguard.h"

#include "passwordhash.h"
#include "randomsecret.h"

QString LoginGuard::pairKey(const QString& address, const QString& name)
{
    return name.toLower().left(256) + u'\n' + address;
}

qint64 LoginGuard::waitMs(const QString& address, const QString& name, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    return qMax(m_addresses.waitMs(address, nowMs), m_pairs.waitMs(pairKey(address, name), nowMs));
}

LoginGuard::Change LoginGuard::recordFailure(const QString& address, const QString& name, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    const QString pair = pairKey(address, name);
    // Once the address waits anyway, its attempts count for it alone: a flood of made-up names
    // adds no entry per name (memory stays bounded by the addresses that fail).
    const bool addressWaits = m_addresses.failures(address) >= LoginBackoff::freeFailures;
    m_addresses.recordFailure(address, nowMs);
    if (!addressWaits || m_pairs.failures(pair) > 0) {
        m_pairs.recordFailure(pair, nowMs);
    }
    if (m_addresses.failures(address) == LoginBackoff::lockFailures) {
        return Change::AddressLocked;
    }
    if (m_addresses.failures(address) == LoginBackoff::freeFailures) {
        return Change::AddressThrottled;
    }
    if (m_pairs.failures(pair) == LoginBackoff::freeFailures) {
        return Change::PairThrottled;
    }
    return Change::None;
}

bool LoginGuard::recordSuccess(const QString& address, const QString& name)
{
    QMutexLocker lock(&m_mutex);
    const QString pair = pairKey(address, name);
    const bool wasThrottled = m_addresses.failures(address) >= LoginBackoff::freeFailures
        || m_pairs.failures(pair) >= LoginBackoff::freeFailures;
    m_addresses.recordSuccess(address);
    m_pairs.recordSuccess(pair);
    return wasThrottled;
}

void LoginGuard::forgetName(const QString& name)
{
    QMutexLocker lock(&m_mutex);
    m_pairs.forgetPrefix(name.toLower().left(256) + u'\n');
}

QString LoginGuard::decoyHash()
{
    QMutexLocker lock(&m_mutex);
    if (m_decoy.isEmpty()) {
        m_decoy = PasswordHash::hash(RandomSecret::hex(16));
    }
    return m_decoy;
}
