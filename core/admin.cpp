#include "admin.h"

#include "enumnames.h"

namespace {
const EnumName<AdminRole> roleNames[] = {
    {AdminRole::SuperAdministrator, "super-administrator"},
    {AdminRole::Administrator, "administrator"},
    {AdminRole::Regional, "regional"},
};
const EnumName<AccessLevel> levelNames[] = {
    {AccessLevel::NotVisible, "not-visible"},
    {AccessLevel::Monitoring, "monitoring"},
    {AccessLevel::Operator, "operator"},
};
} // namespace

QString adminRoleToString(AdminRole role)
{
    return enumToString(roleNames, role);
}

bool adminRoleFromString(const QString& text, AdminRole* role)
{
    return enumFromString(roleNames, text, role);
}

QString accessLevelToString(AccessLevel level)
{
    return enumToString(levelNames, level);
}

bool accessLevelFromString(const QString& text, AccessLevel* level)
{
    return enumFromString(levelNames, text, level);
}
