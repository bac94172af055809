#include "apiwrite.h"

#include "groupcommitter.h"
#include "provisioningcache.h"
#include "serverstate.h"
#include "store.h"

#include <QDateTime>

namespace ApiWrite {
AuditEntry entry(const ApiRequest& request, const AuditNote& note)
{
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.level = note.level;
    e.kind = LogKind::WebAdmin;
    e.adminName = request.admin().name;
    e.sourceAddress = request.peer();
    e.action = note.action;
    e.target = note.target;
    e.details = note.details;
    e.regionId = note.regionId;
    return e;
}

QString changes(const QStringList& fields)
{
    return fields.isEmpty() ? QStringLiteral("nothing changed")
                            : QStringLiteral("changed: ") + fields.join(QLatin1String(", "));
}

void submit(ServerState& state, const ApiRequestPtr& request, const AuditNote& note, Job job, Done done, Failed failed)
{
    const AuditEntry who = entry(*request, note);
    state.writer.submit(
        [job = std::move(job), who, note](Store& store) -> StoreError {
            AuditNote filled = note;
            if (StoreError e = job(store, &filled); e.isError()) {
                return e;
            }
            if (filled.action.isEmpty()) {
                return {}; // nothing worth a line (see AuditNote)
            }
            AuditEntry e = who;
            e.action = filled.action;
            e.target = filled.target;
            e.details = filled.details;
            e.regionId = filled.regionId;
            e.level = filled.level;
            return store.auditLog().insert(e).error();
        },
        state.owner,
        [&state, request, done = std::move(done), failed = std::move(failed)](const StoreError& e) {
            if (!e.isError()) {
                // This thread's file cache follows its own writes at once (the other threads
                // within their 250 ms): an approved phone's next request finds it approved here.
                state.cache.sync();
                done();
            } else if (failed) {
                failed(e);
            } else {
                request->failStore(e);
            }
        });
}
} // namespace ApiWrite
