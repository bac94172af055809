#include "userimporter.h"

#include "rowqueries.h"
#include "rowtraits.h"
#include "store.h"

#include <QHash>

namespace {
template <class T, class Key>
StoreResult<QHash<QString, T>> byKey(Repository<T>& repository, const QString& column, const QStringList& keys, Key key)
{
    QVariantList values;
    values.reserve(keys.size());
    for (const QString& k : keys) {
        values.append(k);
    }
    StoreResult<QVector<T>> rows = repository.listWhereIn(column, values);
    if (!rows) {
        return rows.error();
    }
    QHash<QString, T> out;
    out.reserve(rows->size());
    for (const T& row : rows.value()) {
        out.insert(key(row), row);
    }
    return out;
}

// The stored device (or a new one) with the file's fields: those with a CSV header. An empty
// model cell keeps the device's model and flavour.
Device applied(Device d, const UserCsvDevice& line, qint64 userId, qint64 regionId)
{
    for (const Field<Device>& f : fieldsOf<Device>().fields()) {
        if (!f.csv || (qstrcmp(f.member, "model") == 0 && line.model.isEmpty())) {
            continue;
        }
        f.set(&d, f.get(line));
    }
    if (!line.model.isEmpty()) {
        d.teams = line.teams;
        d.modelName = line.modelName;
    }
    d.userId = userId;
    moveToRegion(&d, regionId);
    d.approval = ApprovalState::Approved;
    return d;
}
} // namespace

