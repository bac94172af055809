// The field table of the server's settings (serversettings.h): one row a setting in the
// settings table, so a field's "column" is the setting's name and its value is read from text.
// Apart from entityfields.cpp, whose tables describe rows.
#include "entityfields.h"

template <>
const FieldTable<ServerSettings>& fieldsOf<ServerSettings>()
{
    using namespace FieldFlag;
    using F = Field<ServerSettings>;
    using S = ServerSettings;
    constexpr qint64 week = 7 * 24 * 60;
    static const FieldTable<ServerSettings> table(
        "setting", "",
        {
            F::integer("disconnectTimeoutMinutes", &S::disconnectTimeoutMinutes, 1, week)
                .stored("disconnect_timeout_minutes")
                .with(Required)
                .labelled(QT_TRANSLATE_NOOP("Field", "Disconnect timeout (minutes)")),
            F::integer("adminSessionSeconds", &S::adminSessionSeconds, 5, 30 * 24 * 3600)
                .stored("admin_session_seconds")
                .with(Required)
                .labelled(QT_TRANSLATE_NOOP("Field", "Administrator session (seconds)")),
            F::choice("activityLogLevel", &S::activityLogLevel,
                      {QStringLiteral("ERROR"), QStringLiteral("WARN"), QStringLiteral("INFO"), QStringLiteral("DEBUG"),
                       QStringLiteral("VERBOSE")},
                      logLevelToString, logLevelFromString)
                .alsoTaking({QStringLiteral("WARNING")})
                .stored("activity_log_level")
                .labelled(QT_TRANSLATE_NOOP("Field", "Activity log level")),
            F::integer("phonePushPort", &S::phonePushPort, 0, 65535)
                .stored("phone_push_port")
                .labelled(QT_TRANSLATE_NOOP("Field", "Phone push port (0: never push)")),
            F::integer("installDelaySeconds", &S::installDelaySeconds, 0, 3600)
                .stored("install_delay_seconds")
                .labelled(QT_TRANSLATE_NOOP("Field", "Pause between two phones (seconds)")),
            F::integer("firstContactRepeatMinutes", &S::firstContactRepeatMinutes, 0, week)
                .stored("first_contact_repeat_minutes")
                .labelled(QT_TRANSLATE_NOOP("Field", "First contact again after (minutes; 0: never)")),
            F::text("systemProvisioningSubnets", &S::systemProvisioningSubnets)
                .stored("system_provisioning_subnets")
                .with(Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "System provisioning subnets")),
            F::text("serverAddress", &S::serverAddress)
                .stored("server_address")
                .with(Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "Server address")),
            F::lines("option160Template", &S::option160Template)
                .stored("dhcp_option160_template")
                .labelled(QT_TRANSLATE_NOOP("Field", "DHCP option 160 file")),
            F::text("sbcProxy", &S::sbcProxy)
                .stored("sbc_proxy")
                .with(Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "SBC HTTP proxy")),
            F::text("syslogHost", &S::syslogHost)
                .stored("alarm_syslog_host")
                .with(Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "Syslog host")),
            F::integer("syslogPort", &S::syslogPort, 1, 65535)
                .stored("alarm_syslog_port")
                .labelled(QT_TRANSLATE_NOOP("Field", "Syslog port")),
            F::text("smtpHost", &S::smtpHost)
                .stored("alarm_smtp_host")
                .with(Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "SMTP host")),
            F::integer("smtpPort", &S::smtpPort, 1, 65535)
                .stored("alarm_smtp_port")
                .labelled(QT_TRANSLATE_NOOP("Field", "SMTP port")),
            F::flag("smtpStartTls", &S::smtpStartTls)
                .stored("alarm_smtp_starttls")
                .labelled(QT_TRANSLATE_NOOP("Field", "SMTP STARTTLS")),
            F::text("smtpUser", &S::smtpUser)
                .stored("alarm_smtp_user")
                .labelled(QT_TRANSLATE_NOOP("Field", "SMTP user")),
            F::text("smtpPassword", &S::smtpPassword)
                .stored("alarm_smtp_password")
                .with(Secret | WriteOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "SMTP password")),
            F::text("smtpCaFile", &S::smtpCaFile)
                .stored("alarm_smtp_ca_file")
                .with(Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "SMTP CA certificates file")),
            F::text("smtpFrom", &S::smtpFrom)
                .stored("alarm_smtp_from")
                .with(Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "SMTP sender")),
            // Comma-separated addresses.
            F::custom(
                "smtpTo", FieldType::Text,
                [](const S& s) { return FieldValue::ofText(s.smtpTo.join(QLatin1String(", "))); },
                [](S* s, const FieldValue& v) {
                    s->smtpTo.clear();
                    for (const QString& to : v.text.split(u',', Qt::SkipEmptyParts)) {
                        if (!to.trimmed().isEmpty()) {
                            s->smtpTo.append(to.trimmed());
                        }
                    }
                })
                .stored("alarm_smtp_to")
                .with(Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "SMTP recipients")),
        });
    return table;
}
