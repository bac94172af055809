#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

enum class LogLevel { Error, Warn, Info, Debug, Verbose };

QString logLevelToString(LogLevel level);
bool logLevelFromString(const QString& text, LogLevel* level);

// One line of the web-admin log: who did what, when, from where. Never holds a secret.
struct AuditEntry
{
    qint64 id = 0;
    qint64 revision = 0;
    QDateTime time; // UTC
    LogLevel level = LogLevel::Info;
    QString adminName;
    QString sourceAddress;
    QString action;
    QString target;
    QString details;
};
