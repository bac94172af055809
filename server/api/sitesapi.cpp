#include "sitesapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "rowqueries.h"

#include <limits>

namespace {
QJsonObject json(const Site& s)
{
    return ApiJson::toJson(s);
}

// The site's phones are at no site any more (their revision moves: consoles and generation see it).
StoreError clearSite(Store& s, qint64 siteId)
{
    const StoreResult<QVector<Device>> devices = s.devices().listWhere(QStringLiteral("site_id"), siteId);
    if (!devices) {
        return devices.error();
    }
    for (Device d : devices.value()) {
        d.siteId = 0;
        if (StoreError e = s.devices().update(d).error(); e.isError()) {
            return e;
        }
    }
    return {};
}

// A removed site's phones are at no site, and its placeholder values go.
StoreError leaveSite(Store& s, qint64 siteId)
{
    if (StoreError e = clearSite(s, siteId); e.isError()) {
        return e;
    }
    return s.removeValuesOf(PlaceholderLevel::Site, siteId);
}
} // namespace

void SitesApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/sites", ApiNeed::Read, [this](const ApiRequestPtr& r) { list(r); });
    router.add("GET", "/api/v1/sites/{id}", ApiNeed::Read, [this](const ApiRequestPtr& r) { get(r); });
    router.add("POST", "/api/v1/sites", ApiNeed::Write, [this](const ApiRequestPtr& r) { create(r); });
    router.add("PUT", "/api/v1/sites/{id}", ApiNeed::Write, [this](const ApiRequestPtr& r) { update(r); });
    router.add("DELETE", "/api/v1/sites/{id}", ApiNeed::Write, [this](const ApiRequestPtr& r) { remove(r); });
}

QString SitesApi::placementProblem(Store& store, qint64 siteId, qint64 regionId)
{
    if (siteId <= 0) {
        return {};
    }
    const StoreResult<Site> site = store.sites().get(siteId);
    if (!site) {
        return QStringLiteral("no site %1").arg(siteId);
    }
    if (site->regionId != regionId) {
        return QStringLiteral("site '%1' is not in the phone's region").arg(site->name);
    }
    return {};
}

void SitesApi::list(const ApiRequestPtr& r)
{
    qint64 offset = 0;
    qint64 limit = 0;
    qint64 region = 0;
    if (!r->paging(&offset, &limit) || !r->queryNumber("region", &region, 0, std::numeric_limits<qint32>::max())) {
        return;
    }
    RowQuery q = RowQueries::sites(region, r->query("q"), AccessPolicy::visibleRegions(r->admin()));
    const StoreResult<qint64> total = store().sites().count(q);
    q.offset = offset;
    q.limit = limit;
    const StoreResult<QVector<Site>> rows = store().sites().query(q);
    if (!loaded(r, total) || !loaded(r, rows)) {
        return;
    }
    QJsonArray items;
    for (const Site& s : rows.value()) {
        items.append(json(s));
    }
    r->replyList(items, total.value());
}

void SitesApi::get(const ApiRequestPtr& r)
{
    Site site;
    if (fetch(
            r, &Store::sites, "site", [&](const Site& x) { return AccessPolicy::canSee(r->admin(), x.regionId); },
            &site)) {
        r->reply(200, json(site));
    }
}

bool SitesApi::allowed(const ApiRequestPtr& r, const Site& site)
{
    if (const QString why = fieldsOf<Site>().problem(site); !why.isEmpty()) {
        r->fail(400, why);
        return false;
    }
    if (!store().regions().get(site.regionId) || !AccessPolicy::canSee(r->admin(), site.regionId)) {
        r->fail(400, QStringLiteral("no region %1").arg(site.regionId));
        return false;
    }
    if (!AccessPolicy::canModify(r->admin(), site.regionId)) {
        r->forbidden(QStringLiteral("you may not change the sites of region %1").arg(site.regionId));
        return false;
    }
    return true;
}

void SitesApi::create(const ApiRequestPtr& r)
{
    QJsonObject body;
    Site site;
    QString error;
    if (!r->object(&body)) {
        return;
    }
    if (!ApiJson::fromJson(body, &site, &error)) {
        r->fail(400, error);
        return;
    }
    if (allowed(r, site)) {
        insertRow(r, &Store::sites, site, {QStringLiteral("add site"), site.name, {}, site.regionId},
                  [](const Site& x) { return json(x); });
    }
}

void SitesApi::update(const ApiRequestPtr& r)
{
    Site site;
    QJsonObject body;
    QString error;
    if (!fetch(
            r, &Store::sites, "site", [&](const Site& x) { return AccessPolicy::canSee(r->admin(), x.regionId); },
            &site)
        || !r->object(&body) || !r->revision(body, &site.revision)) {
        return;
    }
    const Site before = site;
    if (!allowed(r, before) || !ApiJson::fromJson(body, &site, &error)) {
        if (!error.isEmpty()) {
            r->fail(400, error);
        }
        return;
    }
    if (!allowed(r, site)) {
        return;
    }
    const bool moved = site.regionId != before.regionId;
    AuditNote note {QStringLiteral("change site"), before.name, ApiWrite::changes(before, site), site.regionId};
    // A site that moves to another region leaves its phones behind (they stay in theirs).
    updateRow(
        r, &Store::sites, site, note, [](const Site& x) { return json(x); },
        [moved](Store& s, const Site& stored) { return moved ? clearSite(s, stored.id) : StoreError {}; });
}

void SitesApi::remove(const ApiRequestPtr& r)
{
    Site site;
    qint64 revision = 0;
    if (!fetch(
            r, &Store::sites, "site", [&](const Site& x) { return AccessPolicy::canSee(r->admin(), x.regionId); },
            &site)
        || !r->revision({}, &revision)) {
        return;
    }
    if (!AccessPolicy::canModify(r->admin(), site.regionId)) {
        r->forbidden(QStringLiteral("you may not change the sites of region %1").arg(site.regionId));
        return;
    }
    const qint64 id = site.id;
    removeRow(r, &Store::sites, id, revision, {QStringLiteral("remove site"), site.name, {}, site.regionId},
              [id](Store& s) { return leaveSite(s, id); });
}
