#include "adminbootstrap.h"

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
                                  "password in PHONEFLEET_ADMIN_PASSWORD");
        return Outcome::Refused;
    }
    if (password.isEmpty()) {
        *message =
            QStringLiteral("the database has no administrator yet: set PHONEFLEET_ADMIN_PASSWORD to the password "
                           "of '%1' (there is no default password)")
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
