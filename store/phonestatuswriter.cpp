#include "phonestatuswriter.h"

#include "commandhandover.h"
#include "database.h"
#include "keepaliveproof.h"
#include "randomsecret.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Runs a prepared query; the message naming what failed is only built when it did (this runs
// several times per keep-alive).
} // namespace

StoreError PhoneStatusWriter::execFor(QSqlQuery& query, const char* what, const QString& subject) const
{
    if (query.exec()) {
        return {};
    }
    return m_db.errorFrom(query.lastError(), QString::fromLatin1(what).arg(subject));
}

namespace {
// Text columns are NOT NULL: a null QString must go in as ''.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}
} // namespace

struct PhoneStatusWriter::KeepAliveStatements
{
    QSqlQuery find, trust, update, statusOnly, moveToUser, insert, pending, hand, settle, unhand, target, waiting,
        delivered, failed;
    // Devices with undelivered commands, as read in the transaction of that revision: no one can
    // queue a command while this transaction holds the change counter, so it stays true until
    // commit. Empty revision: not read (or too many to keep: ask per device).
    qint64 waitingRevision = 0;
    bool waitingKnown = false;
    QSet<QString> waitingDevices; // their MACs

    explicit KeepAliveStatements(const QSqlDatabase& c)
        : find(c)
        , trust(c)
        , update(c)
        , statusOnly(c)
        , moveToUser(c)
        , insert(c)
        , pending(c)
        , hand(c)
        , settle(c)
        , unhand(c)
        , target(c)
        , waiting(c)
        , delivered(c)
        , failed(c)
    {
        find.prepare(QStringLiteral("SELECT id FROM devices WHERE mac = ?"));
        trust.prepare(
            QStringLiteral("SELECT id, proof_address, proof_open_until, proof_token FROM devices WHERE mac = ?"));
        // A known phone's report. user_id is left out: an UPDATE that names an indexed column
        // rewrites that index's entry even when the value stays, and a keep-alive should dirty
        // as few pages as it can (each one is written to the WAL at every commit).
        update.prepare(QStringLiteral(
            "UPDATE devices SET revision = ?, ip_address = ?, subnet = ?, "
            "firmware_version = CASE WHEN ? <> '' THEN ? ELSE firmware_version END, user_agent = ?, "
            "model = CASE WHEN ? <> '' THEN ? ELSE model END, teams = ?, sip_status = ?, phone_number = ?, "
            "location = ?, vlan_id = CASE WHEN ? >= 0 THEN ? ELSE vlan_id END, last_report = ?, "
            "last_status_change = CASE WHEN sip_status <> ? THEN ? ELSE last_status_change END, "
            "reported_user = CASE WHEN ? <> '' AND NOT EXISTS (SELECT 1 FROM users u WHERE u.name = ? "
            "AND (u.region_id IS NULL OR u.region_id = devices.region_id)) THEN ? "
            "ELSE '' END, push_address = ?, proof_token = CASE WHEN ? = 1 THEN ? ELSE proof_token END "
            "WHERE id = ?"));
        // A report that proves nothing: harmless status only.
        statusOnly.prepare(QStringLiteral(
            "UPDATE devices SET revision = ?, sip_status = ?, last_report = ?, "
            "last_status_change = CASE WHEN sip_status <> ? THEN ? ELSE last_status_change END WHERE id = ?"));
        // The user it reports moves it to that user, when one of that name exists and it is not
        // that user's already (then nothing is written).
        // Only to a user of the phone's own region (or of none): a phone, even a proven one, never
        // takes a line of another region's user (whose SIP password its next file would hold).
        moveToUser.prepare(
            QStringLiteral("UPDATE devices SET user_id = (SELECT id FROM users WHERE name = ?) WHERE id = ? "
                           "AND EXISTS (SELECT 1 FROM users u WHERE u.name = ? "
                           "AND (u.region_id IS NULL OR u.region_id = devices.region_id)) "
                           "AND (user_id IS NULL OR user_id <> (SELECT id FROM users WHERE name = ?))"));
        insert.prepare(QStringLiteral(
            "INSERT INTO devices (revision, mac, model, teams, approval, ip_address, subnet, firmware_version, "
            "user_agent, sip_status, phone_number, location, vlan_id, last_report, last_status_change, user_id, "
            "reported_user, provisioning_user, provisioning_secret) "
            "VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        pending.prepare(QStringLiteral("SELECT id, command, job_id, job_position, handed_at FROM device_commands "
                                       "WHERE device_id = ? AND delivered_at IS NULL ORDER BY id"));
        delivered.prepare(QStringLiteral("UPDATE job_targets SET outcome = 'delivered', updated_at = ? "
                                         "WHERE job_id = ? AND position = ? AND outcome = 'queued'"));
        hand.prepare(QStringLiteral("UPDATE device_commands SET handed_at = ?, revision = ? "
                                    "WHERE id = ? AND delivered_at IS NULL"));
        // delivered_at also ends a command given up: no longer waiting, kept as history.
        settle.prepare(QStringLiteral("UPDATE device_commands SET delivered_at = ?, revision = ? "
                                      "WHERE id = ? AND delivered_at IS NULL"));
        unhand.prepare(QStringLiteral("UPDATE device_commands SET handed_at = NULL, revision = ? "
                                      "WHERE id = ? AND delivered_at IS NULL"));
        failed.prepare(QStringLiteral("UPDATE job_targets SET outcome = 'failed', reason = ?, updated_at = ? "
                                      "WHERE job_id = ? AND position = ? AND outcome = 'queued'"));
        target.prepare(QStringLiteral("SELECT job_id, job_position FROM device_commands WHERE id = ?"));
        waiting.setForwardOnly(true);
        waiting.prepare(
            QStringLiteral("SELECT DISTINCT d.mac FROM device_commands c JOIN devices d ON d.id = c.device_id "
                           "WHERE c.delivered_at IS NULL LIMIT 10001"));
    }
};

