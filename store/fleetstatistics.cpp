#include "fleetstatistics.h"

#include "database.h"
#include "device.h"
#include "devicefilter.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cmath>

double FleetCounts::Counts::percentRegistered() const
{
    const qint64 n = total();
    return n == 0 ? 0.0 : std::round(1000.0 * static_cast<double>(registered) / static_cast<double>(n)) / 10.0;
}

namespace {
void add(FleetCounts::Counts* c, DeviceFilter::Status status, qint64 n)
{
    switch (status) {
    case DeviceFilter::Status::Registered:
        c->registered += n;
        break;
    case DeviceFilter::Status::Disconnected:
        c->disconnected += n;
        break;
    case DeviceFilter::Status::NotRegistered:
    case DeviceFilter::Status::Any:
        c->notRegistered += n;
        break;
    }
}

QVector<FleetCounts::Group> sortedByCount(const QHash<QString, FleetCounts::Counts>& groups)
{
    QVector<FleetCounts::Group> out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        out.append({it.key(), 0, it.value()});
    }
    std::sort(out.begin(), out.end(), [](const FleetCounts::Group& a, const FleetCounts::Group& b) {
        return a.counts.total() != b.counts.total() ? a.counts.total() > b.counts.total() : a.key < b.key;
    });
    return out;
}
} // namespace

namespace FleetStatistics {
StoreResult<FleetCounts> count(const Database& db, const RegionScope& scope)
{
    QString where;
    QVariantList binds;
    if (!scope.all) {
        if (scope.regions.isEmpty()) {
            where = QStringLiteral(" WHERE 1 = 0");
        } else {
            where = QStringLiteral(" WHERE d.region_id IN (%1)")
                        .arg(QStringList(scope.regions.size(), QStringLiteral("?")).join(u','));
            for (const qint64 id : scope.regions) {
                binds.append(id);
            }
        }
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.region_id, r.name, d.model, d.firmware_version, d.sip_status, d.approval, "
                             "COUNT(*) FROM devices d LEFT JOIN regions r ON r.id = d.region_id%1 "
                             "GROUP BY d.region_id, r.name, d.model, d.firmware_version, d.sip_status, d.approval")
                  .arg(where));
    for (const QVariant& v : binds) {
        q.addBindValue(v);
    }
    if (StoreError e = db.exec(q, QStringLiteral("counting phones")); e.isError()) {
        return e;
    }
    FleetCounts out;
    QHash<qint64, FleetCounts::Group> regions;
    QHash<QString, FleetCounts::Counts> models;
    QHash<QString, FleetCounts::Counts> firmware;
    while (q.next()) {
        const qint64 regionId = q.value(0).toLongLong();
        const DeviceFilter::Status status = DeviceFilter::statusOf(sipStatusFromString(q.value(4).toString()));
        const qint64 n = q.value(6).toLongLong();
        add(&out.all, status, n);
        if (q.value(5).toString() == QLatin1String("pending")) {
            out.pendingApproval += n;
        }
        FleetCounts::Group& region = regions[regionId];
        region.regionId = regionId;
        region.key = q.value(1).toString();
        add(&region.counts, status, n);
        add(&models[q.value(2).toString()], status, n);
        add(&firmware[q.value(3).toString()], status, n);
    }
    out.byRegion = regions.values().toVector();
    std::sort(out.byRegion.begin(), out.byRegion.end(), [](const FleetCounts::Group& a, const FleetCounts::Group& b) {
        return a.key.compare(b.key, Qt::CaseInsensitive) < 0;
    });
    out.byModel = sortedByCount(models);
    out.byFirmware = sortedByCount(firmware);
    return out;
}
} // namespace FleetStatistics
