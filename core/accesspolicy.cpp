#include "accesspolicy.h"

#include <algorithm>

namespace AccessPolicy {
AccessLevel levelIn(const Admin& admin, qint64 regionId)
{
    if (canAdministerSystem(admin)) {
        return AccessLevel::Operator;
    }
    if (regionId <= 0) {
        return AccessLevel::NotVisible;
    }
    return admin.regionLevels.value(regionId, AccessLevel::NotVisible);
}

bool canAdministerSystem(const Admin& admin)
{
    return admin.role == AdminRole::SuperAdministrator || admin.role == AdminRole::Administrator;
}

bool canSeeRegionOrShared(const Admin& admin, qint64 regionId)
{
    return regionId <= 0 || canSee(admin, regionId);
}

bool canModifyRegionOrShared(const Admin& admin, qint64 regionId)
{
    return regionId <= 0 ? canAdministerSystem(admin) : canModify(admin, regionId);
}

bool canWriteAnywhere(const Admin& admin)
{
    if (canAdministerSystem(admin)) {
        return true;
    }
    return std::any_of(admin.regionLevels.cbegin(), admin.regionLevels.cend(),
                       [](AccessLevel level) { return level == AccessLevel::Operator; });
}

bool canManageAdmin(const Admin& admin, const Admin& target)
{
    if (!canAdministerSystem(admin)) {
        return false;
    }
    return target.role != AdminRole::SuperAdministrator || admin.role == AdminRole::SuperAdministrator;
}

RegionScope visibleRegions(const Admin& admin)
{
    RegionScope scope;
    if (canAdministerSystem(admin)) {
        scope.all = true;
        return scope;
    }
    for (auto it = admin.regionLevels.cbegin(); it != admin.regionLevels.cend(); ++it) {
        if (it.value() != AccessLevel::NotVisible && it.key() > 0) {
            scope.regions.append(it.key());
        }
    }
    std::sort(scope.regions.begin(), scope.regions.end());
    return scope;
}
} // namespace AccessPolicy
