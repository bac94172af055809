#include "secretstore.h"

#include <QFileInfo>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {
void finish(QKeychain::Job* job, QPointer<QObject> context, const SecretStore::Callback& done, bool reading)
{
    SecretStore::Result r;
    r.ok = job->error() == QKeychain::NoError;
    r.notFound = job->error() == QKeychain::EntryNotFound;
    if (r.ok && reading) {
        r.secret = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
    }
    if (!r.ok) {
        r.error = r.notFound ? QStringLiteral("no such entry in the keychain")
                             : QStringLiteral("the keychain refused: %1").arg(job->errorString());
    }
    if (context) {
        done(r);
    }
}

template <class J>
J* prepared(const QString& service, const QString& key)
{
    auto* job = new J(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

bool unavailable(QObject* context, const SecretStore::Callback& done)
{
    QString why;
    if (SecretStore::isAvailable(&why)) {
        return false;
    }
    QPointer<QObject> target(context);
    QMetaObject::invokeMethod(
        context,
        [target, done, why] {
            if (target) {
                done({false, false, {}, why});
            }
        },
        Qt::QueuedConnection);
    return true;
}
} // namespace

namespace SecretStore {
bool isAvailable(QString* why)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString runtimeBus = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !QFileInfo::exists(runtimeBus)) {
        *why = QStringLiteral("no keychain is available: there is no D-Bus session bus for the Secret Service "
                              "(GNOME Keyring, KWallet); nothing was stored");
        return false;
    }
#else
    Q_UNUSED(why)
#endif
    return true;
}

void read(const QString& service, const QString& key, QObject* context, Callback done)
{
    if (unavailable(context, done)) {
        return;
    }
    auto* job = prepared<QKeychain::ReadPasswordJob>(service, key);
    QPointer<QObject> target(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [target, done](QKeychain::Job* j) { finish(j, target, done, true); });
    job->start();
}

void write(const QString& service, const QString& key, const QString& secret, QObject* context, Callback done)
{
    if (unavailable(context, done)) {
        return;
    }
    auto* job = prepared<QKeychain::WritePasswordJob>(service, key);
    job->setTextData(secret);
    QPointer<QObject> target(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [target, done](QKeychain::Job* j) { finish(j, target, done, false); });
    job->start();
}

void remove(const QString& service, const QString& key, QObject* context, Callback done)
{
    if (unavailable(context, done)) {
        return;
    }
    auto* job = prepared<QKeychain::DeletePasswordJob>(service, key);
    QPointer<QObject> target(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [target, done](QKeychain::Job* j) { finish(j, target, done, false); });
    job->start();
}
} // namespace SecretStore
