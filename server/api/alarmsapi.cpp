#include "alarmsapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "rowqueries.h"
#include "rowscope.h"

#include <QDateTime>
#include <QSet>

#include <limits>

void AlarmsApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/alarms", ApiNeed::Read, [this](const ApiRequestPtr& r) { list(r); });
    router.add("GET", "/api/v1/alarms/{id}", ApiNeed::Read, [this](const ApiRequestPtr& r) { get(r); });
    router.add("POST", "/api/v1/alarms/{id}/clear", ApiNeed::Write, [this](const ApiRequestPtr& r) { clear(r); });
}

QJsonArray AlarmsApi::items(Store& store, const QVector<Alarm>& alarms)
{
    QSet<qint64> ids;
    for (const Alarm& a : alarms) {
        if (a.deviceId > 0) {
            ids.insert(a.deviceId);
        }
    }
    QHash<qint64, Device> devices;
    if (const StoreResult<QVector<Device>> rows = store.devices().getMany(ids.values().toVector())) {
        for (const Device& d : rows.value()) {
            devices.insert(d.id, d);
        }
    }
    QJsonArray out;
    for (const Alarm& a : alarms) {
        QJsonObject o = ApiJson::toJson(a);
        const Device d = devices.value(a.deviceId);
        o.insert(QStringLiteral("ipAddress"), d.ipAddress);
        o.insert(QStringLiteral("regionId"),
                 d.regionId > 0 ? QJsonValue(static_cast<double>(d.regionId)) : QJsonValue());
        out.append(o);
    }
    return out;
}

void AlarmsApi::list(const ApiRequestPtr& r)
{
    qint64 offset = 0;
    qint64 limit = 0;
    qint64 severity = 0;
    qint64 device = 0;
    if (!r->paging(&offset, &limit) || !r->queryNumber("deviceId", &device, 0, std::numeric_limits<qint32>::max())) {
        return;
    }
    RowQueries::AlarmFilter filter;
    const QString state = r->hasQuery("state") ? r->query("state").toLower() : QStringLiteral("active");
    if (state == QLatin1String("active")) {
        filter.state = RowQueries::AlarmFilter::State::Active;
    } else if (state == QLatin1String("cleared") || state == QLatin1String("history")) {
        filter.state = RowQueries::AlarmFilter::State::Cleared;
    } else if (state != QLatin1String("all")) {
        r->fail(400, QStringLiteral("'state' must be active, cleared or all"));
        return;
    }
    if (r->hasQuery("severity")) {
        AlarmSeverity s = AlarmSeverity::Indeterminate;
        if (!alarmSeverityFromString(r->query("severity"), &s)) {
            r->fail(400,
                    QStringLiteral("'severity' must be indeterminate, warning, minor, major or critical (or 1..5)"));
            return;
        }
        severity = static_cast<int>(s);
    }
    filter.text = r->query("q");
    filter.minSeverity = static_cast<int>(severity);
    filter.deviceId = device;
    RowQuery q = RowQueries::alarms(filter, AccessPolicy::visibleRegions(r->admin()));
    q.orderBy = QStringLiteral("raised_at");
    q.descending = true;
    const StoreResult<qint64> total = store().alarms().count(q);
    q.offset = offset;
    q.limit = limit;
    const StoreResult<QVector<Alarm>> rows = store().alarms().query(q);
    if (loaded(r, total) && loaded(r, rows)) {
        r->replyList(items(store(), rows.value()), total.value());
    }
}

void AlarmsApi::get(const ApiRequestPtr& r)
{
    Alarm a;
    if (fetch(
            r, &Store::alarms, "alarm", [&](const Alarm& x) { return RowScope::of(store(), x).visibleTo(r->admin()); },
            &a)) {
        r->reply(200, items(store(), {a}).first().toObject());
    }
}

void AlarmsApi::clear(const ApiRequestPtr& r)
{
    Alarm a;
    QJsonObject body;
    if (!fetch(
            r, &Store::alarms, "alarm", [&](const Alarm& x) { return RowScope::of(store(), x).visibleTo(r->admin()); },
            &a)
        || !r->object(&body) || !r->revision(body, &a.revision)) {
        return;
    }
    const RowScope scope = RowScope::of(store(), a);
    if (!scope.modifiableBy(r->admin())) {
        r->forbidden(QStringLiteral("you may only look at the alarms of this region"));
        return;
    }
    if (!a.isActive()) {
        r->fail(409, QStringLiteral("alarm %1 was cleared at %2").arg(a.id).arg(a.clearedAt.toString(Qt::ISODate)));
        return;
    }
    a.clearedAt = QDateTime::currentDateTimeUtc();
    updateRow(r, &Store::alarms, a, {QStringLiteral("clear alarm"), a.name, a.sourceMac, scope.regionId},
              [this](const Alarm& x) { return items(store(), {x}).first().toObject(); });
}
