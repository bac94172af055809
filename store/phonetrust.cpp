#include "phonetrust.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
const QString columns =
    QStringLiteral("SELECT id, mac, region_id, model, approval, provisioning_user, provisioning_secret, proof_address, "
                   "own_fetch_at, first_contact_until, first_contact_at FROM devices ");
} // namespace

PhoneTrust::PhoneTrust(Database& db)
    : m_db(db)
{ }

PhoneTrust::Row PhoneTrust::read(const QSqlQuery& q)
{
    Row r;
    r.id = q.value(0).toLongLong();
    r.mac = q.value(1).toString();
    r.regionId = q.value(2).toLongLong();
    r.model = q.value(3).toString();
    approvalStateFromString(q.value(4).toString(), &r.approval);
    r.user = q.value(5).toString();
    r.secret = q.value(6).toString();
    r.proofAddress = q.value(7).toString();
    r.ownFetched = !q.value(8).isNull();
    r.firstContactUntilMs = q.value(9).toLongLong();
    r.firstContactAtMs = q.value(10).toLongLong();
    return r;
}

StoreResult<QVector<PhoneTrust::Row>> PhoneTrust::select(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(columns + where);
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (StoreError e = m_db.exec(q, QStringLiteral("reading phones' credentials")); e.isError()) {
        return e;
    }
    QVector<Row> rows;
    while (q.next()) {
        rows.append(read(q));
    }
    return rows;
}

StoreResult<QVector<PhoneTrust::Row>> PhoneTrust::all(int limit) const
{
    return select(QStringLiteral("ORDER BY id LIMIT ?"), {limit + 1});
}

StoreResult<PhoneTrust::Row> PhoneTrust::byMac(const QString& mac) const
{
    StoreResult<QVector<Row>> rows = select(QStringLiteral("WHERE mac = ?"), {mac});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return StoreError {StoreError::Code::NotFound, QStringLiteral("no phone %1").arg(mac)};
    }
    return rows->constFirst();
}

StoreResult<QVector<PhoneTrust::Row>> PhoneTrust::changedSince(qint64 revision) const
{
    return select(QStringLiteral("WHERE revision > ?"), {revision});
}

// Neither writes a new revision: what a fetch proves is the server's bookkeeping, not a change an
// administrator's console shows or an edit of the row must be based on; every decision on it is
// made in the database (the keep-alive's proof, the first-contact claim, the push).
StoreError PhoneTrust::recordServed(qint64 deviceId, const QString& peer, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE devices SET proof_address = ?, proof_open_until = ?, push_address = ?, "
                             "own_fetch_at = COALESCE(own_fetch_at, ?), first_contact_until = NULL WHERE id = ?"));
    q.addBindValue(peer);
    q.addBindValue(nowMs + proofWindowMs);
    q.addBindValue(peer);
    q.addBindValue(nowMs);
    q.addBindValue(deviceId);
    return m_db.exec(q, QStringLiteral("recording who got the file of phone %1").arg(deviceId));
}

StoreResult<bool> PhoneTrust::claimFirstContact(qint64 deviceId, const QString& peer, qint64 nowMs, qint64 repeatMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE devices SET proof_address = ?, proof_open_until = ?, push_address = ?, first_contact_at = ?, "
        "first_contact_until = NULL WHERE id = ? AND (own_fetch_at IS NULL OR first_contact_until > ? "
        "OR (? > 0 AND COALESCE(first_contact_at, 0) <= ?))"));
    q.addBindValue(peer);
    q.addBindValue(nowMs + proofWindowMs);
    q.addBindValue(peer);
    q.addBindValue(nowMs);
    q.addBindValue(deviceId);
    q.addBindValue(nowMs);
    q.addBindValue(repeatMs);
    q.addBindValue(nowMs - repeatMs);
    if (StoreError e = m_db.exec(q, QStringLiteral("giving phone %1 first contact").arg(deviceId)); e.isError()) {
        return e;
    }
    return q.numRowsAffected() > 0;
}

StoreError PhoneTrust::forget(qint64 deviceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE devices SET push_address = '', proof_address = '', proof_open_until = 0, "
                             "proof_token = '', own_fetch_at = NULL, first_contact_at = NULL, "
                             "first_contact_until = NULL WHERE id = ?"));
    q.addBindValue(deviceId);
    return m_db.exec(q, QStringLiteral("forgetting what phone %1 proved").arg(deviceId));
}
