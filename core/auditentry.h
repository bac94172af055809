#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

enum class LogLevel { Error, Warn, Info, Debug, Verbose };

QString logLevelToString(LogLevel level);
bool logLevelFromString(const QString& text, LogLevel* level);

// The two logs of the vendor's console: the web-admin log (what administrators did) and the
// activity log (what phones and the server did).
enum class LogKind { Activity, WebAdmin };

QString logKindToString(LogKind kind);
bool logKindFromString(const QString& text, LogKind* kind);

// One line of a log: who did what, when, from where. Never holds a secret.
struct AuditEntry
{
    qint64 id = 0;
    qint64 revision = 0;
    QDateTime time; // UTC
    LogLevel level = LogLevel::Info;
    LogKind kind = LogKind::Activity;
    QString adminName;
    QString sourceAddress;
    QString action;
    QString target;
    QString details;
    // The region the entry is about (0: none, or the whole system): regional administrators
    // see the entries of their regions only.
    qint64 regionId = 0;
};
