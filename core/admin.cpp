#include "admin.h"

QString adminRoleToString(AdminRole role)
{
    switch (role) {
    case AdminRole::SuperAdministrator:
        return QStringLiteral("super-administrator");
    case AdminRole::Administrator:
        return QStringLiteral("administrator");
    case AdminRole::Regional:
        break;
    }
    return QStringLiteral("regional");
}

bool adminRoleFromString(const QString& text, AdminRole* role)
{
    const QString word = text.trimmed().toLower();
    for (AdminRole r : {AdminRole::SuperAdministrator, AdminRole::Administrator, AdminRole::Regional}) {
        if (word == adminRoleToString(r)) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString accessLevelToString(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Operator:
        return QStringLiteral("operator");
    case AccessLevel::Monitoring:
        return QStringLiteral("monitoring");
    case AccessLevel::NotVisible:
        break;
    }
    return QStringLiteral("not-visible");
}

bool accessLevelFromString(const QString& text, AccessLevel* level)
{
    const QString word = text.trimmed().toLower();
    for (AccessLevel l : {AccessLevel::NotVisible, AccessLevel::Monitoring, AccessLevel::Operator}) {
        if (word == accessLevelToString(l)) {
            *level = l;
            return true;
        }
    }
    return false;
}
