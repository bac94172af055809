#include "actiondispatcher.h"

#include "audittrail.h"
#include "fleetstatistics.h"
#include "groupcommitter.h"
#include "store.h"
#include "targetchanges.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {
constexpr int pollMs = 1000;
constexpr int stepMs = 50;
constexpr qint64 leaseMs = 30000;
// Phones generated in one run (generatesTogether): big enough that the run's fixed cost (every
// template and placeholder read, one disk sync) is shared, small enough that the job's progress
// moves and the writer is not held for long.
constexpr int generationGroup = 250;

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The job's state as stored now; Done when it is gone.
JobState stateOf(Store& store, qint64 jobId)
{
    const StoreResult<Job> job = store.jobs().get(jobId);
    return job ? job->state : JobState::Done;
}
} // namespace

ActionDispatcher::ActionDispatcher(Store& store, GroupCommitter& writer, AuditTrail& audit, const QString& node,
                                   const QString& provisioningDir, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_writer(writer)
    , m_audit(audit)
    , m_node(node)
    , m_provisioningDir(provisioningDir)
{
    connect(&m_pollTimer, &QTimer::timeout, this, &ActionDispatcher::poll);
    connect(&m_stepTimer, &QTimer::timeout, this, &ActionDispatcher::step);
}

ActionDispatcher::~ActionDispatcher() = default;

qint64 ActionDispatcher::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void ActionDispatcher::start()
{
    m_stopping = false;
    m_pollTimer.start(pollMs);
    m_stepTimer.start(stepMs);
    poll();
}

void ActionDispatcher::stop()
{
    m_stopping = true;
    m_pollTimer.stop();
    m_stepTimer.stop();
    for (auto it = m_runs.cbegin(); it != m_runs.cend(); ++it) {
        release(it.key());
    }
}

bool ActionDispatcher::isIdle() const
{
    for (const Run& run : m_runs) {
        if (run.inFlight > 0 || run.fetching) {
            return false;
        }
    }
    return true;
}

void ActionDispatcher::applySettings(const ServerSettings& settings, const ServerContext& context)
{
    m_settings = settings;
    m_context = context;
}

void ActionDispatcher::wake()
{
    QTimer::singleShot(0, this, &ActionDispatcher::poll);
}

void ActionDispatcher::poll()
{
    if (m_stopping || m_polling) {
        return;
    }
    RowQuery q;
    q.where = QStringLiteral("state IN ('queued', 'running')");
    const StoreResult<QVector<Job>> jobs = m_store.jobs().query(q);
    if (!jobs) {
        return; // the database may be back at the next poll
    }
    // Leases are writes: they go through the writer like every other.
    m_polling = true;
    const QVector<Job> live = jobs.value();
    const QString node = m_node;
    auto mine = std::make_shared<QSet<qint64>>();
    m_writer.submit(
        [live, node, mine](Store& s) -> StoreError {
            mine->clear();
            const QDateTime t = now();
            for (const Job& job : live) {
                const StoreResult<bool> claimed = s.jobTargets().claim(job.id, node, t, t.addMSecs(leaseMs));
                if (!claimed) {
                    return claimed.error();
                }
                if (claimed.value()) {
                    mine->insert(job.id);
                }
            }
            return {};
        },
        this,
        [this, live, mine](const StoreError& e) {
            m_polling = false;
            if (e.isError() || m_stopping) {
                return;
            }
            QSet<qint64> liveIds;
            for (const Job& job : live) {
                liveIds.insert(job.id);
                if (mine->contains(job.id) && !m_runs.contains(job.id)) {
                    adopt(job, job.state == JobState::Running);
                }
            }
            for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
                // Cancelled or finished meanwhile, or taken over by another node: stop here.
                if (!liveIds.contains(it.key()) || !mine->contains(it.key())) {
                    it->cancelled = true;
                }
            }
        });
}

void ActionDispatcher::release(qint64 jobId)
{
    const QString node = m_node;
    m_writer.submit([jobId, node](Store& s) { return s.jobTargets().release(jobId, node); }, nullptr, {});
}

