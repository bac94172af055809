#include "serversettings.h"

namespace {
struct IntRange
{
    int min;
    int max;
};

bool parseInt(const QString& text, IntRange range, int* out)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < range.min || v > range.max) {
        return false;
    }
    *out = v;
    return true;
}

bool parseBool(const QString& text, bool* out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes")) {
        *out = true;
        return true;
    }
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no")) {
        *out = false;
        return true;
    }
    return false;
}

const IntRange minutes {1, 7 * 24 * 60};
const IntRange sessionSeconds {5, 30 * 24 * 3600};
const IntRange ports {1, 65535};
} // namespace

const QStringList& ServerSettings::names()
{
    static const QStringList n = {
        QStringLiteral("disconnect_timeout_minutes"),
        QStringLiteral("admin_session_seconds"),
        QStringLiteral("activity_log_level"),
        QStringLiteral("phone_push_port"),
        QStringLiteral("install_delay_seconds"),
        QStringLiteral("first_contact_repeat_minutes"),
        QStringLiteral("system_provisioning_subnets"),
        QStringLiteral("server_address"),
        QStringLiteral("dhcp_option160_template"),
        QStringLiteral("sbc_proxy"),
        QStringLiteral("alarm_syslog_host"),
        QStringLiteral("alarm_syslog_port"),
        QStringLiteral("alarm_smtp_host"),
        QStringLiteral("alarm_smtp_port"),
        QStringLiteral("alarm_smtp_starttls"),
        QStringLiteral("alarm_smtp_user"),
        QStringLiteral("alarm_smtp_password"),
        QStringLiteral("alarm_smtp_ca_file"),
        QStringLiteral("alarm_smtp_from"),
        QStringLiteral("alarm_smtp_to"),
    };
    return n;
}

QString ServerSettings::check(const QString& name, const QString& value)
{
    int i = 0;
    bool b = false;
    if (name == QLatin1String("disconnect_timeout_minutes") && !parseInt(value, minutes, &i)) {
        return QStringLiteral("%1: '%2' is not a number of minutes (%3..%4)")
            .arg(name, value)
            .arg(minutes.min)
            .arg(minutes.max);
    }
    if (name == QLatin1String("admin_session_seconds") && !parseInt(value, sessionSeconds, &i)) {
        return QStringLiteral("%1: '%2' is not a number of seconds (%3..%4)")
            .arg(name, value)
            .arg(sessionSeconds.min)
            .arg(sessionSeconds.max);
    }
    LogLevel level = LogLevel::Info;
    if (name == QLatin1String("activity_log_level") && !logLevelFromString(value, &level)) {
        return QStringLiteral("%1: '%2' is not ERROR, WARN, INFO, DEBUG or VERBOSE").arg(name, value);
    }
    if (name == QLatin1String("phone_push_port") && !value.isEmpty() && !parseInt(value, {0, 65535}, &i)) {
        return QStringLiteral("%1: '%2' is not a port (1..65535, or 0 to never push)").arg(name, value);
    }
    if (name == QLatin1String("install_delay_seconds") && !value.isEmpty() && !parseInt(value, {0, 3600}, &i)) {
        return QStringLiteral("%1: '%2' is not a number of seconds (0..3600)").arg(name, value);
    }
    if (name == QLatin1String("first_contact_repeat_minutes") && !value.isEmpty()
        && !parseInt(value, {0, 7 * 24 * 60}, &i)) {
        return QStringLiteral("%1: '%2' is not a number of minutes (0..10080; 0: never)").arg(name, value);
    }
    if ((name == QLatin1String("alarm_syslog_port") || name == QLatin1String("alarm_smtp_port")) && !value.isEmpty()
        && !parseInt(value, ports, &i)) {
        return QStringLiteral("%1: '%2' is not a port (1..65535)").arg(name, value);
    }
    if (name == QLatin1String("alarm_smtp_starttls") && !value.isEmpty() && !parseBool(value, &b)) {
        return QStringLiteral("%1: '%2' is not true or false").arg(name, value);
    }
    if (name != QLatin1String("dhcp_option160_template") && (value.contains(u'\n') || value.contains(u'\r'))) {
        return QStringLiteral("%1: a setting cannot hold a line break").arg(name);
    }
    return {};
}

