#pragma once

#include "auditentry.h"

#include <QString>

class GroupCommitter;

// The activity log the server writes: what phones and the server did (phones refused, new
// phones waiting for approval, forwarding failures). Entries go through the writer thread, so
// logging never blocks a request; WARN and ERROR also go to stderr. Never given a secret.
class AuditTrail
{
public:
    explicit AuditTrail(GroupCommitter& writer)
        : m_writer(writer)
    { }

    void record(LogLevel level, const QString& source, const QString& action, const QString& target,
                const QString& details = {}, const QString& admin = {});

private:
    GroupCommitter& m_writer;
};
