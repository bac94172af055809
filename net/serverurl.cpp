#include "serverurl.h"

#include <QHostAddress>

ServerUrl ServerUrl::parse(const QString& text, QString* error)
{
    QString input = text.trimmed();
    if (input.isEmpty()) {
        *error = QStringLiteral("no server address given");
        return {};
    }
    if (!input.contains(QLatin1String("://"))) {
        input.prepend(QLatin1String("https://"));
    }
    QUrl url(input, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QStringLiteral("'%1' is not a server address").arg(text.trimmed());
        return {};
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        *error = QStringLiteral("'%1': a PhoneFleet server is reached over https").arg(text.trimmed());
        return {};
    }
    const QHostAddress host(url.host());
    const bool loopback = host.isLoopback() || url.host() == QLatin1String("localhost");
    if (scheme == QLatin1String("http") && !loopback) {
        *error = QStringLiteral("'%1': plain http would send passwords in clear; use https").arg(text.trimmed());
        return {};
    }
    if (!url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty()) {
        *error = QStringLiteral("'%1': give only scheme, host, port and path").arg(text.trimmed());
        return {};
    }
    QString path = url.path();
    if (!path.endsWith(u'/')) {
        path.append(u'/');
    }
    url.setPath(path);
    url.setScheme(scheme);
    ServerUrl result;
    result.m_base = url;
    return result;
}

QUrl ServerUrl::apiUrl(const QString& path) const
{
    QString relative = path;
    while (relative.startsWith(u'/')) {
        relative.remove(0, 1);
    }
    return m_base.resolved(QUrl(QStringLiteral("api/v1/") + relative));
}
