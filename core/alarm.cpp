#include "alarm.h"

QString alarmSeverityToString(AlarmSeverity severity)
{
    switch (severity) {
    case AlarmSeverity::Cleared:
        return QStringLiteral("cleared");
    case AlarmSeverity::Indeterminate:
        return QStringLiteral("indeterminate");
    case AlarmSeverity::Warning:
        return QStringLiteral("warning");
    case AlarmSeverity::Minor:
        return QStringLiteral("minor");
    case AlarmSeverity::Major:
        return QStringLiteral("major");
    case AlarmSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("indeterminate");
}

bool alarmSeverityFromString(const QString& text, AlarmSeverity* severity)
{
    const QString word = text.trimmed().toLower();
    bool isNumber = false;
    const int number = word.toInt(&isNumber);
    if (isNumber) {
        if (number < 0 || number > 5) {
            return false;
        }
        *severity = static_cast<AlarmSeverity>(number);
        return true;
    }
    for (int i = 0; i <= 5; ++i) {
        if (word == alarmSeverityToString(static_cast<AlarmSeverity>(i))) {
            *severity = static_cast<AlarmSeverity>(i);
            return true;
        }
    }
    return false;
}
