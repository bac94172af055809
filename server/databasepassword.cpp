#include "databasepassword.h"

#include <QEventLoop>
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
    // Start-up only: waiting here is fine, nothing is being served yet.
    QKeychain::ReadPasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(url.toString());
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
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
