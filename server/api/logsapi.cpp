#include "logsapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "rowqueries.h"

void LogsApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/logs", ApiNeed::Read, [this](const ApiRequestPtr& r) { list(r); });
}

void LogsApi::list(const ApiRequestPtr& r)
{
    RowQueries::LogFilter filter;
    if (r->hasQuery("kind") && !logKindFromString(r->query("kind"), &filter.kind)) {
        r->fail(400, QStringLiteral("'kind' must be web-admin or activity"));
        return;
    }
    if (r->hasQuery("level") && !logLevelFromString(r->query("level"), &filter.level)) {
        r->fail(400, QStringLiteral("'level' must be ERROR, WARN, INFO, DEBUG or VERBOSE"));
        return;
    }
    qint64 last = 100;
    if (!r->queryNumber("last", &last, 1, 10000)) {
        return;
    }
    filter.text = r->query("q");
    RowQuery q = RowQueries::logs(filter, AccessPolicy::visibleRegions(r->admin()));
    q.orderBy = QStringLiteral("time");
    q.descending = true;
    const StoreResult<qint64> total = store().auditLog().count(q);
    q.limit = last;
    const StoreResult<QVector<AuditEntry>> rows = store().auditLog().query(q);
    if (!loaded(r, total) || !loaded(r, rows)) {
        return;
    }
    QJsonArray items;
    for (const AuditEntry& e : rows.value()) {
        items.append(ApiJson::toJson(e));
    }
    r->replyList(items, total.value());
}
