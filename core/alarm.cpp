#include "alarm.h"

#include "enumnames.h"

namespace {
const EnumName<AlarmSeverity> severityNames[] = {
    {AlarmSeverity::Cleared, "cleared"}, {AlarmSeverity::Indeterminate, "indeterminate"},
    {AlarmSeverity::Warning, "warning"}, {AlarmSeverity::Minor, "minor"},
    {AlarmSeverity::Major, "major"},     {AlarmSeverity::Critical, "critical"},
};
} // namespace

QString alarmSeverityToString(AlarmSeverity severity)
{
    return enumToString(severityNames, severity);
}

bool alarmSeverityFromString(const QString& text, AlarmSeverity* severity)
{
    bool isNumber = false;
    const int number = text.trimmed().toInt(&isNumber);
    if (isNumber) {
        if (number < 0 || number > 5) {
            return false;
        }
        *severity = static_cast<AlarmSeverity>(number);
        return true;
    }
    return enumFromString(severityNames, text, severity);
}
