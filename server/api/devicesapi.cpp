#include "devicesapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "devicefilter.h"
#include "jsonreader.h"
#include "rowqueries.h"
#include "sitesapi.h"

#include <QSet>

#include <limits>

namespace {
bool canSee(const ApiRequestPtr& r, const Device& d)
{
    return AccessPolicy::canSee(r->admin(), d.regionId);
}

QJsonObject one(Store& store, const Device& d)
{
    return DevicesApi::items(store, {d}).first().toObject();
}

} // namespace

void DevicesApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/devices", ApiNeed::Read, [this](const ApiRequestPtr& r) { list(r); });
    router.add("GET", "/api/v1/devices/{id}", ApiNeed::Read, [this](const ApiRequestPtr& r) { get(r); });
    router.add("POST", "/api/v1/devices", ApiNeed::Write, [this](const ApiRequestPtr& r) { create(r); });
    router.add("PUT", "/api/v1/devices/{id}", ApiNeed::Write, [this](const ApiRequestPtr& r) { update(r); });
    router.add("DELETE", "/api/v1/devices/{id}", ApiNeed::Write, [this](const ApiRequestPtr& r) { remove(r); });
    router.add("POST", "/api/v1/devices/{id}/approve", ApiNeed::Write, [this](const ApiRequestPtr& r) { approve(r); });
}

namespace {
// The names a device item shows besides its ids: its user's and its region's.
struct ItemNames
{
    QHash<qint64, QString> users;
    QHash<qint64, QString> regions;
};

ItemNames itemNames(Store& store, const QVector<Device>& devices)
{
    ItemNames names;
    QSet<qint64> userIds;
    for (const Device& d : devices) {
        if (d.userId > 0) {
            userIds.insert(d.userId);
        }
    }
    if (!userIds.isEmpty()) {
        if (const StoreResult<QVector<User>> users = store.users().getMany(userIds.values().toVector())) {
            for (const User& u : users.value()) {
                names.users.insert(u.id, u.name);
            }
        }
    }
    if (const StoreResult<QVector<Region>> regions = store.regions().list()) {
        for (const Region& r : regions.value()) {
            names.regions.insert(r.id, r.name);
        }
    }
    return names;
}
} // namespace

void DevicesApi::writeItems(JsonWriter& w, Store& store, const QVector<Device>& devices)
{
    const ItemNames names = itemNames(store, devices);
    w.beginArray();
    for (const Device& d : devices) {
        w.beginObject();
        ApiJson::writeMembers(w, d);
        w.key("userName");
        w.value(names.users.value(d.userId));
        w.key("regionName");
        w.value(names.regions.value(d.regionId));
        w.endObject();
    }
    w.endArray();
}

QJsonArray DevicesApi::items(Store& store, const QVector<Device>& devices)
{
    // The same members as writeItems(), straight into objects: the change feed's and a user's
    // few devices, added to answers that are objects.
    const ItemNames names = itemNames(store, devices);
    QJsonArray out;
    for (const Device& d : devices) {
        QJsonObject o = ApiJson::toJson(d);
        o.insert(QStringLiteral("userName"), names.users.value(d.userId));
        o.insert(QStringLiteral("regionName"), names.regions.value(d.regionId));
        out.append(o);
    }
    return out;
}

void DevicesApi::list(const ApiRequestPtr& r)
{
    DeviceFilter filter;
    QString error;
    const QStringList paging = {QStringLiteral("offset"), QStringLiteral("limit"), QStringLiteral("sort"),
                                QStringLiteral("order")};
    if (!DeviceFilter::fromPairs(r->queryItems(), &filter, &error, paging)) {
        r->fail(400, error);
        return;
    }
    qint64 offset = 0;
    qint64 limit = 0;
    if (!r->paging(&offset, &limit)) {
        return;
    }
    RowQuery q = RowQueries::devices(filter, AccessPolicy::visibleRegions(r->admin()));
    if (r->hasQuery("sort")) {
        q.orderBy = RowQueries::deviceSortColumn(r->query("sort"));
        if (q.orderBy.isEmpty()) {
            r->fail(400,
                    QStringLiteral("cannot sort by '%1' (mac, model, ip, firmware, status, lastReport, "
                                   "lastStatusChange, phoneNumber, location, displayName, region, user)")
                        .arg(r->query("sort")));
            return;
        }
    }
    q.descending = r->query("order").compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;
    const StoreResult<qint64> total = store().devices().count(q);
    q.offset = offset;
    q.limit = limit;
    const StoreResult<QVector<Device>> rows = store().devices().query(q);
    if (loaded(r, total) && loaded(r, rows)) {
        // Written as text: a page of 10 000 phones built as QJsonObjects took three times as long.
        JsonWriter w;
        w.beginObject();
        w.key("items");
        writeItems(w, store(), rows.value());
        w.key("total");
        w.value(total.value());
        w.endObject();
        r->replyBytes("application/json", w.take());
    }
}

void DevicesApi::get(const ApiRequestPtr& r)
{
    Device d;
    if (fetch(
            r, &Store::devices, "device", [&](const Device& x) { return canSee(r, x); }, &d)) {
        r->reply(200, one(store(), d));
    }
}

