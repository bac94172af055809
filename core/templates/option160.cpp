#include "option160.h"

#include <QUrl>

namespace {
QString base(const ServerContext& server, const QString& host)
{
    return (server.https ? QStringLiteral("https://") : QStringLiteral("http://")) + host;
}

QString encodedRegion(const QString& region)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(region));
}
} // namespace

namespace Option160 {
QString systemUrl(const ServerContext& server)
{
    return base(server, server.serverAddress) + QStringLiteral("/firmwarefiles;ipp/dhcpoption160.cfg");
}

QString regionUrl(const ServerContext& server, const QString& region)
{
    return base(server, server.serverAddress) + QStringLiteral("/firmwarefiles;ipp/region/") + encodedRegion(region)
        + u'/';
}

QString sbcSystemUrl(const ServerContext& server, const QString& sbcProxy)
{
    return base(server, sbcProxy) + QStringLiteral("/firmwarefiles;ipp/dhcpoption160.cfg");
}

QString sbcRegionUrl(const ServerContext& server, const QString& sbcProxy, const QString& region)
{
    return base(server, sbcProxy) + QStringLiteral("/firmwarefiles;ipp/region/") + encodedRegion(region) + u'/';
}

QString perModelFileUrl(const ServerContext& server)
{
    return base(server, server.serverAddress) + QStringLiteral("/firmwarefiles;configfiles/<MODEL>_<MAC>_conf.cfg");
}

QString defaultSystemFileTemplate()
{
    return QStringLiteral("; dhcpoption160.cfg: sends a new phone to PhoneFleet, where it waits for approval\n"
                          "provisioning/method=STATIC\n"
                          "provisioning/configuration/url=%ITCS_HTTP_OR_S%://%ITCS_ServerIP%/ipp/\n"
                          "provisioning/firmware/url=%ITCS_HTTP_OR_S%://%ITCS_ServerIP%/firmwarefiles/\n"
                          "ems_server/provisioning/url=%ITCS_HTTP_OR_S%://%ITCS_ServerIP%/\n"
                          "ems_server/keep_alive_period=%ITCS_KeepAlivePeriod%\n"
                          "provisioning/random_provisioning_time=120\n"
                          "provisioning/period/type=DAILY\n"
                          "provisioning/period/daily/time=00:00\n");
}

RenderResult renderSystemFile(const QString& templateText, const ServerContext& server)
{
    PlaceholderScope scope;
    scope.setLevel(ValueSource::Builtin, BuiltinPlaceholders::values(Device(), nullptr, server));
    return TemplateRenderer::render(templateText.isEmpty() ? defaultSystemFileTemplate() : templateText, scope);
}
} // namespace Option160