void ActionDispatcher::adopt(const Job& job, bool resumed)
{
    Run run;
    run.job = job;
    QString error;
    const bool parsed = PhoneAction::fromJson(job.action, jsonObject(job.options), &run.action, &error)
        && run.action.pacingFromJson(jsonObject(job.pacing), &run.pacing, &error);
    if (parsed && run.action.kind == PhoneAction::Kind::ChangeRegion) {
        const StoreResult<Region> region = m_store.regions().get(run.action.regionId);
        run.regionName = region ? region->name : QString();
    }
    if (parsed && run.action.kind == PhoneAction::Kind::UpdateFirmware) {
        const StoreResult<FirmwareFile> file = m_store.firmwareFiles().get(run.action.firmwareId);
        if (file) {
            run.firmwareFile = file->fileName;
            run.firmwareVersion = file->version;
        } else {
            error = QStringLiteral("the firmware file is gone");
        }
    }
    if (parsed && run.action.restartsPhones() && run.pacing.maxRegionPercent < 100) {
        // The share is of each region's phones, all of them: not only of the job's.
        RegionScope everything;
        everything.all = true;
        const StoreResult<FleetCounts> counts = FleetStatistics::count(m_store.database(), everything);
        QHash<qint64, qint64> sizes;
        if (counts) {
            for (const FleetCounts::Group& g : counts->byRegion) {
                sizes.insert(g.regionId, g.counts.total());
            }
        } else {
            // Without the sizes every region would go one phone a batch: days instead of an hour.
            error = QStringLiteral("the phones per region could not be counted: %1").arg(counts.error().message);
        }
        run.quota = RegionQuota(run.pacing.maxRegionPercent, sizes);
    }
    if (resumed && run.action.restartsPhones()) {
        // The batch sent before the restart may still be rebooting: its pause first.
        run.nextAtMs = nowMs() + run.pacing.batchPauseMs;
    }
    const qint64 id = job.id;
    const QString failure = parsed && error.isEmpty() ? QString() : error;
    run.fetching = true; // until the job is marked running
    m_runs.insert(id, run);
    m_writer.submit(
        [id, resumed, failure](Store& s) -> StoreError {
            StoreResult<Job> stored = s.jobs().get(id);
            if (!stored) {
                return stored.error();
            }
            if (resumed) {
                const StoreResult<int> interrupted =
                    s.jobTargets().moveAll(id, TargetOutcome::Sending, TargetOutcome::Failed,
                                           QStringLiteral("interrupted by a server restart while being sent; not sent "
                                                          "again, so that the phone cannot get it twice"),
                                           now());
                if (!interrupted) {
                    return interrupted.error();
                }
            }
            if (!failure.isEmpty()) {
                if (StoreError e = s.jobTargets()
                                       .moveAll(id, TargetOutcome::Pending, TargetOutcome::Failed, failure, now())
                                       .error();
                    e.isError()) {
                    return e;
                }
            }
            if (stored->state == JobState::Queued) {
                stored->state = JobState::Running;
                stored->startedAt = now();
                return s.jobs().update(stored.value()).error();
            }
            return {};
        },
        this,
        [this, id, resumed](const StoreError& e) {
            if (!m_runs.contains(id)) {
                return;
            }
            m_runs[id].fetching = false;
            if (e.isError()) {
                m_audit.record(LogLevel::Error, {}, QStringLiteral("job not started"), QString::number(id), e.message);
                m_runs.remove(id);
                return;
            }
            if (resumed) {
                m_audit.record(LogLevel::Info, {}, QStringLiteral("job resumed"), QString::number(id),
                               QStringLiteral("after a restart; phones being sent to then are not sent to again"));
            }
        });
}

void ActionDispatcher::step()
{
    const QList<qint64> ids = m_runs.keys();
    for (const qint64 id : ids) {
        if (m_runs.contains(id)) {
            advance(m_runs[id]);
        }
    }
}

