#include "job.h"

#include "enumnames.h"

namespace {
const EnumName<JobState> states[] = {
    {JobState::Queued, "queued"},
    {JobState::Running, "running"},
    {JobState::Done, "done"},
    {JobState::Cancelled, "cancelled"},
};
const EnumName<TargetOutcome> outcomes[] = {
    {TargetOutcome::Pending, "pending"}, {TargetOutcome::Sending, "sending"},     {TargetOutcome::Done, "done"},
    {TargetOutcome::Queued, "queued"},   {TargetOutcome::Delivered, "delivered"}, {TargetOutcome::Failed, "failed"},
    {TargetOutcome::Skipped, "skipped"}, {TargetOutcome::Cancelled, "cancelled"},
};
} // namespace

QString jobStateToString(JobState state)
{
    return enumToString(states, state);
}

bool jobStateFromString(const QString& text, JobState* state)
{
    return enumFromString(states, text, state);
}

QString targetOutcomeToString(TargetOutcome outcome)
{
    return enumToString(outcomes, outcome);
}

bool targetOutcomeFromString(const QString& text, TargetOutcome* outcome)
{
    return enumFromString(outcomes, text, outcome);
}
