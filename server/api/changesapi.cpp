#include "changesapi.h"

#include "accesspolicy.h"
#include "actionsapi.h"
#include "alarmsapi.h"
#include "apijson.h"
#include "devicesapi.h"
#include "rowscope.h"

#include <QMap>

#include <limits>

namespace {
struct Collection
{
    const char* table;
    const char* name;
    bool nullRegionShared; // a deleted row without a region: everyone's (true) or the system's
};

const Collection collections[] = {
    {"regions", "regions", false},
    {"sites", "sites", false},
    {"users", "users", false},
    {"devices", "devices", false},
    {"templates", "templates", true},
    {"placeholders", "placeholders", true},
    {"overwrite_values", "overwrites", true},
    {"alarms", "alarms", false},
    {"config_files", "configfiles", true},
    {"firmware_files", "firmware", true},
    {"admins", "admins", false},
    {"settings", "settings", true},
};

const Collection* collectionOf(const QString& table)
{
    for (const Collection& c : collections) {
        if (table == QLatin1String(c.table)) {
            return &c;
        }
    }
    return nullptr; // not in the feed (logs, queued commands)
}

// The visible rows of one table among ids, as JSON by id.
QHash<qint64, QJsonObject> visibleItems(Store& store, const Admin& admin, const QString& table,
                                        const QVector<qint64>& ids)
{
    QHash<qint64, QJsonObject> out;
    const auto each = [&](auto rows, auto visible, auto json) {
        if (!rows) {
            return;
        }
        for (const auto& row : rows.value()) {
            if (visible(row)) {
                out.insert(row.id, json(row));
            }
        }
    };
    if (table == QLatin1String("regions")) {
        each(
            store.regions().getMany(ids), [&](const Region& x) { return AccessPolicy::canSee(admin, x.id); },
            [](const Region& x) { return ApiJson::toJson(x); });
    } else if (table == QLatin1String("sites")) {
        each(
            store.sites().getMany(ids), [&](const Site& x) { return AccessPolicy::canSee(admin, x.regionId); },
            [](const Site& x) { return ApiJson::toJson(x); });
    } else if (table == QLatin1String("users")) {
        each(
            store.users().getMany(ids), [&](const User& x) { return AccessPolicy::canSee(admin, x.regionId); },
            [](const User& x) { return ApiJson::toJson(x); });
    } else if (table == QLatin1String("devices")) {
        if (const StoreResult<QVector<Device>> rows = store.devices().getMany(ids)) {
            QVector<Device> visible;
            for (const Device& d : rows.value()) {
                if (AccessPolicy::canSee(admin, d.regionId)) {
                    visible.append(d);
                }
            }
            const QJsonArray items = DevicesApi::items(store, visible);
            for (qsizetype i = 0; i < visible.size(); ++i) {
                out.insert(visible.at(i).id, items.at(i).toObject());
            }
        }
    } else if (table == QLatin1String("templates")) {
        each(
            store.templates().getMany(ids),
            [&](const PhoneTemplate& x) { return RowScope::ofTemplate(x).visibleTo(admin); },
            [](const PhoneTemplate& x) { return ApiJson::toJson(x, false); });
    } else if (table == QLatin1String("placeholders")) {
        each(
            store.placeholders().getMany(ids),
            [&](const Placeholder& x) { return RowScope::of(store, x).visibleTo(admin); },
            [](const Placeholder& x) { return ApiJson::toJson(x); });
    } else if (table == QLatin1String("overwrite_values")) {
        each(
            store.overwriteValues().getMany(ids),
            [&](const OverwriteValue& x) { return RowScope::of(store, x).visibleTo(admin); },
            [](const OverwriteValue& x) { return ApiJson::toJson(x); });
    } else if (table == QLatin1String("alarms")) {
        if (const StoreResult<QVector<Alarm>> rows = store.alarms().getMany(ids)) {
            QVector<Alarm> visible;
            for (const Alarm& a : rows.value()) {
                if (RowScope::of(store, a).visibleTo(admin)) {
                    visible.append(a);
                }
            }
            const QJsonArray items = AlarmsApi::items(store, visible);
            for (qsizetype i = 0; i < visible.size(); ++i) {
                out.insert(visible.at(i).id, items.at(i).toObject());
            }
        }
    } else if (table == QLatin1String("config_files")) {
        each(
            store.configFiles().getMany(ids),
            [&](const ConfigFile& x) { return RowScope::of(store, x).visibleTo(admin); },
            [](const ConfigFile& x) { return ApiJson::toJson(x); });
    } else if (table == QLatin1String("firmware_files")) {
        each(
            store.firmwareFiles().getMany(ids), [](const FirmwareFile&) { return true; },
            [](const FirmwareFile& x) { return ApiJson::toJson(x); });
    } else if (table == QLatin1String("jobs")) {
        each(
            store.jobs().getMany(ids), [&](const Job& x) { return ActionsApi::mayWatch(admin, x); },
            [&](const Job& x) {
                const StoreResult<JobCounts> counts = store.jobTargets().counts(x.id);
                return ApiJson::toJson(x, counts ? counts.value() : JobCounts());
            });
    } else if (table == QLatin1String("admins") && AccessPolicy::canAdministerSystem(admin)) {
        each(
            store.admins().getMany(ids), [](const Admin&) { return true; },
            [](const Admin& x) { return ApiJson::toJson(x); });
    }
    return out;
}
} // namespace

void ChangesApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/changes", ApiNeed::Read, [this](const ApiRequestPtr& r) { get(r); });
}

void ChangesApi::get(const ApiRequestPtr& r)
{
    qint64 since = 0;
    qint64 limit = 1000;
    if (!r->queryNumber("since", &since, 0, std::numeric_limits<qint64>::max() / 2)
        || !r->queryNumber("limit", &limit, 1, 10000)) {
        return;
    }
    QStringList tables;
    for (const Collection& c : collections) {
        tables.append(QLatin1String(c.table));
    }
    const StoreResult<ChangeSet> changes = store().changesSince(since, static_cast<int>(limit), tables);
    if (!loaded(r, changes)) {
        return;
    }
    const Admin& admin = r->admin();
    // The rows of each table at once (one query per table), newest state.
    QMap<QString, QVector<qint64>> idsByTable;
    for (const ChangedRow& c : changes->rows) {
        if (!c.deleted && c.table != QLatin1String("settings") && collectionOf(c.table)) {
            idsByTable[c.table].append(c.id);
        }
    }
    QHash<QString, QHash<qint64, QJsonObject>> rows;
    for (auto it = idsByTable.cbegin(); it != idsByTable.cend(); ++it) {
        rows.insert(it.key(), visibleItems(store(), admin, it.key(), it.value()));
    }
    QJsonArray out;
    bool settingsSent = false;
    QSet<QString> seen; // a row written twice in the range is sent once, as it is now
    for (const ChangedRow& c : changes->rows) {
        const Collection* collection = collectionOf(c.table);
        if (!collection) {
            continue;
        }
        QJsonObject entry {{QStringLiteral("collection"), QLatin1String(collection->name)},
                           {QStringLiteral("revision"), static_cast<double>(c.revision)},
                           {QStringLiteral("deleted"), c.deleted}};
        if (c.table == QLatin1String("settings")) {
            if (settingsSent) {
                continue;
            }
            settingsSent = true;
            out.append(entry);
            continue;
        }
        entry.insert(QStringLiteral("id"), static_cast<double>(c.id));
        if (c.deleted) {
            const bool visible = c.table == QLatin1String("admins") || c.table == QLatin1String("jobs")
                ? AccessPolicy::canAdministerSystem(admin)
                : (c.regionId > 0 ? AccessPolicy::canSee(admin, c.regionId)
                                  : collection->nullRegionShared || AccessPolicy::canAdministerSystem(admin));
            if (visible) {
                out.append(entry);
            }
            continue;
        }
        const QString key = c.table + u'/' + QString::number(c.id);
        const auto found = rows.value(c.table).constFind(c.id);
        if (found == rows.value(c.table).constEnd() || seen.contains(key)) {
            continue; // not visible, or gone since (its deletion follows)
        }
        seen.insert(key);
        entry.insert(QStringLiteral("item"), found.value());
        out.append(entry);
    }
    r->reply(200,
             {{QStringLiteral("revision"), static_cast<double>(changes->revision)},
              {QStringLiteral("truncated"), changes->truncated},
              {QStringLiteral("changes"), out}});
}
