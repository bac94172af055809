#pragma once

#include "builtinplaceholders.h"
#include "job.h"
#include "phoneaction.h"
#include "phonepusher.h"
#include "regionquota.h"
#include "serversettings.h"
#include "storeerror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class AuditTrail;
class GroupCommitter;
class Store;

// Works through the bulk-action jobs, on the server's main thread: takes a job (a lease in the
// database, so that of several nodes sharing one database only one works on it), then its targets
// in order, paced as the job says — a delay between phones, restarts in batches with a pause, a
// cap on phones worked on at once, and at most a share of each region's phones in one batch if
// the job asks (a batch is then filled from later targets, in order, past a full region). For each phone: the server's
// change if the action has one, then the command, pushed straight to the phone when it can be reached, else queued for
// its next keep-alive. Each step is committed through the writer before the next: a target is marked "sending" before
// its push, and after a restart such targets are recorded as interrupted and not sent again, so that no phone gets a
// command twice. Cancelling withdraws what is still queued.
class ActionDispatcher : public QObject
{
    Q_OBJECT
public:
    ActionDispatcher(Store& store, GroupCommitter& writer, AuditTrail& audit, const QString& node,
                     const QString& provisioningDir, QObject* parent = nullptr);
    ~ActionDispatcher() override;

    void start();
    // Takes no more targets; what is being pushed finishes. Then the leases are given up.
    void stop();
    bool isIdle() const;
    void applySettings(const ServerSettings& settings, const ServerContext& context);
    // Look at the jobs now rather than at the next poll (a job was just created here).
    void wake();

private:
    struct Run
    {
        Job job;
        PhoneAction action;
        ActionPacing pacing;
        QString regionName;      // change-region
        QString firmwareFile;    // update-firmware
        QString firmwareVersion; // update-firmware
        int inFlight = 0;
        QSet<int> busy; // positions being worked on
        bool fetching = false;
        int startedInBatch = 0;
        RegionQuota quota;          // restarting actions with a cap per region (else no cap)
        RegionBatchPlanner planner; // under a cap: the pending phones by region, planned once
        bool planned = false;       // the planner has the job's pending phones
        QVector<JobTarget> plan;    // under a cap: this batch's phones not started yet
        qint64 nextAtMs = 0;
        bool cancelled = false;
    };

    void poll();
    void release(qint64 jobId);
    void step();
    void adopt(const Job& job, bool resumed);
    void advance(Run& run);
    void work(qint64 jobId, const JobTarget& target);
    // Generate jobs without a delay between phones: the phones of a group in one generation run
    // and one transaction.
    static bool generatesTogether(const Run& run);
    void workTogether(qint64 jobId, const QVector<JobTarget>& targets);
    void deliver(qint64 jobId, const JobTarget& target, const QString& note);
    void finishTarget(qint64 jobId, int position, TargetOutcome outcome, const QString& reason,
                      const std::function<StoreError(Store&)>& alsoDo = {});
    void finishJob(Run& run);
    qint64 nowMs() const;

    Store& m_store;
    GroupCommitter& m_writer;
    AuditTrail& m_audit;
    QString m_node;
    QString m_provisioningDir;
    ServerSettings m_settings;
    ServerContext m_context;
    PhonePusher m_pusher;
    QTimer m_pollTimer;
    QTimer m_stepTimer;
    QHash<qint64, Run> m_runs;
    bool m_stopping = false;
    bool m_polling = false;
};