void ActionDispatcher::advance(Run& run)
{
    if (run.cancelled) {
        if (run.inFlight == 0 && !run.fetching) {
            release(run.job.id);
            m_runs.remove(run.job.id);
        }
        return;
    }
    if (run.fetching || m_stopping || nowMs() < run.nextAtMs) {
        return;
    }
    const ActionPacing& p = run.pacing;
    const bool batches = run.action.restartsPhones();
    int wanted = 0;
    if (batches) {
        if (run.startedInBatch >= p.batchSize) {
            if (run.inFlight > 0) {
                return; // the batch is still being sent
            }
            run.startedInBatch = 0;
            const StoreResult<QVector<JobTarget>> more = m_store.jobTargets().pending(run.job.id, 1);
            if (more && more->isEmpty()) {
                finishJob(run); // that was the last batch: no pause after it
                return;
            }
            run.nextAtMs = nowMs() + p.batchPauseMs;
            return;
        }
        wanted = qMin(p.batchSize - run.startedInBatch, p.concurrency - run.inFlight);
    } else if (generatesTogether(run)) {
        wanted = run.inFlight == 0 ? generationGroup : 0;
    } else if (p.delayMs > 0) {
        wanted = run.inFlight < p.concurrency ? 1 : 0;
    } else {
        wanted = p.concurrency - run.inFlight;
    }
    if (wanted <= 0) {
        return;
    }
    QVector<JobTarget> fresh;
    if (batches && run.quota.limits()) {
        // Under a region cap each batch's phones are planned when it starts: the lowest
        // positions first, past a region that has its share (RegionBatchPlanner).
        if (!run.planned) {
            const StoreResult<QVector<QPair<int, qint64>>> pending = m_store.jobTargets().pendingRegions(run.job.id);
            if (!pending) {
                return;
            }
            run.planner = RegionBatchPlanner(run.quota, pending.value());
            run.planned = true;
        }
        while (run.startedInBatch == 0 && run.plan.isEmpty() && !run.planner.isEmpty()) {
            const StoreResult<QVector<JobTarget>> next =
                m_store.jobTargets().pendingAt(run.job.id, run.planner.nextBatch(p.batchSize));
            if (!next) {
                return;
            }
            run.plan = next.value(); // those cancelled meanwhile are gone: the next batch then
        }
        if (run.startedInBatch == 0 && run.plan.isEmpty()) {
            if (run.inFlight == 0) {
                finishJob(run);
            }
            return;
        }
        while (fresh.size() < wanted && !run.plan.isEmpty()) {
            fresh.append(run.plan.takeFirst());
        }
        if (fresh.isEmpty()) {
            return;
        }
        if (run.plan.isEmpty()) {
            // The batch is as full as the cap allows: once these are sent, the pause, then the next.
            run.startedInBatch = p.batchSize - int(fresh.size());
        }
    } else {
        // Targets being worked on are still "pending" until their first write commits: skip them.
        const StoreResult<QVector<JobTarget>> next = m_store.jobTargets().pending(run.job.id, wanted + run.inFlight);
        if (!next) {
            return;
        }
        for (const JobTarget& t : next.value()) {
            if (!run.busy.contains(t.position) && fresh.size() < wanted) {
                fresh.append(t);
            }
        }
        if (fresh.isEmpty()) {
            if (run.inFlight == 0) {
                finishJob(run);
            }
            return;
        }
    }
    for (const JobTarget& t : fresh) {
        ++run.inFlight;
        run.busy.insert(t.position);
        if (batches) {
            ++run.startedInBatch;
        }
    }
    if (generatesTogether(run)) {
        workTogether(run.job.id, fresh);
    } else {
        for (const JobTarget& t : fresh) {
            work(run.job.id, t);
        }
    }
    if (!batches && p.delayMs > 0) {
        run.nextAtMs = nowMs() + p.delayMs;
    }
}

