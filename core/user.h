#pragma once

#include <QString>
#include <QtGlobal>

// A phone user. The password is the SIP line password that templates place in the phone's
// cfg (%ITCS_Line1AuthPassword%): it is a secret and never goes to logs or exports.
struct User
{
    qint64 id = 0;
    qint64 revision = 0;
    QString name;
    QString displayName;
    qint64 regionId = 0;
    QString password;
};

// Moved as bytes when a QVector of them grows (Device's note): Qt types and numbers only.
Q_DECLARE_TYPEINFO(User, Q_RELOCATABLE_TYPE);
