#include "usersapi.h"

#include "accesspolicy.h"
#include "apijson.h"
#include "devicesapi.h"
#include "jsonreader.h"
#include "rowqueries.h"

namespace {
bool canSee(const ApiRequestPtr& r, const User& u)
{
    return AccessPolicy::canSee(r->admin(), u.regionId);
}

bool mayPlace(const ApiRequestPtr& r, Store& store, qint64 regionId)
{
    if (regionId > 0 && (!store.regions().get(regionId) || !AccessPolicy::canSee(r->admin(), regionId))) {
        r->fail(400, QStringLiteral("no region %1").arg(regionId));
        return false;
    }
    if (!AccessPolicy::canModify(r->admin(), regionId)) {
        r->forbidden(regionId > 0 ? QStringLiteral("you may not change users of region %1").arg(regionId)
                                  : QStringLiteral("only system administrators may keep a user without a region"));
        return false;
    }
    return true;
}
} // namespace

void UsersApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/users", ApiNeed::Read, [this](const ApiRequestPtr& r) { list(r); });
    router.add("GET", "/api/v1/users/{id}", ApiNeed::Read, [this](const ApiRequestPtr& r) { get(r); });
    router.add("POST", "/api/v1/users", ApiNeed::Write, [this](const ApiRequestPtr& r) { create(r); });
    router.add("PUT", "/api/v1/users/{id}", ApiNeed::Write, [this](const ApiRequestPtr& r) { update(r); });
    router.add("DELETE", "/api/v1/users/{id}", ApiNeed::Write, [this](const ApiRequestPtr& r) { remove(r); });
    router.add("POST", "/api/v1/users/region", ApiNeed::Write, [this](const ApiRequestPtr& r) { moveToRegion(r); });
}

void UsersApi::list(const ApiRequestPtr& r)
{
    qint64 offset = 0;
    qint64 limit = 0;
    if (!r->paging(&offset, &limit)) {
        return;
    }
    RowQueries::UserFilter filter {r->query("q"), r->query("region")};
    RowQuery q = RowQueries::users(filter, AccessPolicy::visibleRegions(r->admin()));
    q.orderBy = QStringLiteral("name");
    const StoreResult<qint64> total = store().users().count(q);
    q.offset = offset;
    q.limit = limit;
    const StoreResult<QVector<User>> rows = store().users().query(q);
    if (!loaded(r, total) || !loaded(r, rows)) {
        return;
    }
    QVector<qint64> ids;
    for (const User& u : rows.value()) {
        ids.append(u.id);
    }
    const StoreResult<QHash<qint64, qint64>> counts = store().deviceCountsOf(ids);
    if (!loaded(r, counts)) {
        return;
    }
    QJsonArray items;
    for (const User& u : rows.value()) {
        QJsonObject o = ApiJson::toJson(u);
        o.insert(QStringLiteral("deviceCount"), static_cast<double>(counts->value(u.id)));
        items.append(o);
    }
    r->replyList(items, total.value());
}

QJsonObject UsersApi::withDevices(const Admin& admin, const User& user)
{
    QJsonObject o = ApiJson::toJson(user);
    QVector<Device> visible;
    if (const StoreResult<QVector<Device>> devices = store().devices().listWhere(QStringLiteral("user_id"), user.id)) {
        for (const Device& d : devices.value()) {
            if (AccessPolicy::canSee(admin, d.regionId)) {
                visible.append(d);
            }
        }
    }
    o.insert(QStringLiteral("devices"), DevicesApi::items(store(), visible));
    o.insert(QStringLiteral("deviceCount"), static_cast<double>(visible.size()));
    return o;
}

void UsersApi::get(const ApiRequestPtr& r)
{
    User u;
    if (fetch(
            r, &Store::users, "user", [&](const User& x) { return canSee(r, x); }, &u)) {
        r->reply(200, withDevices(r->admin(), u));
    }
}

bool UsersApi::read(const ApiRequestPtr& r, const QJsonObject& body, User* user)
{
    QString error;
    if (!ApiJson::fromJson(body, user, &error)) {
        r->fail(400, error);
        return false;
    }
    if (user->name.trimmed().isEmpty()) {
        r->fail(400, QStringLiteral("a user needs a \"name\""));
        return false;
    }
    return true;
}