ServerSettings ServerSettings::fromValues(const QHash<QString, QString>& values, QStringList* problems)
{
    ServerSettings s;
    auto note = [&](const QString& name) {
        const QString problem = check(name, values.value(name));
        if (!problem.isEmpty() && problems) {
            problems->append(problem);
        }
        return problem.isEmpty();
    };
    const auto has = [&](const char* name) { return values.contains(QLatin1String(name)); };
    if (has("disconnect_timeout_minutes") && note(QStringLiteral("disconnect_timeout_minutes"))) {
        parseInt(values.value(QStringLiteral("disconnect_timeout_minutes")), minutes, &s.disconnectTimeoutMinutes);
    }
    if (has("admin_session_seconds") && note(QStringLiteral("admin_session_seconds"))) {
        parseInt(values.value(QStringLiteral("admin_session_seconds")), sessionSeconds, &s.adminSessionSeconds);
    }
    if (has("activity_log_level") && note(QStringLiteral("activity_log_level"))) {
        logLevelFromString(values.value(QStringLiteral("activity_log_level")), &s.activityLogLevel);
    }
    if (has("phone_push_port") && note(QStringLiteral("phone_push_port"))) {
        parseInt(values.value(QStringLiteral("phone_push_port")), {0, 65535}, &s.phonePushPort);
    }
    if (has("install_delay_seconds") && note(QStringLiteral("install_delay_seconds"))) {
        parseInt(values.value(QStringLiteral("install_delay_seconds")), {0, 3600}, &s.installDelaySeconds);
    }
    if (has("first_contact_repeat_minutes") && note(QStringLiteral("first_contact_repeat_minutes"))) {
        parseInt(values.value(QStringLiteral("first_contact_repeat_minutes")), {0, 7 * 24 * 60},
                 &s.firstContactRepeatMinutes);
    }
    s.sbcProxy = values.value(QStringLiteral("sbc_proxy")).trimmed();
    s.systemProvisioningSubnets = values.value(QStringLiteral("system_provisioning_subnets")).trimmed();
    s.serverAddress = values.value(QStringLiteral("server_address")).trimmed();
    s.option160Template = values.value(QStringLiteral("dhcp_option160_template"));
    s.syslogHost = values.value(QStringLiteral("alarm_syslog_host")).trimmed();
    if (has("alarm_syslog_port") && note(QStringLiteral("alarm_syslog_port"))) {
        parseInt(values.value(QStringLiteral("alarm_syslog_port")), ports, &s.syslogPort);
    }
    s.smtpHost = values.value(QStringLiteral("alarm_smtp_host")).trimmed();
    if (has("alarm_smtp_port") && note(QStringLiteral("alarm_smtp_port"))) {
        parseInt(values.value(QStringLiteral("alarm_smtp_port")), ports, &s.smtpPort);
    }
    if (has("alarm_smtp_starttls") && note(QStringLiteral("alarm_smtp_starttls"))) {
        parseBool(values.value(QStringLiteral("alarm_smtp_starttls")), &s.smtpStartTls);
    }
    s.smtpUser = values.value(QStringLiteral("alarm_smtp_user"));
    s.smtpPassword = values.value(QStringLiteral("alarm_smtp_password"));
    s.smtpCaFile = values.value(QStringLiteral("alarm_smtp_ca_file")).trimmed();
    s.smtpFrom = values.value(QStringLiteral("alarm_smtp_from")).trimmed();
    for (const QString& to : values.value(QStringLiteral("alarm_smtp_to")).split(u',', Qt::SkipEmptyParts)) {
        if (!to.trimmed().isEmpty()) {
            s.smtpTo.append(to.trimmed());
        }
    }
    return s;
}

QString ServerSettings::defaultValue(const QString& name)
{
    const ServerSettings d;
    if (name == QLatin1String("disconnect_timeout_minutes")) {
        return QString::number(d.disconnectTimeoutMinutes);
    }
    if (name == QLatin1String("admin_session_seconds")) {
        return QString::number(d.adminSessionSeconds);
    }
    if (name == QLatin1String("alarm_syslog_port")) {
        return QString::number(d.syslogPort);
    }
    if (name == QLatin1String("activity_log_level")) {
        return logLevelToString(d.activityLogLevel);
    }
    if (name == QLatin1String("phone_push_port")) {
        return QString::number(d.phonePushPort);
    }
    if (name == QLatin1String("install_delay_seconds")) {
        return QString::number(d.installDelaySeconds);
    }
    if (name == QLatin1String("first_contact_repeat_minutes")) {
        return QString::number(d.firstContactRepeatMinutes);
    }
    if (name == QLatin1String("alarm_smtp_port")) {
        return QString::number(d.smtpPort);
    }
    if (name == QLatin1String("alarm_smtp_starttls")) {
        return d.smtpStartTls ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

bool ServerSettings::isSecret(const QString& name)
{
    return name == QLatin1String("alarm_smtp_password");
}
