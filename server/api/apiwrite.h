#pragma once

#include "apirequest.h"
#include "auditentry.h"
#include "entityfields.h"

#include <functional>

class Store;
struct ServerState;

// What the web-admin log says of a write: filled in by the write itself (it may learn the new
// row's id), never a secret.
struct AuditNote
{
    QString action;  // "update device"; empty: no log line (a refusal already logged)
    QString target;  // "00908F1A2B01"
    QString details; // "fields: regionId, displayName"
    qint64 regionId = 0;
    LogLevel level = LogLevel::Info;
};

// Every admin API write goes through the server's one writer, in one transaction with its
// web-admin log entry: a change is never stored without saying who made it, from where.
namespace ApiWrite {
using Job = std::function<StoreError(Store&, AuditNote*)>;
using Done = std::function<void()>;
using Failed = std::function<void(const StoreError&)>;

// Runs job on the writer; once committed, done() runs on the request's thread. On an error
// nothing is stored and failed() runs (by default the error is answered as ApiRequest does).
void submit(ServerState& state, const ApiRequestPtr& request, const AuditNote& note, Job job, Done done,
            Failed failed = {});
// The web-admin log entry for a note, as that request's administrator and address.
AuditEntry entry(const ApiRequest& request, const AuditNote& note);
// "changed: displayName, regionId": the names of changed fields, or "nothing changed".
QString changes(const QStringList& fields);
// The fields of a row that differ before and after (values are not logged: some are secrets);
// extra names changes its fields do not show (an administrator's new password).
template <class Row>
QString changes(const Row& before, const Row& after, const QStringList& extra = {})
{
    return changes(fieldsOf<Row>().changed(before, after) + extra);
}
} // namespace ApiWrite
