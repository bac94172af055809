#include "adminbootstrap.h"

#include "auditentry.h"
#include "passwordhash.h"
#include "store.h"

namespace AdminBootstrap {
Outcome ensureFirstAdmin(Store& store, const QString& name, const QString& password, QString* message)
{
    const StoreResult<qint64> count = store.admins().count();
    if (!count) {
        *message = count.error().message;
        return Outcome::Refused;
    }
    if (count.value() > 0) {
        return Outcome::AlreadyHasAdmins;
    }
    if (name.trimmed().isEmpty()) {
        *message = QStringLiteral("the database has no administrator yet: start with --admin-user NAME and the "
                                  "password in --admin-password-file FILE (or PHONEFLEET_ADMIN_PASSWORD)");
        return Outcome::Refused;
    }
    if (password.isEmpty()) {
        *message =
            QStringLiteral("the database has no administrator yet: give the password of '%1' in "
                           "--admin-password-file FILE or PHONEFLEET_ADMIN_PASSWORD (there is no default password)")
                .arg(name);
        return Outcome::Refused;
    }
    if (const QString weak = PasswordHash::weakness(password, name); !weak.isEmpty()) {
        *message = QStringLiteral("PHONEFLEET_ADMIN_PASSWORD is refused: %1").arg(weak);
        return Outcome::Refused;
    }
    Admin admin;
    admin.name = name.trimmed();
    admin.role = AdminRole::SuperAdministrator;
    admin.passwordHash = PasswordHash::hash(password);
    const StoreResult<Admin> saved = store.admins().insert(admin);
    if (!saved) {
        *message = saved.error().message;
        return Outcome::Refused;
    }
    *message = QStringLiteral("created the first administrator '%1' (Super Administrator)").arg(admin.name);
    return Outcome::Created;
}
} // namespace AdminBootstrap

namespace AdminBootstrap {
bool resetAdmin(Store& store, const QString& name, const QString& password, QString* message)
{
    if (password.isEmpty()) {
        *message = QStringLiteral("--reset-admin needs the new password: --admin-password-file FILE (or "
                                  "PHONEFLEET_ADMIN_PASSWORD)");
        return false;
    }
    if (const QString weak = PasswordHash::weakness(password, name); !weak.isEmpty()) {
        *message = QStringLiteral("the new password is refused: %1").arg(weak);
        return false;
    }
    Transaction tx(store.database());
    if (tx.error().isError()) {
        *message = tx.error().message;
        return false;
    }
    StoreResult<Admin> admin = store.admins().findOne(QStringLiteral("name"), name);
    const bool created = !admin;
    if (!admin && admin.error().code != StoreError::Code::NotFound) {
        *message = admin.error().message;
        return false;
    }
    if (created) {
        Admin fresh;
        fresh.name = name;
        fresh.role = AdminRole::SuperAdministrator;
        fresh.passwordHash = PasswordHash::hash(password);
        admin = store.admins().insert(fresh);
    } else {
        admin->passwordHash = PasswordHash::hash(password);
        admin = store.admins().update(admin.value());
    }
    StoreError e = admin.error();
    if (!e.isError()) {
        e = store.sessions().removeAllOf(admin->id);
    }
    if (!e.isError()) {
        e = store.sessions().unlock(admin->id);
    }
    if (!e.isError()) {
        AuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.level = LogLevel::Warn;
        entry.kind = LogKind::WebAdmin;
        entry.adminName = name;
        entry.sourceAddress = QStringLiteral("server host");
        entry.action = created ? QStringLiteral("administrator created by --reset-admin")
                               : QStringLiteral("administrator reset by --reset-admin");
        entry.target = name;
        entry.details = QStringLiteral("new password, sessions ended, login throttling lifted");
        e = store.auditLog().insert(entry).error();
    }
    if (!e.isError()) {
        e = tx.commit();
    }
    if (e.isError()) {
        *message = e.message;
        return false;
    }
    *message = created ? QStringLiteral("created administrator '%1' (Super Administrator)").arg(name)
                       : QStringLiteral("administrator '%1' has a new password; its sessions ended").arg(name);
    return true;
}
} // namespace AdminBootstrap
