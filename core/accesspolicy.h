#pragma once

#include "admin.h"

// Decides what an administrator may see and do in a region. Every layer asks this one place.
namespace AccessPolicy {
AccessLevel levelIn(const Admin& admin, qint64 regionId);
inline bool canSee(const Admin& admin, qint64 regionId)
{
    return levelIn(admin, regionId) != AccessLevel::NotVisible;
}
inline bool canModify(const Admin& admin, qint64 regionId)
{
    return levelIn(admin, regionId) == AccessLevel::Operator;
}
// System-wide settings, administrators and regions themselves.
bool canAdministerSystem(const Admin& admin);
} // namespace AccessPolicy
