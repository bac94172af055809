#include "regionsapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "rowqueries.h"
#include "serverstate.h"
#include "subnetlist.h"
#include "trustedproxypolicy.h"

namespace {
QJsonObject json(const Region& r)
{
    return ApiJson::toJson(r);
}

// What keeps a region from being removed, in words ("3 phones, 1 template"); empty when nothing.
StoreResult<QString> stillUsing(Store& store, qint64 regionId)
{
    const StoreResult<Store::RegionUsage> usage = store.regionUsage(regionId);
    if (!usage) {
        return usage.error();
    }
    QStringList parts;
    const auto count = [&](qint64 n, const char* one, const char* many) {
        if (n > 0) {
            parts << QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
        }
    };
    count(usage->devices, "phone", "phones");
    count(usage->users, "user", "users");
    count(usage->templates, "template", "templates");
    return parts.join(QLatin1String(", "));
}
} // namespace

void RegionsApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/regions", ApiNeed::Read, [this](const ApiRequestPtr& r) { list(r); });
    router.add("GET", "/api/v1/regions/{id}", ApiNeed::Read, [this](const ApiRequestPtr& r) { get(r); });
    router.add("POST", "/api/v1/regions", ApiNeed::SystemWrite, [this](const ApiRequestPtr& r) { create(r); });
    router.add("PUT", "/api/v1/regions/{id}", ApiNeed::SystemWrite, [this](const ApiRequestPtr& r) { update(r); });
    router.add("DELETE", "/api/v1/regions/{id}", ApiNeed::SystemWrite, [this](const ApiRequestPtr& r) { remove(r); });
}

void RegionsApi::list(const ApiRequestPtr& r)
{
    qint64 offset = 0;
    qint64 limit = 0;
    if (!r->paging(&offset, &limit)) {
        return;
    }
    RowQuery q = RowQueries::regions(r->query("q"), AccessPolicy::visibleRegions(r->admin()));
    q.orderBy = QStringLiteral("name");
    const StoreResult<qint64> total = store().regions().count(q);
    q.offset = offset;
    q.limit = limit;
    const StoreResult<QVector<Region>> rows = store().regions().query(q);
    if (!loaded(r, total) || !loaded(r, rows)) {
        return;
    }
    QJsonArray items;
    for (const Region& region : rows.value()) {
        QJsonObject o = json(region);
        o.insert(QStringLiteral("level"), accessLevelToString(AccessPolicy::levelIn(r->admin(), region.id)));
        items.append(o);
    }
    r->replyList(items, total.value());
}

void RegionsApi::get(const ApiRequestPtr& r)
{
    Region region;
    if (fetch(
            r, &Store::regions, "region", [&](const Region& x) { return AccessPolicy::canSee(r->admin(), x.id); },
            &region)) {
        QJsonObject o = json(region);
        o.insert(QStringLiteral("level"), accessLevelToString(AccessPolicy::levelIn(r->admin(), region.id)));
        r->reply(200, o);
    }
}

bool RegionsApi::valid(const ApiRequestPtr& r, const Region& region)
{
    QStringList problems;
    SubnetList::parse(region.provisioningSubnets, &problems);
    if (!problems.isEmpty()) {
        r->fail(400, QStringLiteral("provisioningSubnets: %1").arg(problems.join(QLatin1String("; "))));
        return false;
    }
    if (region.name.trimmed().isEmpty()) {
        r->fail(400, QStringLiteral("a region needs a name"));
        return false;
    }
    // Else this node would refuse to start again (PhoneFleetServer::reviewTrustedProxies).
    const TrustedProxyPolicy::Review review = TrustedProxyPolicy::review(
        state().trustedProxies, {TrustedProxyPolicy::Subnets::ofRegion(region.name, region.provisioningSubnets)});
    if (!review.refusals.isEmpty()) {
        r->fail(409, QStringLiteral("provisioningSubnets: %1").arg(review.refusals.join(QLatin1String("; "))));
        return false;
    }
    return true;
}

void RegionsApi::create(const ApiRequestPtr& r)
{
    QJsonObject body;
    Region region;
    QString error;
    if (!r->object(&body)) {
        return;
    }
    if (!ApiJson::fromJson(body, &region, &error)) {
        r->fail(400, error);
        return;
    }
    if (!valid(r, region)) {
        return;
    }
    insertRow(r, &Store::regions, region, {QStringLiteral("add region"), region.name.trimmed(), {}},
              [](const Region& x) { return json(x); });
}

void RegionsApi::update(const ApiRequestPtr& r)
{
    Region region;
    QJsonObject body;
    QString error;
    if (!fetch(
            r, &Store::regions, "region", [](const Region&) { return true; }, &region)
        || !r->object(&body) || !r->revision(body, &region.revision)) {
        return;
    }
    const QString oldName = region.name;
    if (!ApiJson::fromJson(body, &region, &error)) {
        r->fail(400, error);
        return;
    }
    if (!valid(r, region)) {
        return;
    }
    AuditNote note {QStringLiteral("change region"), oldName, QStringLiteral("fields: %1").arg(body.keys().join(u',')),
                    region.id};
    updateRow(r, &Store::regions, region, note, [](const Region& x) { return json(x); });
}

void RegionsApi::remove(const ApiRequestPtr& r)
{
    Region region;
    qint64 revision = 0;
    if (!fetch(
            r, &Store::regions, "region", [](const Region&) { return true; }, &region)
        || !r->revision({}, &revision)) {
        return;
    }
    const qint64 id = region.id;
    const QString name = region.name;
    removeRow(
        r, &Store::regions, id, revision, {QStringLiteral("remove region"), name, {}, id},
        [id, name](Store& s) -> StoreError {
            const StoreResult<QString> using_ = stillUsing(s, id);
            if (!using_) {
                return using_.error();
            }
            if (!using_->isEmpty()) {
                return {StoreError::Code::Constraint,
                        QStringLiteral("region %1 still has %2: move or remove them first").arg(name, using_.value())};
            }
            // Its sites go with it, and their values.
            const StoreResult<QVector<Site>> sites = s.sites().listWhere(QStringLiteral("region_id"), id);
            if (!sites) {
                return sites.error();
            }
            for (const Site& site : sites.value()) {
                if (StoreError e = s.removeValuesOf(PlaceholderLevel::Site, site.id); e.isError()) {
                    return e;
                }
                if (StoreError e = s.sites().remove(site.id, site.revision).error(); e.isError()) {
                    return e;
                }
            }
            return s.removeValuesOf(PlaceholderLevel::Region, id);
        });
}
