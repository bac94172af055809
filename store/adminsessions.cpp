#include "adminsessions.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

LoginState stateFrom(const QSqlQuery& q, int first)
{
    LoginState s;
    s.failedLogins = q.value(first).toInt();
    s.lastFailure = timeFrom(q.value(first + 1));
    s.locked = q.value(first + 2).toInt() != 0;
    return s;
}
} // namespace

StoreResult<qint64> AdminSessions::create(qint64 adminId, const QString& tokenHash, const QDateTime& now,
                                          const QDateTime& expires, const QString& sourceAddress)
{
    Transaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO admin_sessions (token_hash, admin_id, created_at, expires_at, source_address) "
                       "VALUES (?, ?, ?, ?, ?)")
        + m_db.returningId());
    q.addBindValue(tokenHash);
    q.addBindValue(adminId);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(expires.toMSecsSinceEpoch());
    q.addBindValue(sourceAddress);
    if (StoreError e = m_db.exec(q, QStringLiteral("opening a session")); e.isError()) {
        return e;
    }
    const StoreResult<qint64> id = m_db.insertedId(q);
    if (!id) {
        return StoreError {StoreError::Code::Database, QStringLiteral("opening a session: ") + id.error().message};
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return id;
}

StoreResult<AdminSession> AdminSessions::find(const QString& tokenHash) const
{
    QSqlQuery& q = m_db.preparedQuery(QStringLiteral(
        "SELECT id, admin_id, created_at, expires_at, source_address FROM admin_sessions WHERE token_hash = ?"));
    q.addBindValue(tokenHash);
    if (StoreError e = m_db.exec(q, QStringLiteral("reading a session")); e.isError()) {
        return e;
    }
    if (!q.next()) {
        q.finish();
        return StoreError {StoreError::Code::NotFound, QStringLiteral("no such session")};
    }
    AdminSession s;
    s.id = q.value(0).toLongLong();
    s.adminId = q.value(1).toLongLong();
    s.createdAt = timeFrom(q.value(2));
    s.expiresAt = timeFrom(q.value(3));
    s.sourceAddress = q.value(4).toString();
    q.finish();
    return s;
}

StoreError AdminSessions::remove(qint64 sessionId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM admin_sessions WHERE id = ?"));
    q.addBindValue(sessionId);
    return m_db.exec(q, QStringLiteral("closing a session"));
}

StoreError AdminSessions::removeAllOf(qint64 adminId, qint64 except)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM admin_sessions WHERE admin_id = ? AND id <> ?"));
    q.addBindValue(adminId);
    q.addBindValue(except);
    return m_db.exec(q, QStringLiteral("closing the sessions of an administrator"));
}

StoreResult<int> AdminSessions::removeExpired(const QDateTime& now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM admin_sessions WHERE expires_at <= ?"));
    q.addBindValue(now.toMSecsSinceEpoch());
    if (StoreError e = m_db.exec(q, QStringLiteral("removing expired sessions")); e.isError()) {
        return e;
    }
    return q.numRowsAffected();
}

StoreResult<LoginState> AdminSessions::loginState(qint64 adminId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT failed_logins, last_failure, locked FROM admin_logins WHERE admin_id = ?"));
    q.addBindValue(adminId);
    if (StoreError e = m_db.exec(q, QStringLiteral("reading the login state")); e.isError()) {
        return e;
    }
    return q.next() ? stateFrom(q, 0) : LoginState();
}

StoreResult<QHash<qint64, LoginState>> AdminSessions::loginStates() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT admin_id, failed_logins, last_failure, locked FROM admin_logins"));
    if (StoreError e = m_db.exec(q, QStringLiteral("reading the login states")); e.isError()) {
        return e;
    }
    QHash<qint64, LoginState> states;
    while (q.next()) {
        states.insert(q.value(0).toLongLong(), stateFrom(q, 1));
    }
    return states;
}

StoreResult<LoginState> AdminSessions::recordFailure(qint64 adminId, const QDateTime& now, int lockAt)
{
    Transaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO admin_logins (admin_id, failed_logins, last_failure, locked) "
                       "VALUES (?, 1, ?, ?) ON CONFLICT (admin_id) DO UPDATE SET "
                       "failed_logins = admin_logins.failed_logins + 1, last_failure = excluded.last_failure, "
                       "locked = CASE WHEN admin_logins.failed_logins + 1 >= ? THEN 1 ELSE admin_logins.locked END"));
    q.addBindValue(adminId);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(lockAt <= 1 ? 1 : 0);
    q.addBindValue(lockAt);
    if (StoreError e = m_db.exec(q, QStringLiteral("recording a failed login")); e.isError()) {
        return e;
    }
    StoreResult<LoginState> state = loginState(adminId);
    if (!state) {
        return state;
    }
    if (state->locked) {
        if (StoreError e = removeAllOf(adminId); e.isError()) {
            return e;
        }
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return state;
}

StoreError AdminSessions::recordSuccess(qint64 adminId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE admin_logins SET failed_logins = 0, last_failure = NULL WHERE admin_id = ?"));
    q.addBindValue(adminId);
    return m_db.exec(q, QStringLiteral("recording a login"));
}

StoreError AdminSessions::unlock(qint64 adminId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE admin_logins SET failed_logins = 0, last_failure = NULL, locked = 0 "
                             "WHERE admin_id = ?"));
    q.addBindValue(adminId);
    return m_db.exec(q, QStringLiteral("unlocking an administrator"));
}
