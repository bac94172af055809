#include "connectionprofiles.h"

#include "consolesettings.h"

#include <algorithm>

namespace {
std::unique_ptr<QSettings> settings()
{
    return ConsoleSettings::open(ConsoleSettings::File::Connections);
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
    const auto s = settings();
    s->beginGroup(QStringLiteral("profiles"));
    QVector<ConnectionProfile> out;
    for (const QString& group : s->childGroups()) {
        s->beginGroup(group);
        ConnectionProfile p;
        p.name = s->value(QStringLiteral("name")).toString();
        p.server = s->value(QStringLiteral("server")).toString();
        p.user = s->value(QStringLiteral("user")).toString();
        s->endGroup();
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
    const auto s = settings();
    s->beginGroup(groupOf(profile.name.trimmed()));
    s->setValue(QStringLiteral("name"), profile.name.trimmed());
    s->setValue(QStringLiteral("server"), profile.server.trimmed());
    s->setValue(QStringLiteral("user"), profile.user);
    s->endGroup();
    s->sync();
}

void remove(const QString& name)
{
    const auto s = settings();
    s->remove(groupOf(name));
    if (ConsoleSettings::value(ConsoleSettings::Key::LastProfile).toString() == name) {
        ConsoleSettings::reset(ConsoleSettings::Key::LastProfile);
    }
    s->sync();
}

QString lastUsed()
{
    return ConsoleSettings::value(ConsoleSettings::Key::LastProfile).toString();
}

void setLastUsed(const QString& name)
{
    if (name.isEmpty()) {
        ConsoleSettings::reset(ConsoleSettings::Key::LastProfile);
    } else {
        ConsoleSettings::setValue(ConsoleSettings::Key::LastProfile, name);
    }
}
} // namespace ConnectionProfiles