void UsersApi::create(const ApiRequestPtr& r)
{
    QJsonObject body;
    User u;
    QString error;
    if (!r->object(&body)) {
        return;
    }
    const QJsonValue devicesJson = body.take(QStringLiteral("devices"));
    if (!read(r, body, &u)) {
        return;
    }
    if (!mayPlace(r, store(), u.regionId)) {
        return;
    }
    if (!devicesJson.isUndefined() && !devicesJson.isArray()) {
        r->fail(400, QStringLiteral("'devices' must be a list of devices"));
        return;
    }
    QVector<Device> devices;
    const QJsonArray list = devicesJson.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Device d;
        d.regionId = u.regionId;
        if (!list.at(i).isObject() || !ApiJson::fromJson(list.at(i).toObject(), &d, &error) || d.mac.isNull()) {
            r->fail(400,
                    QStringLiteral("devices[%1]: %2")
                        .arg(i)
                        .arg(error.isEmpty() ? QStringLiteral("needs a \"mac\"") : error));
            return;
        }
        if (d.regionId != u.regionId && !mayPlace(r, store(), d.regionId)) {
            return;
        }
        assignProvisioningCredentials(&d);
        devices.append(d);
    }
    const Admin admin = r->admin();
    auto stored = std::make_shared<User>();
    write(
        r,
        {QStringLiteral("add user"), u.name.trimmed(), QStringLiteral("%1 device(s)").arg(devices.size()), u.regionId},
        [u, devices, stored](Store& s, AuditNote*) -> StoreError {
            StoreResult<User> saved = s.users().insert(u);
            if (!saved) {
                return saved.error();
            }
            *stored = saved.value();
            for (Device d : devices) {
                d.userId = saved->id;
                if (StoreError e = s.devices().insert(d).error(); e.isError()) {
                    return e;
                }
            }
            return {};
        },
        [this, r, stored, admin] { r->reply(201, withDevices(admin, *stored)); });
}

void UsersApi::update(const ApiRequestPtr& r)
{
    User u;
    QJsonObject body;
    if (!fetch(
            r, &Store::users, "user", [&](const User& x) { return canSee(r, x); }, &u)
        || !r->object(&body) || !r->revision(body, &u.revision)) {
        return;
    }
    if (!AccessPolicy::canModify(r->admin(), u.regionId)) {
        r->forbidden(QStringLiteral("you may only look at the users of this region"));
        return;
    }
    const User before = u;
    if (!read(r, body, &u)) {
        return;
    }
    if (u.regionId != before.regionId && !mayPlace(r, store(), u.regionId)) {
        return;
    }
    AuditNote note {QStringLiteral("change user"), before.name, ApiWrite::changes(before, u), u.regionId};
    const Admin admin = r->admin();
    updateRow(r, &Store::users, u, note, [this, admin](const User& x) { return withDevices(admin, x); });
}

