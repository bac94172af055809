#include "rowscope.h"

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
    case PlaceholderLevel::Site: {
        const StoreResult<Site> s = store.sites().get(ownerId);
        return RowScope::ofRegion(s ? s->regionId : 0);
    }
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
    switch (f.origin) {
    case ConfigFile::Origin::Device:
        // Whatever its name; a file whose phone is gone is the system administrators' alone.
        return f.deviceId > 0 ? deviceScope(store, f.deviceId) : ofRegion(0);
    case ConfigFile::Origin::Global:
        return f.regionId > 0 ? ofRegion(f.regionId) : RowScope {0, true};
    case ConfigFile::Origin::Uploaded:
        break;
    }
    return {0, true};
}

bool RowScope::visibleTo(const Admin& admin) const
{
    return shared || AccessPolicy::canSee(admin, regionId);
}

bool RowScope::modifiableBy(const Admin& admin) const
{
    return shared ? AccessPolicy::canAdministerSystem(admin) : AccessPolicy::canModify(admin, regionId);
}
