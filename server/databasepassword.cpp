#include "databasepassword.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace DatabasePassword {
QString keychainService()
{
    return QStringLiteral("phonefleetd");
}

QString find(const StoreUrl& url, QString* note)
{
    if (url.kind != StoreUrl::Kind::PostgreSQL) {
        return {};
    }
    if (qEnvironmentVariableIsSet("PGPASSWORD")) {
        *note = QStringLiteral("PostgreSQL password from PGPASSWORD");
        return qEnvironmentVariable("PGPASSWORD");
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The Secret Service lives on the session bus; a server started by systemd or cron has none,
    // and asking would only wait for the timeout.
    const QString runtimeBus = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !QFileInfo::exists(runtimeBus)) {
        *note = QStringLiteral("no PGPASSWORD and no keychain (no D-Bus session bus); trying PostgreSQL without "
                               "a password");
        return {};
    }
#endif
    // Start-up only: waiting here is fine, nothing is being served yet.
    QKeychain::ReadPasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(url.toString());
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    bool timedOut = false;
    QTimer::singleShot(5000, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    job.start();
    loop.exec();
    if (timedOut) {
        *note = QStringLiteral("the keychain did not answer within 5 s; trying PostgreSQL without a password");
        return {};
    }
    if (job.error() == QKeychain::NoError) {
        *note = QStringLiteral("PostgreSQL password from the keychain");
        return job.textData();
    }
    *note = job.error() == QKeychain::EntryNotFound
        ? QStringLiteral("no PostgreSQL password in PGPASSWORD or the keychain; trying without one")
        : QStringLiteral("the keychain could not be read (%1); trying PostgreSQL without a password")
              .arg(job.errorString());
    return {};
}
} // namespace DatabasePassword
