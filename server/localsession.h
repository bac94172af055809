#pragma once

#include "storeerror.h"

#include <QString>

class Store;

// The console's own sign-in to the server it runs in-process on a local database. The console
// is the only program that can reach this (it holds the server object), so it needs no
// password: the account it signs in as is a Super Administrator named after the operating
// system's user, created on first use with no password hash, so nobody can sign in as it over
// the network. The token exists in the console's memory only; the web-admin log records each
// such sign-in.
namespace LocalSession {
// The name of the local console's account for this operating-system user ("local-alice").
QString accountName();

// Creates the account if needed and a session for it lasting `seconds`; returns its token.
StoreResult<QString> open(Store& store, const QString& accountName, int seconds);
} // namespace LocalSession
