#pragma once

#include "alarm.h"

#include <QByteArray>
#include <QString>

// How an alarm leaves PhoneFleet: an RFC 5424 syslog message and an e-mail. Pure formatting;
// the server does the sending.
namespace AlarmFormat {
// "<PRI>1 TIMESTAMP HOST phonefleetd - ALARM|CLEAR [phonefleet@32473 ...] text", facility
// local0, severity from the alarm's (critical -> crit, major -> err, minor/warning -> warning,
// indeterminate -> notice, cleared -> notice). Structured-data values are escaped as the RFC
// requires; the message is UTF-8 with a BOM.
QByteArray syslogMessage(const Alarm& alarm, bool cleared, const QString& hostName);
QString mailSubject(const Alarm& alarm, bool cleared);
// A complete RFC 5322 message (headers and body, CRLF line ends, dot-stuffed for DATA).
QByteArray mailMessage(const Alarm& alarm, bool cleared, const QString& from, const QStringList& to,
                       const QString& hostName);
} // namespace AlarmFormat
