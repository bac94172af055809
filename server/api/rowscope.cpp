#include "rowscope.h"

#include "provisioningpath.h"
#include "store.h"

namespace {
RowScope deviceScope(Store& store, qint64 deviceId)
{
    const StoreResult<Device> d = store.devices().get(deviceId);
    return RowScope::ofRegion(d ? d->regionId : 0);
}

RowScope ownerScope(Store& store, PlaceholderLevel level, qint64 ownerId)
{
    switch (level) {
    case PlaceholderLevel::System:
        return {0, true};
    case PlaceholderLevel::Template: {
        const StoreResult<PhoneTemplate> t = store.templates().get(ownerId);
        return t ? RowScope::ofTemplate(t.value()) : RowScope {0, false};
    }
    case PlaceholderLevel::Region:
        return RowScope::ofRegion(ownerId);
    case PlaceholderLevel::Device:
        return deviceScope(store, ownerId);
    }
    return {};
}
} // namespace

RowScope RowScope::of(Store& store, const Placeholder& p)
{
    return ownerScope(store, p.level, p.ownerId);
}

RowScope RowScope::of(Store& store, const OverwriteValue& v)
{
    return ownerScope(store, v.level, v.ownerId);
}

RowScope RowScope::of(Store& store, const Alarm& a)
{
    return a.deviceId > 0 ? deviceScope(store, a.deviceId) : RowScope {};
}

RowScope RowScope::of(Store& store, const ConfigFile& f)
{
    const MacAddress mac = ProvisioningPath::deviceFileMac(f.fileName, nullptr);
    if (mac.isNull()) {
        return {0, true};
    }
    const StoreResult<Device> d = store.deviceByMac(mac);
    return ofRegion(d ? d->regionId : 0);
}

bool RowScope::visibleTo(const Admin& admin) const
{
    return shared || AccessPolicy::canSee(admin, regionId);
}

bool RowScope::modifiableBy(const Admin& admin) const
{
    return shared ? AccessPolicy::canAdministerSystem(admin) : AccessPolicy::canModify(admin, regionId);
}
