#pragma once

#include "loginthrottle.h"

#include <QMutex>
#include <QString>

// What the serving threads of one node share about logins: the throttles, and a password hash
// to check names that are no account against, so that a wrong name costs as long as a wrong
// password and tells nothing.
//
// Failures slow down the client address that made them and the pair (name, address): a client
// guessing one account's password waits, and so does one trying many names, but no client can
// make anyone else wait. Names that are accounts and names that are not are throttled alike, so
// the answers cannot tell them apart. Nothing is locked for everyone: the account of an
// administrator whose name is being guessed elsewhere still opens from the administrator's own
// address (and phonefleetd --reset-admin on the server host always works).
class LoginGuard
{
public:
    // What a failure changed, for the web-admin log.
    enum class Change { None, PairThrottled, AddressThrottled, AddressLocked };

    // 0: may try now; else the milliseconds to wait (the longer of the address's and the pair's).
    qint64 waitMs(const QString& address, const QString& name, qint64 nowMs);
    Change recordFailure(const QString& address, const QString& name, qint64 nowMs);
    // True when the pair or the address had been throttled (a lift worth logging).
    bool recordSuccess(const QString& address, const QString& name);
    // An administrator unlocked the account: its name is no longer throttled from any address.
    void forgetName(const QString& name);
    QString decoyHash();

private:
    static QString pairKey(const QString& address, const QString& name);

    QMutex m_mutex;
    AddressThrottle m_addresses;
    AddressThrottle m_pairs; // keyed "name\naddress", the name in lower case
    QString m_decoy;
};