void ActionDispatcher::work(qint64 jobId, const JobTarget& target)
{
    const Run& run = m_runs[jobId];
    const PhoneAction action = run.action;
    const QString dir = m_provisioningDir;
    const ServerContext context = m_context;
    struct Outcome
    {
        bool began = false;
        QString note;
    };
    auto outcome = std::make_shared<Outcome>();
    m_writer.submit(
        [jobId, target, action, dir, context, outcome](Store& s) -> StoreError {
            *outcome = Outcome();
            const StoreResult<bool> began = s.jobTargets().begin(jobId, target.position, now());
            if (!began) {
                return began.error();
            }
            outcome->began = began.value();
            if (!outcome->began) {
                return {};
            }
            if (action.changesServer()) {
                if (StoreError e = TargetChanges::apply(s, action, target, dir, context, &outcome->note); e.isError()) {
                    return e;
                }
            }
            if (!action.sendsCommand()) {
                return s.jobTargets().setOutcome(jobId, target.position, TargetOutcome::Done, outcome->note, now());
            }
            return {};
        },
        this,
        [this, jobId, target, action, outcome](const StoreError& e) {
            if (e.isError()) {
                finishTarget(jobId, target.position, TargetOutcome::Failed, e.message);
                return;
            }
            if (!outcome->began || !action.sendsCommand()) {
                if (m_runs.contains(jobId)) {
                    --m_runs[jobId].inFlight;
                    m_runs[jobId].busy.remove(target.position);
                }
                return;
            }
            deliver(jobId, target, outcome->note);
        });
}

bool ActionDispatcher::generatesTogether(const Run& run)
{
    return run.action.kind == PhoneAction::Kind::Generate && run.pacing.delayMs == 0;
}

void ActionDispatcher::workTogether(qint64 jobId, const QVector<JobTarget>& targets)
{
    const QString dir = m_provisioningDir;
    const ServerContext context = m_context;
    m_writer.submit(
        [jobId, targets, dir, context](Store& s) -> StoreError {
            QVector<JobTarget> began;
            for (const JobTarget& t : targets) {
                const StoreResult<bool> ok = s.jobTargets().begin(jobId, t.position, now());
                if (!ok) {
                    return ok.error();
                }
                if (ok.value()) { // else cancelled, or another node has it
                    began.append(t);
                }
            }
            const StoreResult<QHash<qint64, TargetChanges::Generated>> results =
                TargetChanges::generateMany(s, began, dir, context);
            if (!results) {
                return results.error();
            }
            for (const JobTarget& t : began) {
                const TargetChanges::Generated r = results->value(t.targetId);
                if (StoreError e = s.jobTargets().setOutcome(
                        jobId, t.position, r.ok ? TargetOutcome::Done : TargetOutcome::Failed, r.note, now());
                    e.isError()) {
                    return e;
                }
            }
            return {};
        },
        this,
        [this, jobId, targets](const StoreError& e) {
            for (const JobTarget& t : targets) {
                if (e.isError()) {
                    finishTarget(jobId, t.position, TargetOutcome::Failed, e.message);
                } else if (m_runs.contains(jobId)) {
                    --m_runs[jobId].inFlight;
                    m_runs[jobId].busy.remove(t.position);
                }
            }
        });
}

void ActionDispatcher::deliver(qint64 jobId, const JobTarget& target, const QString& note)
{
    if (!m_runs.contains(jobId)) {
        return;
    }
    const Run& run = m_runs[jobId];
    const QByteArray command = run.action
                                   .command(QStringLiteral("j%1-%2").arg(jobId).arg(target.position), run.regionName,
                                            run.firmwareFile, run.firmwareVersion)
                                   .toJson();
    const qint64 deviceId = target.targetId;
    const int position = target.position;
    // Queued for the next keep-alive, unless the job was cancelled meanwhile.
    const auto queue = [jobId, deviceId, position, command](Store& s) -> StoreError {
        if (stateOf(s, jobId) == JobState::Cancelled) {
            return s.jobTargets().setOutcome(jobId, position, TargetOutcome::Cancelled, {}, now());
        }
        return s.phoneStatus().queueCommand(deviceId, command, now(), jobId, position).error();
    };
    const StoreResult<Device> device = m_store.devices().get(deviceId);
    QString why;
    if (!device) {
        finishTarget(jobId, position, TargetOutcome::Failed, device.error().message);
        return;
    }
    const QString done = note.isEmpty() ? QString() : note + QStringLiteral("; ");
    if (!PhonePusher::reachable(device.value(), m_settings.phonePushPort, &why)) {
        finishTarget(jobId, position, TargetOutcome::Queued, done + QStringLiteral("queued: ") + why, queue);
        return;
    }
    const bool restarts = run.action.restartsPhones();
    m_pusher.push(device.value(), m_settings.phonePushPort, command,
                  [this, jobId, position, queue, done, restarts](bool ok, bool mayHaveIt, const QString& problem) {
                      if (ok) {
                          finishTarget(jobId, position, TargetOutcome::Done,
                                       done + QStringLiteral("pushed to the phone"));
                      } else if (mayHaveIt && restarts) {
                          // It may be restarting now; given again after the restart (when it no
                          // longer knows the id) it would restart twice.
                          finishTarget(jobId, position, TargetOutcome::Failed,
                                       done + problem
                                           + QStringLiteral("; not queued, so that the phone cannot restart twice: "
                                                            "check it, and send again if it did not restart"));
                      } else {
                          // It may have it: the same id again, which a phone does once (docs/phones.md).
                          finishTarget(jobId, position, TargetOutcome::Queued,
                                       done + QStringLiteral("queued: ") + problem, queue);
                      }
                  });
}