PhoneStatusWriter::PhoneStatusWriter(Database& db)
    : m_db(db)
{ }

PhoneStatusWriter::~PhoneStatusWriter() = default;

void PhoneStatusWriter::forgetStatements()
{
    m_keepAlive.reset();
}

StoreResult<QVector<KeepAliveOutcome>> PhoneStatusWriter::applyKeepAlives(const QVector<KeepAliveReport>& reports,
                                                                          const QDateTime& now)
{
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    const qint64 rev = tx.revision();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (!m_keepAlive) {
        m_keepAlive = std::make_unique<KeepAliveStatements>(m_db.connection());
    }
    KeepAliveStatements& k = *m_keepAlive;
    QSqlQuery& find = k.find;
    QSqlQuery& update = k.update;
    QSqlQuery& moveToUser = k.moveToUser;
    QSqlQuery& insert = k.insert;
    QSqlQuery& pending = k.pending;
    if (k.waitingRevision != rev) {
        // Once per transaction: which devices have commands waiting at all (usually none).
        k.waitingRevision = rev;
        k.waitingDevices.clear();
        if (StoreError e = m_db.exec(k.waiting, QStringLiteral("looking for queued commands")); e.isError()) {
            return e;
        }
        while (k.waiting.next()) {
            k.waitingDevices.insert(k.waiting.value(0).toString());
        }
        k.waiting.finish();
        k.waitingKnown = k.waitingDevices.size() <= 10000;
    }

    QVector<KeepAliveOutcome> outcomes;
    outcomes.reserve(reports.size());
    for (const KeepAliveReport& r : reports) {
        KeepAliveOutcome outcome;
        const QString mac = r.mac.toString();
        const QString status = sipStatusToString(r.status == SipStatus::Unknown ? SipStatus::Started : r.status);
        k.trust.addBindValue(text(mac));
        if (StoreError e = execFor(k.trust, "finding phone %1", mac); e.isError()) {
            return e;
        }
        const bool known = k.trust.next();
        KeepAliveProof proof;
        if (known) {
            outcome.deviceId = k.trust.value(0).toLongLong();
            proof = KeepAliveProof::decide(
                {k.trust.value(1).toString(), k.trust.value(2).toLongLong() > nowMs, k.trust.value(3).toString()},
                r.emsUserPassword, r.peerAddress, r.authenticated);
        }
        k.trust.finish();
        outcome.proven = proof.proven;
        if (known && !proof.proven) {
            k.statusOnly.addBindValue(rev);
            k.statusOnly.addBindValue(text(status));
            k.statusOnly.addBindValue(nowMs);
            k.statusOnly.addBindValue(text(status));
            k.statusOnly.addBindValue(nowMs);
            k.statusOnly.addBindValue(outcome.deviceId);
            if (StoreError e = execFor(k.statusOnly, "recording the status of %1", mac); e.isError()) {
                return e;
            }
            outcomes.append(outcome); // no commands for a report that proves nothing
            continue;
        }
        if (known) {
            update.addBindValue(rev);
            update.addBindValue(text(r.ipAddress));
            update.addBindValue(text(r.subnet));
            update.addBindValue(text(r.firmwareVersion));
            update.addBindValue(text(r.firmwareVersion));
            update.addBindValue(text(r.userAgent));
            update.addBindValue(text(r.model));
            update.addBindValue(text(r.model));
            update.addBindValue(r.teams ? 1 : 0);
            update.addBindValue(text(status));
            update.addBindValue(text(r.phoneNumber));
            update.addBindValue(text(r.location));
            update.addBindValue(r.vlanId);
            update.addBindValue(r.vlanId);
            update.addBindValue(nowMs);
            update.addBindValue(text(status));
            update.addBindValue(nowMs);
            for (int i = 0; i < 3; ++i) {
                update.addBindValue(text(r.userName));
            }
            update.addBindValue(text(r.peerAddress));
            update.addBindValue(proof.pin ? 1 : 0);
            update.addBindValue(text(r.emsUserPassword));
            update.addBindValue(outcome.deviceId);
            if (StoreError e = execFor(update, "recording the report of %1", mac); e.isError()) {
                return e;
            }
        }
        if (known && !r.userName.isEmpty()) {
            moveToUser.addBindValue(r.userName);
            moveToUser.addBindValue(outcome.deviceId);
            moveToUser.addBindValue(r.userName);
            moveToUser.addBindValue(r.userName);
            if (StoreError e = execFor(moveToUser, "moving %1 to its user", mac); e.isError()) {
                return e;
            }
        }
        if (known) {
            if (k.waitingKnown && !k.waitingDevices.contains(mac)) {
                outcomes.append(outcome); // nothing queued for it
                continue;
            }
        } else {
            // A phone nobody knows proves nothing: it gets no user (whose SIP password its file
            // would hold once approved); the name it reports is kept as reported.
            insert.addBindValue(rev);
            insert.addBindValue(text(mac));
            insert.addBindValue(text(r.model));
            insert.addBindValue(r.teams ? 1 : 0);
            insert.addBindValue(text(r.ipAddress));
            insert.addBindValue(text(r.subnet));
            insert.addBindValue(text(r.firmwareVersion));
            insert.addBindValue(text(r.userAgent));
            insert.addBindValue(text(status));
            insert.addBindValue(text(r.phoneNumber));
            insert.addBindValue(text(r.location));
            insert.addBindValue(qMax(0, r.vlanId));
            insert.addBindValue(nowMs);
            insert.addBindValue(nowMs);
            insert.addBindValue(nullableId(0));
            insert.addBindValue(text(r.userName));
            insert.addBindValue(text(mac));
            insert.addBindValue(RandomSecret::hex(16));
            if (StoreError e = execFor(insert, "adding phone %1", mac); e.isError()) {
                return e;
            }
            // Read back rather than lastInsertId(): the same statement on both databases.
            find.addBindValue(text(mac));
            if (StoreError e = execFor(find, "finding phone %1", mac); e.isError()) {
                return e;
            }
            if (!find.next()) {
                return StoreError {StoreError::Code::Database, QStringLiteral("phone %1 vanished").arg(mac)};
            }
            outcome.deviceId = find.value(0).toLongLong();
            outcome.created = true;
            find.finish();
        }
        if (outcome.created || outcome.deviceId == 0) {
            outcomes.append(outcome); // a new phone has nothing queued
            continue;
        }
        pending.addBindValue(outcome.deviceId);
        if (StoreError e = execFor(pending, "reading the commands of %1", mac); e.isError()) {
            return e;
        }
        QByteArrayList toHand;
        QVector<qint64> toHandIds, givenUpIds;
        while (pending.next()) {
            const qint64 id = pending.value(0).toLongLong();
            const QByteArray command = pending.value(1).toByteArray();
            switch (CommandHandover::decide(command, pending.value(4).toLongLong(), nowMs)) {
            case CommandHandover::Decision::Hand:
                toHand.append(command);
                toHandIds.append(id);
                break;
            case CommandHandover::Decision::GiveUp:
                givenUpIds.append(id);
                outcome.givenUp.append(command);
                break;
            case CommandHandover::Decision::Withhold:
                break;
            }
        }
        pending.finish();
        for (int i = 0; i < toHandIds.size(); ++i) {
            k.hand.addBindValue(nowMs);
            k.hand.addBindValue(rev);
            k.hand.addBindValue(toHandIds.at(i));
            if (StoreError e = execFor(k.hand, "handing a command to %1", mac); e.isError()) {
                return e;
            }
            // Withdrawn (its job cancelled) or delivered since it was read: not in this answer.
            if (k.hand.numRowsAffected() == 1) {
                outcome.commands.append(toHand.at(i));
                outcome.commandIds.append(toHandIds.at(i));
            }
        }
        if (StoreError e = finish(givenUpIds, nowMs, rev, Finish::GivenUp); e.isError()) {
            return e;
        }
        outcomes.append(outcome);
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return outcomes;
}

StoreResult<AlertOutcome> PhoneStatusWriter::applyAlerts(const QVector<Alarm>& alerts)
{
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    const qint64 rev = tx.revision();
    const QSqlDatabase c = m_db.connection();
    QSqlQuery active(c), device(c), close(c), raise(c), refresh(c);
    active.prepare(QStringLiteral("SELECT id, severity, raised_at, unique_id FROM alarms "
                                  "WHERE source_mac = ? AND name = ? AND cleared_at IS NULL"));
    device.prepare(QStringLiteral("SELECT id FROM devices WHERE mac = ?"));
    close.prepare(QStringLiteral("UPDATE alarms SET cleared_at = ?, revision = ? WHERE id = ?"));
    raise.prepare(QStringLiteral(
        "INSERT INTO alarms (revision, unique_id, name, description, severity, source_mac, device_id, type, "
        "probable_cause, additional_info1, additional_info2, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    refresh.prepare(QStringLiteral("UPDATE alarms SET revision = ?, severity = ?, description = ?, "
                                   "additional_info1 = ?, additional_info2 = ? WHERE id = ?"));
    AlertOutcome outcome;
    for (const Alarm& a : alerts) {
        active.addBindValue(text(a.sourceMac));
        active.addBindValue(text(a.name));
        if (StoreError e = execFor(active, "reading the alarms of %1", a.sourceMac); e.isError()) {
            return e;
        }
        QVector<qint64> open;
        while (active.next()) {
            open.append(active.value(0).toLongLong());
        }
        active.finish();
        if (a.severity == AlarmSeverity::Cleared) {
            for (const qint64 id : open) {
                close.addBindValue(a.raisedAt.toMSecsSinceEpoch());
                close.addBindValue(rev);
                close.addBindValue(id);
                if (StoreError e = m_db.exec(close, QStringLiteral("clearing an alarm")); e.isError()) {
                    return e;
                }
                Alarm cleared = a;
                cleared.id = id;
                cleared.clearedAt = a.raisedAt;
                outcome.cleared.append(cleared);
            }
            continue;
        }
        if (!open.isEmpty()) {
            refresh.addBindValue(rev);
            refresh.addBindValue(static_cast<int>(a.severity));
            refresh.addBindValue(text(a.description));
            refresh.addBindValue(text(a.additionalInfo1));
            refresh.addBindValue(text(a.additionalInfo2));
            refresh.addBindValue(open.first());
            if (StoreError e = m_db.exec(refresh, QStringLiteral("updating an alarm")); e.isError()) {
                return e;
            }
            continue;
        }
        device.addBindValue(text(a.sourceMac));
        if (StoreError e = execFor(device, "finding phone %1", a.sourceMac); e.isError()) {
            return e;
        }
        const qint64 deviceId = device.next() ? device.value(0).toLongLong() : 0;
        device.finish();
        raise.addBindValue(rev);
        raise.addBindValue(text(a.uniqueId));
        raise.addBindValue(text(a.name));
        raise.addBindValue(text(a.description));
        raise.addBindValue(static_cast<int>(a.severity));
        raise.addBindValue(text(a.sourceMac));
        raise.addBindValue(nullableId(deviceId));
        raise.addBindValue(text(a.type));
        raise.addBindValue(text(a.probableCause));
        raise.addBindValue(text(a.additionalInfo1));
        raise.addBindValue(text(a.additionalInfo2));
        raise.addBindValue(a.raisedAt.toMSecsSinceEpoch());
        if (StoreError e = execFor(raise, "recording alarm %1", a.name); e.isError()) {
            return e;
        }
        Alarm raised = a;
        raised.deviceId = deviceId;
        outcome.raised.append(raised);
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return outcome;
}

StoreResult<int> PhoneStatusWriter::markDisconnected(const QDateTime& cutoff, const QDateTime& now)
{
    static const QString silent =
        QStringLiteral("last_report IS NOT NULL AND last_report < ? AND sip_status <> 'disconnected'");
    // Most sweeps find nothing: do not spend a revision and a commit on them.
    QSqlQuery check(m_db.connection());
    check.prepare(QStringLiteral("SELECT COUNT(*) FROM devices WHERE ") + silent);
    check.addBindValue(cutoff.toMSecsSinceEpoch());
    if (StoreError e = m_db.exec(check, QStringLiteral("looking for silent phones")); e.isError()) {
        return e;
    }
    if (!check.next() || check.value(0).toLongLong() == 0) {
        return 0;
    }
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE devices SET sip_status = 'disconnected', last_status_change = ?, revision = ? "
                             "WHERE ")
              + silent);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(tx.revision());
    q.addBindValue(cutoff.toMSecsSinceEpoch());
    if (StoreError e = m_db.exec(q, QStringLiteral("marking silent phones disconnected")); e.isError()) {
        return e;
    }
    const int changed = q.numRowsAffected();
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return changed;
}