bool DevicesApi::placementAllowed(const ApiRequestPtr& r, const Device& d)
{
    if (d.regionId > 0) {
        const StoreResult<Region> region = store().regions().get(d.regionId);
        if (!region || !AccessPolicy::canSee(r->admin(), d.regionId)) {
            r->fail(400, QStringLiteral("no region %1").arg(d.regionId));
            return false;
        }
    }
    if (!AccessPolicy::canModify(r->admin(), d.regionId)) {
        r->forbidden(d.regionId > 0 ? QStringLiteral("you may not change phones of region %1").arg(d.regionId)
                                    : QStringLiteral("only system administrators may keep a phone without a region"));
        return false;
    }
    if (d.userId > 0) {
        const StoreResult<User> user = store().users().get(d.userId);
        if (!user || !AccessPolicy::canSee(r->admin(), user->regionId)) {
            r->fail(400, QStringLiteral("no user %1").arg(d.userId));
            return false;
        }
    }
    if (const QString why = SitesApi::placementProblem(store(), d.siteId, d.regionId); !why.isEmpty()) {
        r->fail(400, why);
        return false;
    }
    return true;
}

bool DevicesApi::applied(const ApiRequestPtr& r, const QJsonObject& body, Device* d)
{
    QString error;
    const Device before = *d;
    if (!ApiJson::fromJson(body, d, &error)) {
        r->fail(400, error);
        return false;
    }
    // Moved to another region without a site of it: at no site any more.
    if (d->regionId != before.regionId && d->siteId == before.siteId) {
        d->siteId = 0;
    }
    if (d->mac.isNull()) {
        r->fail(400, QStringLiteral("a device needs its \"mac\""));
        return false;
    }
    return placementAllowed(r, *d);
}

void DevicesApi::create(const ApiRequestPtr& r)
{
    QJsonObject body;
    Device d;
    if (!r->object(&body) || !applied(r, body, &d)) {
        return;
    }
    assignProvisioningCredentials(&d);
    insertRow(r, &Store::devices, d, {QStringLiteral("add phone"), d.mac.toString(), d.model, d.regionId},
              [this](const Device& x) { return one(store(), x); });
}

void DevicesApi::update(const ApiRequestPtr& r)
{
    Device d;
    QJsonObject body;
    QString error;
    if (!fetch(
            r, &Store::devices, "device", [&](const Device& x) { return canSee(r, x); }, &d)
        || !r->object(&body) || !r->revision(body, &d.revision)) {
        return;
    }
    if (!AccessPolicy::canModify(r->admin(), d.regionId)) {
        r->forbidden(QStringLiteral("you may only look at the phones of this region"));
        return;
    }
    const Device before = d;
    if (!applied(r, body, &d)) {
        return;
    }
    const bool newPhone = d.mac != before.mac;
    if (newPhone) {
        // Another phone: new file credentials (the user name is the MAC), and nothing the old
        // one proved (where it was, its keep-alive value, that its first contact was over).
        assignProvisioningCredentials(&d);
        d.pushAddress.clear();
        d.firstContactUntil = QDateTime();
    }
    AuditNote note {QStringLiteral("change phone"), before.mac.toString(), ApiWrite::changes(before, d), d.regionId};
    updateRow(
        r, &Store::devices, d, note, [this](const Device& x) { return one(store(), x); },
        [newPhone](Store& s, const Device& stored) {
            return newPhone ? s.phoneTrust().forget(stored.id) : StoreError {};
        });
}

void DevicesApi::remove(const ApiRequestPtr& r)
{
    Device d;
    qint64 revision = 0;
    if (!fetch(
            r, &Store::devices, "device", [&](const Device& x) { return canSee(r, x); }, &d)
        || !r->revision({}, &revision)) {
        return;
    }
    if (!AccessPolicy::canModify(r->admin(), d.regionId)) {
        r->forbidden(QStringLiteral("you may only look at the phones of this region"));
        return;
    }
    d.revision = revision;
    write(
        r, {QStringLiteral("remove phone"), d.mac.toString(), {}, d.regionId},
        [d](Store& s, AuditNote*) { return s.removeDevice(d); }, [r] { r->replyEmpty(); });
}

void DevicesApi::approve(const ApiRequestPtr& r)
{
    Device d;
    QJsonObject body;
    if (!fetch(
            r, &Store::devices, "device", [&](const Device& x) { return canSee(r, x); }, &d)
        || !r->object(&body) || !r->revision(body, &d.revision)) {
        return;
    }
    JsonReader fields(body, {QStringLiteral("revision")});
    fields.integer("regionId", &d.regionId, 0, std::numeric_limits<qint32>::max());
    fields.integer("userId", &d.userId, 0, std::numeric_limits<qint32>::max());
    QString error;
    if (!fields.finish(&error)) {
        r->fail(400, error);
        return;
    }
    if (d.regionId <= 0) {
        r->fail(400, QStringLiteral("approving a phone needs the \"regionId\" it goes to"));
        return;
    }
    if (!placementAllowed(r, d)) {
        return;
    }
    d.approval = ApprovalState::Approved;
    AuditNote note {QStringLiteral("approve phone"), d.mac.toString(),
                    QStringLiteral("region %1, user %2").arg(d.regionId).arg(d.userId), d.regionId};
    updateRow(r, &Store::devices, d, note, [this](const Device& x) { return one(store(), x); });
}
