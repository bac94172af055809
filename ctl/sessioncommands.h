#pragma once

#include <QStringList>

class QTextStream;

// phonefleetctl login / logout: a session with a phonefleetd's admin API. The token is kept in
// the OS keychain (service "phonefleetctl", key: the server's URL), or printed for a script to
// put in PHONEFLEET_TOKEN (--print-token); never in a file.
namespace SessionCommands {
int login(const QStringList& arguments, QTextStream& out, QTextStream& err);
int logout(const QStringList& arguments, QTextStream& out, QTextStream& err);
} // namespace SessionCommands
