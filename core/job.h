#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

// A bulk action being carried out: created by POST /api/v1/actions, worked through by the
// server's dispatcher, target after target (JobTarget), and kept as a record afterwards.
enum class JobState { Queued, Running, Done, Cancelled };

QString jobStateToString(JobState state);
bool jobStateFromString(const QString& text, JobState* state);

struct Job
{
    qint64 id = 0;
    qint64 revision = 0;
    QString action;  // PhoneAction::kindName
    QString options; // JSON object text (PhoneAction::optionsJson)
    QString pacing;  // JSON object text (ActionPacing::toJson)
    QString description;
    qint64 adminId = 0;
    QString adminName;
    QString sourceAddress;
    JobState state = JobState::Queued;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
};

// What happened to one phone (or user) of a job.
enum class TargetOutcome {
    Pending,   // not worked on yet
    Sending,   // being pushed: after a restart it is not sent again (it may have arrived)
    Done,      // the phone took the command, or the server change is made
    Queued,    // the phone could not be reached: it gets the command with its next keep-alive
    Delivered, // queued, then given to the phone in a keep-alive answer
    Failed,    // see the reason
    Skipped,   // the administrator may not change this phone's region
    Cancelled, // the job was cancelled first
};

QString targetOutcomeToString(TargetOutcome outcome);
bool targetOutcomeFromString(const QString& text, TargetOutcome* outcome);

struct JobTarget
{
    qint64 jobId = 0;
    int position = 0;
    qint64 targetId = 0; // a device (or a user, for reset-passwords)
    QString label;       // its MAC (or user name)
    qint64 regionId = 0;
    TargetOutcome outcome = TargetOutcome::Pending;
    QString reason;
    QDateTime updatedAt;
};

struct JobCounts
{
    int total = 0;
    int byOutcome[8] = {}; // by TargetOutcome

    int of(TargetOutcome outcome) const { return byOutcome[static_cast<int>(outcome)]; }
    // Worked on: no longer pending or sending.
    int finished() const { return total - of(TargetOutcome::Pending) - of(TargetOutcome::Sending); }
};
