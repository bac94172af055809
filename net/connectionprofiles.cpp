#include "connectionprofiles.h"

#include <QSettings>

#include <algorithm>

namespace {
QSettings settings()
{
    return QSettings(QStringLiteral("PhoneFleet"), QStringLiteral("connections"));
}

QString groupOf(const QString& name)
{
    // QSettings treats '/' and '\' specially in keys.
    return QStringLiteral("profiles/") + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
} // namespace

QString ConnectionProfile::tokenKey() const
{
    return QStringLiteral("token:%1@%2").arg(user, server.trimmed());
}

namespace ConnectionProfiles {
QVector<ConnectionProfile> all()
{
    QSettings s = settings();
    s.beginGroup(QStringLiteral("profiles"));
    QVector<ConnectionProfile> out;
    for (const QString& group : s.childGroups()) {
        s.beginGroup(group);
        ConnectionProfile p;
        p.name = s.value(QStringLiteral("name")).toString();
        p.server = s.value(QStringLiteral("server")).toString();
        p.user = s.value(QStringLiteral("user")).toString();
        s.endGroup();
        if (p.isValid()) {
            out.append(p);
        }
    }
    std::sort(out.begin(), out.end(), [](const ConnectionProfile& a, const ConnectionProfile& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

void save(const ConnectionProfile& profile)
{
    QSettings s = settings();
    s.beginGroup(groupOf(profile.name.trimmed()));
    s.setValue(QStringLiteral("name"), profile.name.trimmed());
    s.setValue(QStringLiteral("server"), profile.server.trimmed());
    s.setValue(QStringLiteral("user"), profile.user);
    s.endGroup();
    s.sync();
}

void remove(const QString& name)
{
    QSettings s = settings();
    s.remove(groupOf(name));
    if (s.value(QStringLiteral("last")).toString() == name) {
        s.remove(QStringLiteral("last"));
    }
    s.sync();
}

QString lastUsed()
{
    return settings().value(QStringLiteral("last")).toString();
}

void setLastUsed(const QString& name)
{
    QSettings s = settings();
    if (name.isEmpty()) {
        s.remove(QStringLiteral("last"));
    } else {
        s.setValue(QStringLiteral("last"), name);
    }
    s.sync();
}
} // namespace ConnectionProfiles