void ActionDispatcher::finishTarget(qint64 jobId, int position, TargetOutcome outcome, const QString& reason,
                                    const std::function<StoreError(Store&)>& alsoDo)
{
    m_writer.submit(
        [jobId, position, outcome, reason, alsoDo](Store& s) -> StoreError {
            if (alsoDo) {
                if (StoreError e = alsoDo(s); e.isError()) {
                    return e;
                }
                // alsoDo may have recorded its own outcome (a cancelled job).
                const StoreResult<QVector<JobTarget>> now_ = s.jobTargets().list(jobId, position, 1);
                if (now_ && !now_->isEmpty() && now_->first().outcome == TargetOutcome::Cancelled) {
                    return {};
                }
            }
            return s.jobTargets().setOutcome(jobId, position, outcome, reason, now());
        },
        this,
        [this, jobId, position](const StoreError& e) {
            if (e.isError()) {
                m_audit.record(LogLevel::Error, {}, QStringLiteral("job outcome not stored"),
                               QStringLiteral("%1/%2").arg(jobId).arg(position), e.message);
            }
            if (m_runs.contains(jobId)) {
                --m_runs[jobId].inFlight;
                m_runs[jobId].busy.remove(position);
            }
        });
}

void ActionDispatcher::finishJob(Run& run)
{
    run.fetching = true; // nothing more to take; the run goes once the job is closed
    const qint64 id = run.job.id;
    const QString node = m_node;
    auto summary = std::make_shared<QString>();
    m_writer.submit(
        [id, node, summary](Store& s) -> StoreError {
            StoreResult<Job> job = s.jobs().get(id);
            if (!job) {
                return job.error();
            }
            const StoreResult<JobCounts> counts = s.jobTargets().counts(id);
            if (!counts) {
                return counts.error();
            }
            *summary = QStringLiteral("%1: %2 done, %3 queued, %4 delivered, %5 failed, %6 skipped")
                           .arg(job->description)
                           .arg(counts->of(TargetOutcome::Done))
                           .arg(counts->of(TargetOutcome::Queued))
                           .arg(counts->of(TargetOutcome::Delivered))
                           .arg(counts->of(TargetOutcome::Failed))
                           .arg(counts->of(TargetOutcome::Skipped));
            if (job->state == JobState::Running || job->state == JobState::Queued) {
                job->state = JobState::Done;
                job->finishedAt = now();
                if (StoreError e = s.jobs().update(job.value()).error(); e.isError()) {
                    return e;
                }
            }
            return s.jobTargets().release(id, node);
        },
        this,
        [this, id, summary](const StoreError& e) {
            if (e.isError()) {
                m_audit.record(LogLevel::Error, {}, QStringLiteral("job not closed"), QString::number(id), e.message);
                if (m_runs.contains(id)) {
                    m_runs[id].fetching = false; // try again at the next step
                }
                return;
            }
            m_audit.record(LogLevel::Info, {}, QStringLiteral("job finished"), QString::number(id), *summary);
            m_runs.remove(id);
        });
}
