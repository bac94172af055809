#include "accesspolicy.h"

namespace AccessPolicy {
AccessLevel levelIn(const Admin& admin, qint64 regionId)
{
    if (canAdministerSystem(admin)) {
        return AccessLevel::Operator;
    }
    return admin.regionLevels.value(regionId, AccessLevel::NotVisible);
}

bool canAdministerSystem(const Admin& admin)
{
    return admin.role == AdminRole::SuperAdministrator || admin.role == AdminRole::Administrator;
}
} // namespace AccessPolicy
