#pragma once

#include <QString>

// The certificate fingerprints an administrator accepted per server ("trust on first use",
// then pinned), kept in the program's settings: a fingerprint is not a secret. Tokens and
// passwords are not here; they are in the keychain (SecretStore).
namespace KnownServers {
// Empty when none was accepted for that server.
QString fingerprint(const QString& serverUrl);
void setFingerprint(const QString& serverUrl, const QString& fingerprint);
void forget(const QString& serverUrl);
} // namespace KnownServers
