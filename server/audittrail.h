#pragma once

#include "auditentry.h"

#include <QString>

#include <atomic>

class GroupCommitter;

// The activity log the server writes: what phones and the server did (phones refused, new
// phones waiting for approval, alarms, forwarding failures; at DEBUG every file served, at
// VERBOSE every keep-alive). Entries more detailed than the setting activity_log_level (INFO by
// default) are not recorded: ask records() before building one. Entries go through the writer
// thread, so logging never blocks a request; WARN and ERROR also go to stderr. Never given a
// secret.
class AuditTrail
{
public:
    explicit AuditTrail(GroupCommitter& writer)
        : m_writer(writer)
    { }

    void setLevel(LogLevel level) { m_level = static_cast<int>(level); }
    bool records(LogLevel level) const { return static_cast<int>(level) <= m_level; }

    void record(LogLevel level, const QString& source, const QString& action, const QString& target,
                const QString& details = {}, const QString& admin = {});

private:
    GroupCommitter& m_writer;
    std::atomic<int> m_level {static_cast<int>(LogLevel::Info)};
};
