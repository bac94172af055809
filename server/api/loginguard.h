#pragma once

#include "loginthrottle.h"

#include <QMutex>
#include <QString>

// What the serving threads of one node share about logins: the per-address throttle (a client's
// connections may reach any thread), and a password hash to check names that are no account
// against, so that a wrong name costs as long as a wrong password and tells nothing.
class LoginGuard
{
public:
    qint64 waitMs(const QString& address, qint64 nowMs);
    void recordFailure(const QString& address, qint64 nowMs);
    void recordSuccess(const QString& address);
    QString decoyHash();

private:
    QMutex m_mutex;
    AddressThrottle m_addresses;
    QString m_decoy;
};
