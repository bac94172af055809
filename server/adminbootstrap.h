#pragma once

#include <QString>

class Store;

// The first administrator of an empty database. There is no built-in account and no default
// password: on an empty database the server needs a name (--admin-user) and a password
// (PHONEFLEET_ADMIN_PASSWORD, at least 12 characters), or it refuses to start.
namespace AdminBootstrap {
enum class Outcome { AlreadyHasAdmins, Created, Refused };

Outcome ensureFirstAdmin(Store& store, const QString& name, const QString& password, QString* message);
} // namespace AdminBootstrap
