#pragma once

#include <QString>
#include <QVector>

// A server the console connects to: where, and as whom. Kept in the program's settings; the
// password is never kept, and the session token only in the OS keychain (SecretStore) under
// tokenKey().
struct ConnectionProfile
{
    QString name;   // what the administrator calls it ("Paris HQ")
    QString server; // as ServerUrl::parse() takes it
    QString user;

    bool isValid() const { return !name.trimmed().isEmpty() && !server.trimmed().isEmpty() && !user.isEmpty(); }
    // The keychain entry of this profile's token.
    QString tokenKey() const;
};

// The saved profiles, sorted by name. The local server is not a profile: it is always there.
namespace ConnectionProfiles {
QVector<ConnectionProfile> all();
// Adds the profile, or replaces the one of the same name.
void save(const ConnectionProfile& profile);
void remove(const QString& name);
// The profile the console last connected to; empty: the local server.
QString lastUsed();
void setLastUsed(const QString& name);
} // namespace ConnectionProfiles
