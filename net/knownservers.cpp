#include "knownservers.h"

#include "consolesettings.h"

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
    return ConsoleSettings::open(ConsoleSettings::File::KnownServers)->value(keyFor(serverUrl)).toString();
}

void setFingerprint(const QString& serverUrl, const QString& fingerprint)
{
    const auto settings = ConsoleSettings::open(ConsoleSettings::File::KnownServers);
    settings->setValue(keyFor(serverUrl), fingerprint);
    settings->sync();
}

void forget(const QString& serverUrl)
{
    const auto settings = ConsoleSettings::open(ConsoleSettings::File::KnownServers);
    settings->remove(keyFor(serverUrl));
    settings->sync();
}
} // namespace KnownServers
