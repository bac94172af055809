#include "knownservers.h"

#include <QSettings>

namespace {
QString keyFor(const QString& serverUrl)
{
    // QSettings treats '/' as a group separator.
    return QStringLiteral("pinned-certificates/") + QString::fromLatin1(serverUrl.toUtf8().toPercentEncoding());
}
} // namespace

namespace KnownServers {
QString fingerprint(const QString& serverUrl)
{
    return QSettings(QStringLiteral("PhoneFleet"), QStringLiteral("known-servers")).value(keyFor(serverUrl)).toString();
}

void setFingerprint(const QString& serverUrl, const QString& fingerprint)
{
    QSettings settings(QStringLiteral("PhoneFleet"), QStringLiteral("known-servers"));
    settings.setValue(keyFor(serverUrl), fingerprint);
    settings.sync();
}

void forget(const QString& serverUrl)
{
    QSettings settings(QStringLiteral("PhoneFleet"), QStringLiteral("known-servers"));
    settings.remove(keyFor(serverUrl));
    settings.sync();
}
} // namespace KnownServers
