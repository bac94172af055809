#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

// Super Administrators and Administrators may do everything everywhere; a Regional
// administrator has a level per region.
enum class AdminRole { SuperAdministrator, Administrator, Regional };

// A regional administrator's rights in one region.
enum class AccessLevel {
    NotVisible, // the region's rows are absent from every list, count, search and export
    Monitoring, // read-only
    Operator,   // read-write
};

QString adminRoleToString(AdminRole role);
bool adminRoleFromString(const QString& text, AdminRole* role);
QString accessLevelToString(AccessLevel level);
bool accessLevelFromString(const QString& text, AccessLevel* level);

// An account of the admin API and console. passwordHash is a PBKDF2 string, never a password.
struct Admin
{
    qint64 id = 0;
    qint64 revision = 0;
    QString name;
    AdminRole role = AdminRole::Regional;
    QString passwordHash;
    QHash<qint64, AccessLevel> regionLevels; // region id -> level; absent: NotVisible
};
