#include "auditentry.h"

#include "enumnames.h"

namespace {
const EnumName<LogLevel> levelNames[] = {
    {LogLevel::Error, "ERROR"}, {LogLevel::Warn, "WARN"},       {LogLevel::Info, "INFO"},
    {LogLevel::Debug, "DEBUG"}, {LogLevel::Verbose, "VERBOSE"}, {LogLevel::Warn, "WARNING"},
};
const EnumName<LogKind> kindNames[] = {
    {LogKind::Activity, "activity"},
    {LogKind::WebAdmin, "web-admin"},
    {LogKind::WebAdmin, "webadmin"},
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

QString logKindToString(LogKind kind)
{
    return enumToString(kindNames, kind);
}

bool logKindFromString(const QString& text, LogKind* kind)
{
    return enumFromString(kindNames, text, kind);
}