StoreError PhoneStatusWriter::finish(const QVector<qint64>& commandIds, qint64 nowMs, qint64 revision, Finish how)
{
    KeepAliveStatements& k = *m_keepAlive;
    for (const qint64 id : commandIds) {
        const QString subject = QString::number(id);
        k.settle.addBindValue(nowMs);
        k.settle.addBindValue(revision);
        k.settle.addBindValue(id);
        if (StoreError e = execFor(k.settle, "recording the delivery of command %1", subject); e.isError()) {
            return e;
        }
        if (k.settle.numRowsAffected() != 1) {
            continue; // ended already (confirmed twice, or given up by another node)
        }
        k.target.addBindValue(id);
        if (StoreError e = execFor(k.target, "finding the job of command %1", subject); e.isError()) {
            return e;
        }
        const bool ofJob = k.target.next() && !k.target.value(0).isNull();
        const qint64 job = ofJob ? k.target.value(0).toLongLong() : 0;
        const int position = ofJob ? k.target.value(1).toInt() : 0;
        k.target.finish();
        if (!ofJob) {
            continue;
        }
        QSqlQuery& outcome = how == Finish::Delivered ? k.delivered : k.failed;
        if (how == Finish::GivenUp) {
            outcome.addBindValue(QStringLiteral(
                "handed in a keep-alive answer that may not have reached the phone (the server answering it "
                "stopped); not given again, so that the phone cannot restart twice"));
        }
        outcome.addBindValue(nowMs);
        outcome.addBindValue(job);
        outcome.addBindValue(position);
        if (StoreError e = execFor(outcome, "recording the outcome of command %1 in its job", subject); e.isError()) {
            return e;
        }
    }
    return {};
}

