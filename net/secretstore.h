#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Secrets (admin API tokens, passwords) in the operating system's keychain through QtKeychain:
// the Secret Service on Linux, the Keychain on macOS, the Credential Manager on Windows. Never
// the "insecure fallback": where no keychain is available the call fails with a message that
// says so, and nothing is written anywhere else. Answers come to a callback on context's thread.
namespace SecretStore {
struct Result
{
    bool ok = false;
    bool notFound = false; // read: there is no such entry
    QString secret;        // read
    QString error;         // in words, when !ok
};
using Callback = std::function<void(const Result&)>;

// False (and why) when no keychain can be reached at all: on Linux, no D-Bus session bus
// (a server, a cron job, a container); asking would only time out.
bool isAvailable(QString* why);

void read(const QString& service, const QString& key, QObject* context, Callback done);
void write(const QString& service, const QString& key, const QString& secret, QObject* context, Callback done);
void remove(const QString& service, const QString& key, QObject* context, Callback done);
} // namespace SecretStore
