#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

// X.733 severities as phones send them ("0".."5"); 0 clears an active alarm.
enum class AlarmSeverity { Cleared = 0, Indeterminate = 1, Warning = 2, Minor = 3, Major = 4, Critical = 5 };

QString alarmSeverityToString(AlarmSeverity severity);
bool alarmSeverityFromString(const QString& text, AlarmSeverity* severity);

// An alarm a phone raised. Active while clearedAt is invalid; every alarm stays in history.
struct Alarm
{
    qint64 id = 0;
    qint64 revision = 0;
    QString uniqueId;
    QString name;
    QString description;
    AlarmSeverity severity = AlarmSeverity::Indeterminate;
    QString sourceMac; // from "IPPhone/<mac>"
    qint64 deviceId = 0;
    QString type;
    QString probableCause;
    QString additionalInfo1;
    QString additionalInfo2;
    QDateTime raisedAt;  // UTC
    QDateTime clearedAt; // UTC; invalid while active

    bool isActive() const { return !clearedAt.isValid(); }
};
