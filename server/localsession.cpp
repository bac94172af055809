#include "localsession.h"

#include "authapi.h"
#include "store.h"

#include <QDateTime>
#include <QRegularExpression>

namespace LocalSession {
QString accountName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME"); // Windows
    }
    user.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStringLiteral("local-") + (user.isEmpty() ? QStringLiteral("console") : user);
}

StoreResult<QString> open(Store& store, const QString& name, int seconds)
{
    StoreResult<Admin> admin = store.admins().findOne(QStringLiteral("name"), name);
    if (!admin) {
        if (admin.error().code != StoreError::Code::NotFound) {
            return admin.error();
        }
        Admin account;
        account.name = name;
        account.role = AdminRole::SuperAdministrator;
        // No hash: no password matches it, so the account cannot sign in over the network.
        admin = store.admins().insert(account);
        if (!admin) {
            return admin.error();
        }
    }
    const QString token = AuthApi::newToken();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StoreResult<qint64> session = store.sessions().create(admin->id, AuthApi::tokenHash(token), now,
                                                                now.addSecs(seconds), QStringLiteral("local"));
    if (!session) {
        return session.error();
    }
    AuditEntry entry;
    entry.time = now;
    entry.kind = LogKind::WebAdmin;
    entry.level = LogLevel::Info;
    entry.adminName = name;
    entry.sourceAddress = QStringLiteral("local console");
    entry.action = QStringLiteral("sign in");
    entry.target = name;
    entry.details = QStringLiteral("the console on this computer, through its local server");
    if (const StoreResult<AuditEntry> logged = store.auditLog().insert(entry); !logged) {
        return logged.error();
    }
    return token;
}
} // namespace LocalSession
