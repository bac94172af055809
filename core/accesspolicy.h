#pragma once

#include "admin.h"

#include <QVector>

// The regions whose rows an administrator may see: all of them, or a list.
struct RegionScope
{
    bool all = false;
    QVector<qint64> regions; // sorted; meaningful when !all

    bool contains(qint64 regionId) const { return all || regions.contains(regionId); }
};

// Decides what an administrator may see and do. Every layer asks this one place.
//
// Rows that belong to a region (devices, users, their alarms, the region's templates and
// values) follow the administrator's level in that region; such a row without a region (a
// phone waiting for approval) is the system administrators' alone. Shared rows (system-wide
// templates and values, configuration and firmware files, server settings) are seen by every
// administrator and changed by system administrators only, as are regions and administrators.
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
// A row that is shared when regionId is 0 (templates) and the region's otherwise.
bool canSeeRegionOrShared(const Admin& admin, qint64 regionId);
bool canModifyRegionOrShared(const Admin& admin, qint64 regionId);
// Whether the administrator may change anything at all (a regional administrator who is
// Operator nowhere may not): what a console uses to grey out its write actions.
bool canWriteAnywhere(const Admin& admin);
// Only a Super Administrator creates, changes or removes a Super Administrator.
bool canManageAdmin(const Admin& admin, const Admin& target);
RegionScope visibleRegions(const Admin& admin);
} // namespace AccessPolicy
