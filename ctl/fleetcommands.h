#pragma once

#include <QStringList>

class QTextStream;

// phonefleetctl commands that read and change a fleet through a phonefleetd's admin API (signed
// in with 'login', or PHONEFLEET_TOKEN): import users, export users, devices, alarms, logs.
// Exit status 0 on success, 1 when the server refused (the reason is printed), 2 when the
// command could not be run (usage, unreachable server, no session).
namespace FleetCommands {
int importUsers(const QStringList& arguments, QTextStream& out, QTextStream& err);
int exportUsers(const QStringList& arguments, QTextStream& out, QTextStream& err);
int devices(const QStringList& arguments, QTextStream& out, QTextStream& err);
int alarms(const QStringList& arguments, QTextStream& out, QTextStream& err);
int logs(const QStringList& arguments, QTextStream& out, QTextStream& err);
} // namespace FleetCommands
