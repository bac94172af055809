#pragma once

#include "alarm.h"
#include "keepalivereport.h"
#include "storeerror.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QVector>

#include <memory>

class Database;
class QSqlQuery;

// What one keep-alive did.
struct KeepAliveOutcome
{
    qint64 deviceId = 0;        // set when the phone was added or had commands waiting (not looked up otherwise)
    bool created = false;       // an unknown phone, now waiting for approval
    bool proven = false;        // the report proved the phone (KeepAliveProof)
    QByteArrayList commands;    // its queued commands (JSON texts), now handed (proven reports only)
    QVector<qint64> commandIds; // theirs, for confirmDelivered or returnHanded
    QByteArrayList givenUp;     // restarts handed in an answer never confirmed (CommandHandover)
};

struct AlertOutcome
{
    QVector<Alarm> raised;  // new active alarms (an alarm raised again while active is updated)
    QVector<Alarm> cleared; // active alarms a clear closed
};

// Writes what phones report, in batches: one transaction (one commit, one revision) for many
// keep-alives is what lets the server answer thousands of phones a second while answering each
// only after its report is durably stored.
class PhoneStatusWriter
{
public:
    explicit PhoneStatusWriter(Database& db);
    ~PhoneStatusWriter();
    // Drops the prepared statements: the connection is being closed or replaced.
    void forgetStatements();

    // Updates or creates each reporting device (an unknown MAC becomes a device pending
    // approval). A report that proves the phone (KeepAliveProof) updates every reported field,
    // sets the push address to where it came from, moves the phone to the user it reports when
    // that user exists, and is handed its queued commands (CommandHandover decides which); one
    // that proves nothing updates the SIP status and report time only. All or nothing: on error no
    // report is stored and no command is handed.
    StoreResult<QVector<KeepAliveOutcome>> applyKeepAlives(const QVector<KeepAliveReport>& reports,
                                                           const QDateTime& now);
    // Records handed commands as delivered (and their job targets), once the answer that carried
    // them has gone out. A command already delivered is left as it is.
    StoreError confirmDelivered(const QVector<qint64>& commandIds, const QDateTime& now);
    // Puts handed commands back in the queue: the answer that carried them did not go out.
    StoreError returnHanded(const QVector<qint64>& commandIds);
    // Raises and clears alarms; every alarm stays in history.
    StoreResult<AlertOutcome> applyAlerts(const QVector<Alarm>& alerts);
    // Phones with no report since cutoff become Disconnected; returns how many changed.
    StoreResult<int> markDisconnected(const QDateTime& cutoff, const QDateTime& now);
    // Deletes commands delivered before cutoff; returns how many.
    StoreResult<int> forgetDeliveredCommands(const QDateTime& cutoff);
    // Queues a command (a JSON text such as {"cmd":"reset"}) for the device's next keep-alive;
    // with a job, its delivery is recorded against that job's target.
    StoreResult<qint64> queueCommand(qint64 deviceId, const QByteArray& command, const QDateTime& now, qint64 jobId = 0,
                                     int jobPosition = 0);

private:
    struct KeepAliveStatements;

    StoreError execFor(QSqlQuery& query, const char* what, const QString& subject) const;
    enum class Finish { Delivered, GivenUp };
    // Ends these commands (those not ended yet) and records it in their job targets, in the
    // caller's transaction.
    StoreError finish(const QVector<qint64>& commandIds, qint64 nowMs, qint64 revision, Finish how);

    Database& m_db;
    // Prepared once per connection: a keep-alive is a handful of statements, and preparing
    // them would cost more than running them.
    std::unique_ptr<KeepAliveStatements> m_keepAlive;
};