void UsersApi::moveToRegion(const ApiRequestPtr& r)
{
    QJsonObject body;
    if (!r->object(&body)) {
        return;
    }
    JsonReader reader(body);
    qint64 regionId = 0;
    if (!body.contains(QStringLiteral("regionId"))) {
        reader.fail(QStringLiteral("'regionId' is needed: the region's id, or null for none"));
    }
    reader.integer("regionId", &regionId, 0, Fields::maxId);
    const QJsonValue list = reader.value("users");
    QString error;
    if (!reader.finish(&error)) {
        r->fail(400, error);
        return;
    }
    constexpr int most = 10000;
    const QString shape = QStringLiteral("'users' must be a list of 1 to %1 {\"id\", \"revision\"}").arg(most);
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > most) {
        r->fail(400, shape);
        return;
    }
    QVector<qint64> ids;
    QHash<qint64, qint64> revisions;
    for (const QJsonValue& item : list.toArray()) {
        const QJsonObject o = item.toObject();
        const qint64 id = o.value(QStringLiteral("id")).toInteger(0);
        const qint64 revision = o.value(QStringLiteral("revision")).toInteger(-1);
        if (!item.isObject() || id < 1 || revision < 0 || o.size() != 2) {
            r->fail(400, shape);
            return;
        }
        if (revisions.contains(id)) {
            r->fail(400, QStringLiteral("user %1 is in the list twice").arg(id));
            return;
        }
        ids.append(id);
        revisions.insert(id, revision);
    }
    if (!mayPlace(r, store(), regionId)) {
        return;
    }
    const StoreResult<QVector<User>> users = store().users().getMany(ids);
    if (!loaded(r, users)) {
        return;
    }
    QHash<qint64, User> byId;
    for (const User& u : users.value()) {
        byId.insert(u.id, u);
    }
    QVector<User> moved;
    QStringList names;
    for (const qint64 id : std::as_const(ids)) {
        const auto it = byId.constFind(id);
        if (it == byId.constEnd() || !canSee(r, it.value())) {
            r->fail(404, QStringLiteral("no user %1: nothing was moved").arg(id));
            return;
        }
        User u = it.value();
        if (!AccessPolicy::canModify(r->admin(), u.regionId)) {
            r->forbidden(QStringLiteral("you may not change user %1 (region %2): nothing was moved")
                             .arg(u.name)
                             .arg(u.regionId));
            return;
        }
        if (u.revision != revisions.value(id)) {
            r->fail(409, QStringLiteral("user %1 was changed since you loaded it: nothing was moved").arg(u.name));
            return;
        }
        if (u.regionId == regionId) {
            continue; // already there: checked, not rewritten
        }
        u.regionId = regionId;
        moved.append(u);
        if (names.size() < 50) {
            names.append(u.name);
        }
    }
    if (moved.size() > names.size()) {
        names.append(QStringLiteral("and %1 more").arg(moved.size() - names.size()));
    }
    // The revisions are checked again in the writer's transaction: a change between this read
    // and the write is a 409 too, and nothing is kept.
    const AuditNote note {QStringLiteral("move users"), QStringLiteral("%1 users").arg(moved.size()),
                          QStringLiteral("to region %1: %2").arg(regionId).arg(names.join(QLatin1String(", "))),
                          regionId};
    const int count = static_cast<int>(moved.size());
    write(
        r, note, [moved](Store& s, AuditNote*) { return s.users().updateMany(moved); },
        [r, count] {
            r->reply(200, QJsonObject {{QStringLiteral("moved"), count}});
        });
}

void UsersApi::remove(const ApiRequestPtr& r)
{
    User u;
    qint64 revision = 0;
    bool alsoDevices = false;
    if (!fetch(
            r, &Store::users, "user", [&](const User& x) { return canSee(r, x); }, &u)
        || !r->revision({}, &revision) || !r->queryFlag("withDevices", &alsoDevices)) {
        return;
    }
    if (!AccessPolicy::canModify(r->admin(), u.regionId)) {
        r->forbidden(QStringLiteral("you may only look at the users of this region"));
        return;
    }
    const StoreResult<QVector<Device>> devices = store().devices().listWhere(QStringLiteral("user_id"), u.id);
    if (!loaded(r, devices)) {
        return;
    }
    for (const Device& d : devices.value()) {
        if (!AccessPolicy::canModify(r->admin(), d.regionId)) {
            r->forbidden(QStringLiteral("user %1 has a phone in a region you may not change").arg(u.name));
            return;
        }
    }
    const qint64 id = u.id;
    AuditNote note {QStringLiteral("remove user"), u.name,
                    alsoDevices ? QStringLiteral("with its %1 device(s)").arg(devices->size())
                                : QStringLiteral("%1 device(s) kept without a user").arg(devices->size()),
                    u.regionId};
    removeRow(r, &Store::users, id, revision, note, [id, alsoDevices](Store& s) -> StoreError {
        const StoreResult<QVector<Device>> current = s.devices().listWhere(QStringLiteral("user_id"), id);
        if (!current) {
            return current.error();
        }
        for (Device d : current.value()) {
            StoreError e;
            if (alsoDevices) {
                e = s.removeDevice(d);
            } else {
                d.userId = 0;
                e = s.devices().update(d).error();
            }
            if (e.isError()) {
                return e;
            }
        }
        return {};
    });
}
