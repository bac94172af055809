#include "audittrail.h"

#include "groupcommitter.h"

#include <QDateTime>

void AuditTrail::record(LogLevel level, const QString& source, const QString& action, const QString& target,
                        const QString& details, const QString& admin)
{
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.level = level;
    entry.adminName = admin;
    entry.sourceAddress = source;
    entry.action = action;
    entry.target = target;
    entry.details = details;
    if (level == LogLevel::Error || level == LogLevel::Warn) {
        qWarning("%s %s %s %s", qPrintable(logLevelToString(level)), qPrintable(action), qPrintable(target),
                 qPrintable(details));
    }
    if (!records(level)) {
        return;
    }
    m_writer.submit([entry](Store& store) { return store.auditLog().insert(entry).error(); }, nullptr, {});
}
