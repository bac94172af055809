#include "dashboardapi.h"

#include "accesspolicy.h"
#include "fleetstatistics.h"

namespace {
QJsonObject counts(const FleetCounts::Counts& c)
{
    return {{QStringLiteral("registered"), static_cast<double>(c.registered)},
            {QStringLiteral("unregistered"), static_cast<double>(c.notRegistered)},
            {QStringLiteral("disconnected"), static_cast<double>(c.disconnected)},
            {QStringLiteral("total"), static_cast<double>(c.total())},
            {QStringLiteral("percentRegistered"), c.percentRegistered()}};
}

QJsonArray groups(const QVector<FleetCounts::Group>& list, const char* key, bool withRegion)
{
    QJsonArray out;
    for (const FleetCounts::Group& g : list) {
        QJsonObject o = counts(g.counts);
        o.insert(QLatin1String(key), g.key);
        if (withRegion) {
            o.insert(QStringLiteral("regionId"),
                     g.regionId > 0 ? QJsonValue(static_cast<double>(g.regionId)) : QJsonValue());
        }
        out.append(o);
    }
    return out;
}
} // namespace

void DashboardApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/dashboard", ApiNeed::Read, [this](const ApiRequestPtr& r) { get(r); });
}

void DashboardApi::get(const ApiRequestPtr& r)
{
    const StoreResult<FleetCounts> fleet =
        FleetStatistics::count(store().database(), AccessPolicy::visibleRegions(r->admin()));
    if (!loaded(r, fleet)) {
        return;
    }
    QJsonObject o = counts(fleet->all);
    o.insert(QStringLiteral("pendingApproval"), static_cast<double>(fleet->pendingApproval));
    o.insert(QStringLiteral("byRegion"), groups(fleet->byRegion, "name", true));
    o.insert(QStringLiteral("byModel"), groups(fleet->byModel, "model", false));
    o.insert(QStringLiteral("byFirmware"), groups(fleet->byFirmware, "version", false));
    r->reply(200, o);
}
