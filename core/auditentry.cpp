#include "auditentry.h"

#include "enumnames.h"

namespace {
const EnumName<LogLevel> levelNames[] = {
    {LogLevel::Error, "ERROR"}, {LogLevel::Warn, "WARN"},       {LogLevel::Info, "INFO"},
    {LogLevel::Debug, "DEBUG"}, {LogLevel::Verbose, "VERBOSE"}, {LogLevel::Warn, "WARNING"},
};
} // namespace

QString logLevelToString(LogLevel level)
{
    return enumToString(levelNames, level);
}

bool logLevelFromString(const QString& text, LogLevel* level)
{
    return enumFromString(levelNames, text, level);
}
