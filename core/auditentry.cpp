#include "auditentry.h"

QString logLevelToString(LogLevel level)
{
    switch (level) {
    case LogLevel::Error:
        return QStringLiteral("ERROR");
    case LogLevel::Warn:
        return QStringLiteral("WARN");
    case LogLevel::Info:
        return QStringLiteral("INFO");
    case LogLevel::Debug:
        return QStringLiteral("DEBUG");
    case LogLevel::Verbose:
        return QStringLiteral("VERBOSE");
    }
    return QStringLiteral("INFO");
}

bool logLevelFromString(const QString& text, LogLevel* level)
{
    const QString word = text.trimmed().toUpper();
    for (LogLevel l : {LogLevel::Error, LogLevel::Warn, LogLevel::Info, LogLevel::Debug, LogLevel::Verbose}) {
        if (word == logLevelToString(l)) {
            *level = l;
            return true;
        }
    }
    if (word == QLatin1String("WARNING")) {
        *level = LogLevel::Warn;
        return true;
    }
    return false;
}
