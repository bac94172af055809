#pragma once

#include <QString>

class Store;

// The first administrator of an empty database. There is no built-in account and no default
// password: on an empty database the server needs a name (--admin-user) and a password
// (PHONEFLEET_ADMIN_PASSWORD, at least 12 characters), or it refuses to start.
namespace AdminBootstrap {
enum class Outcome { AlreadyHasAdmins, Created, Refused };

Outcome ensureFirstAdmin(Store& store, const QString& name, const QString& password, QString* message);

// phonefleetd --reset-admin NAME, run on the server host (whoever can run it there can read the
// database anyway): gives NAME the password, ends its sessions and unlocks it, or creates it as
// a Super Administrator when there is no such account; written to the web-admin log. Refused
// (false, *message) for a weak password.
bool resetAdmin(Store& store, const QString& name, const QString& password, QString* message);
} // namespace AdminBootstrap