namespace UserImporter {
StoreError apply(Store& store, const QVector<UserCsvRow>& rows, const Admin& admin, bool createRegions,
                 UserImportResult* result)
{
    *result = UserImportResult();
    QStringList names;
    QStringList macs;
    for (const UserCsvRow& row : rows) {
        names.append(row.name);
        for (const UserCsvDevice& d : row.devices) {
            macs.append(d.mac.toString());
        }
    }
    StoreResult<QVector<Region>> regionList = store.regions().list();
    if (!regionList) {
        return regionList.error();
    }
    QHash<QString, Region> regions;
    for (const Region& r : regionList.value()) {
        regions.insert(r.name.toLower(), r);
    }
    StoreResult<QHash<QString, User>> users =
        byKey(store.users(), QStringLiteral("name"), names, [](const User& u) { return u.name; });
    StoreResult<QHash<QString, Device>> devices =
        byKey(store.devices(), QStringLiteral("mac"), macs, [](const Device& d) { return d.mac.toString(); });
    if (!users || !devices) {
        return users ? devices.error() : users.error();
    }
    // What will be written, once every line has been checked.
    struct Plan
    {
        QVector<User> newUsers;
        QVector<User> changedUsers;
        QVector<const UserCsvRow*> lines; // the good lines, and their region
        QVector<qint64> regions;
    } plan;
    for (const UserCsvRow& row : rows) {
        QStringList problems;
        auto problem = [&](const QString& text) { problems.append(text); };
        qint64 regionId = 0;
        if (!row.region.isEmpty()) {
            auto found = regions.find(row.region.toLower());
            if (found == regions.end() && createRegions && AccessPolicy::canAdministerSystem(admin)) {
                Region created;
                created.name = row.region;
                StoreResult<Region> saved = store.regions().insert(created);
                if (!saved) {
                    return saved.error();
                }
                ++result->regionsAdded;
                found = regions.insert(row.region.toLower(), saved.value());
            }
            if (found == regions.end() || !AccessPolicy::canSee(admin, found->id)) {
                problem(QStringLiteral("no region '%1'").arg(row.region));
            } else {
                regionId = found->id;
            }
        }
        if (problems.isEmpty() && !AccessPolicy::canModify(admin, regionId)) {
            problem(regionId > 0 ? QStringLiteral("you may not change users of region '%1'").arg(row.region)
                                 : QStringLiteral("a user needs a region"));
        }
        const auto existing = users->constFind(row.name);
        const bool known = existing != users->constEnd();
        if (known && !AccessPolicy::canModify(admin, existing->regionId)) {
            problem(QStringLiteral("user '%1' belongs to a region you may not change").arg(row.name));
        }
        for (const UserCsvDevice& d : row.devices) {
            const auto device = devices->constFind(d.mac.toString());
            if (device != devices->constEnd() && !AccessPolicy::canModify(admin, device->regionId)) {
                problem(QStringLiteral("phone %1 belongs to a region you may not change").arg(d.mac.toString()));
            }
        }
        if (!problems.isEmpty()) {
            result->problems.append({row.line, problems.join(QLatin1String("; "))});
            continue;
        }
        User user = known ? existing.value() : User();
        user.name = row.name;
        user.displayName = row.displayName;
        user.regionId = regionId;
        if (!row.password.isEmpty()) {
            user.password = row.password;
        }
        if (!known) {
            plan.newUsers.append(user);
        } else if (RowTraits<User>::values(user) != RowTraits<User>::values(existing.value())) {
            plan.changedUsers.append(user);
        }
        ++(known ? result->usersUpdated : result->usersAdded);
        plan.lines.append(&row);
        plan.regions.append(regionId);
    }
    if (!result->problems.isEmpty()) {
        return {StoreError::Code::Invalid,
                QStringLiteral("%1 line(s) of the file cannot be imported; nothing was imported")
                    .arg(result->problems.size())};
    }
    // Few statements for many rows: on PostgreSQL each statement is a round trip.
    const StoreResult<QVector<User>> added = store.users().insertMany(plan.newUsers, QStringLiteral("name"));
    if (!added) {
        return added.error();
    }
    if (StoreError e = store.users().updateMany(plan.changedUsers); e.isError()) {
        return e;
    }
    QHash<QString, qint64> userIds;
    for (const User& u : users.value()) {
        userIds.insert(u.name, u.id);
    }
    for (const User& u : added.value()) {
        userIds.insert(u.name, u.id);
    }
    QVector<Device> newDevices;
    QVector<Device> changedDevices;
    for (qsizetype i = 0; i < plan.lines.size(); ++i) {
        const UserCsvRow& row = *plan.lines.at(i);
        for (const UserCsvDevice& line : row.devices) {
            const auto device = devices->constFind(line.mac.toString());
            const bool knownDevice = device != devices->constEnd();
            Device d =
                applied(knownDevice ? device.value() : Device(), line, userIds.value(row.name), plan.regions.at(i));
            if (!knownDevice) {
                assignProvisioningCredentials(&d);
                newDevices.append(d);
            } else if (RowTraits<Device>::values(d) != RowTraits<Device>::values(device.value())) {
                changedDevices.append(d);
            }
            ++(knownDevice ? result->devicesUpdated : result->devicesAdded);
        }
    }
    if (const StoreResult<QVector<Device>> inserted = store.devices().insertMany(newDevices, QStringLiteral("mac"));
        !inserted) {
        return inserted.error();
    }
    if (StoreError e = store.devices().updateMany(changedDevices); e.isError()) {
        return e;
    }
    return {};
}

StoreResult<QVector<UserCsvRow>> exportRows(Store& store, const RegionScope& scope)
{
    RowQuery userQuery = RowQueries::users({}, scope);
    userQuery.orderBy = QStringLiteral("name");
    const StoreResult<QVector<User>> users = store.users().query(userQuery);
    RowQuery deviceQuery = RowQueries::devices(DeviceFilter(), scope);
    deviceQuery.where += QString(deviceQuery.where.isEmpty() ? QString() : QStringLiteral(" AND "))
        + QStringLiteral("user_id IS NOT NULL");
    const StoreResult<QVector<Device>> devices = store.devices().query(deviceQuery);
    const StoreResult<QVector<Region>> regions = store.regions().list();
    if (!users || !devices || !regions) {
        return !users ? users.error() : !devices ? devices.error() : regions.error();
    }
    QHash<qint64, QString> regionNames;
    for (const Region& r : regions.value()) {
        regionNames.insert(r.id, r.name);
    }
    QHash<qint64, QVector<UserCsvDevice>> byUser;
    for (const Device& d : devices.value()) {
        byUser[d.userId].append(d); // the file writes the fields that have a CSV header
    }
    QVector<UserCsvRow> rows;
    rows.reserve(users->size());
    for (const User& u : users.value()) {
        UserCsvRow row;
        row.name = u.name;
        row.displayName = u.displayName;
        row.region = regionNames.value(u.regionId);
        row.devices = byUser.value(u.id);
        rows.append(row);
    }
    return rows;
}
} // namespace UserImporter
