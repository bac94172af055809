#pragma once

#include "auditentry.h"

#include <QHash>
#include <QString>
#include <QStringList>

// The server's settings as stored by name in the settings table, with their defaults and
// checks. Template placeholders are not here: they are values for cfg files, these are how the
// server itself behaves.
struct ServerSettings
{
    int disconnectTimeoutMinutes = 120;         // no report for this long: "disconnected"
    int adminSessionSeconds = 8 * 3600;         // an admin API sign-in lasts this long
    LogLevel activityLogLevel = LogLevel::Info; // the activity log records this level and more severe
    int phonePushPort = 80; // commands are pushed to http://<phone IP>:<port>/phonefleet/push; 0: queue only
    // A phone that has fetched with its own credentials gets first contact (its file without
    // credentials, from its subnets) again at most once per this many minutes (a factory reset);
    // 0: only when an administrator allows it (allow-first-contact).
    int firstContactRepeatMinutes = 0;
    int installDelaySeconds = 0;       // a pause between two phones of a job of commands that restart nothing (0: none)
    QString sbcProxy;                  // host[:port] of the SBC's HTTP proxy for remote phones; empty: none
    QString systemProvisioningSubnets; // CIDR blocks from which any phone may fetch its file uncredentialed
    QString serverAddress;             // FQDN or IP[:port] phones use; empty: this host's name
    QString option160Template;         // dhcpoption160.cfg; empty: the shipped one

    // Alarm forwarding: syslog (RFC 5424 over UDP) and e-mail (SMTP, STARTTLS unless disabled).
    QString syslogHost;
    int syslogPort = 514;
    QString smtpHost;
    int smtpPort = 587;
    bool smtpStartTls = true;
    QString smtpUser;
    QString smtpPassword; // never logged, never in an export
    QString smtpCaFile;   // PEM CA certificates to trust besides the system's (a private CA)
    QString smtpFrom;
    QStringList smtpTo;

    bool forwardsToSyslog() const { return !syslogHost.isEmpty(); }
    bool forwardsByMail() const { return !smtpHost.isEmpty() && !smtpTo.isEmpty() && !smtpFrom.isEmpty(); }

    // Names as stored.
    static const QStringList& names();
    // Unknown names are ignored; a value that does not parse leaves the default and adds a
    // problem ("disconnect_timeout_minutes: 'soon' is not a number of minutes (1..10080)").
    static ServerSettings fromValues(const QHash<QString, QString>& values, QStringList* problems = nullptr);
    // Checks one value before it is stored; empty when fine.
    static QString check(const QString& name, const QString& value);
    // What a setting is when none is stored, as text ("" when it is off or derived).
    static QString defaultValue(const QString& name);
    // Settings that are never shown or logged once stored (the SMTP password).
    static bool isSecret(const QString& name);
};