StoreError PhoneStatusWriter::confirmDelivered(const QVector<qint64>& commandIds, const QDateTime& now)
{
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    if (!m_keepAlive) {
        m_keepAlive = std::make_unique<KeepAliveStatements>(m_db.connection());
    }
    if (StoreError e = finish(commandIds, now.toMSecsSinceEpoch(), tx.revision(), Finish::Delivered); e.isError()) {
        return e;
    }
    return tx.commit();
}

StoreError PhoneStatusWriter::returnHanded(const QVector<qint64>& commandIds)
{
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    if (!m_keepAlive) {
        m_keepAlive = std::make_unique<KeepAliveStatements>(m_db.connection());
    }
    KeepAliveStatements& k = *m_keepAlive;
    for (const qint64 id : commandIds) {
        k.unhand.addBindValue(tx.revision());
        k.unhand.addBindValue(id);
        if (StoreError e = execFor(k.unhand, "queueing command %1 again", QString::number(id)); e.isError()) {
            return e;
        }
    }
    return tx.commit();
}

StoreResult<int> PhoneStatusWriter::forgetDeliveredCommands(const QDateTime& cutoff)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM device_commands WHERE delivered_at IS NOT NULL AND delivered_at < ?"));
    q.addBindValue(cutoff.toMSecsSinceEpoch());
    if (StoreError e = m_db.exec(q, QStringLiteral("forgetting delivered commands")); e.isError()) {
        return e;
    }
    return q.numRowsAffected();
}

StoreResult<qint64> PhoneStatusWriter::queueCommand(qint64 deviceId, const QByteArray& command, const QDateTime& now,
                                                    qint64 jobId, int jobPosition)
{
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO device_commands (revision, device_id, command, created_at, job_id, "
                             "job_position) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(tx.revision());
    q.addBindValue(deviceId);
    q.addBindValue(QString::fromUtf8(command));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(jobId > 0 ? QVariant(jobId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(jobId > 0 ? QVariant(jobPosition) : QVariant(QMetaType(QMetaType::Int)));
    if (StoreError e = m_db.exec(q, QStringLiteral("queueing a command")); e.isError()) {
        return e;
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return tx.revision();
}
