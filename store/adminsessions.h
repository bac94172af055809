#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QHash>
#include <QString>

class Database;

// A signed-in administrator: a bearer token given to the client once, of which only the
// SHA-256 is stored, so a copy of the database holds no usable token.
struct AdminSession
{
    qint64 id = 0;
    qint64 adminId = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString sourceAddress;
};

// An account's failed logins in a row (see LoginBackoff), and whether it is locked.
struct LoginState
{
    int failedLogins = 0;
    QDateTime lastFailure;
    bool locked = false;
};

// Sessions and login throttling of the admin API. These rows have no revision and are not in the
// change feed: they change on every login, and no console lists them.
class AdminSessions
{
public:
    explicit AdminSessions(Database& db)
        : m_db(db)
    { }

    StoreResult<qint64> create(qint64 adminId, const QString& tokenHash, const QDateTime& now, const QDateTime& expires,
                               const QString& sourceAddress);
    StoreResult<AdminSession> find(const QString& tokenHash) const; // NotFound when there is none
    StoreError remove(qint64 sessionId);
    // Every session of the administrator but `except` (a password change keeps the one it came from).
    StoreError removeAllOf(qint64 adminId, qint64 except = 0);
    StoreResult<int> removeExpired(const QDateTime& now);

    StoreResult<LoginState> loginState(qint64 adminId) const;
    StoreResult<QHash<qint64, LoginState>> loginStates() const;
    // One more failure; the account is locked when the count reaches lockAt.
    StoreResult<LoginState> recordFailure(qint64 adminId, const QDateTime& now, int lockAt);
    // A good password: the count starts again (a locked account stays locked).
    StoreError recordSuccess(qint64 adminId);
    StoreError unlock(qint64 adminId);

private:
    Database& m_db;
};
