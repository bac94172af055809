#include "sessioncommands.h"

#include "knownservers.h"
#include "passwordprompt.h"
#include "serverconnection.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace SessionCommands {
int login(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl login");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Signs in to a phonefleetd and keeps the token in the OS keychain for the other commands "
                       "(or prints it with --print-token, for PHONEFLEET_TOKEN). The password is asked on the "
                       "terminal, or read as one line from standard input. A server whose certificate the system "
                       "does not trust is refused until its fingerprint is given with --fingerprint; it is then "
                       "remembered, and a different certificate refused."));
    ServerConnection connection;
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("The administrator's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption printToken(QStringLiteral("print-token"),
                                        QStringLiteral("Print the token instead of keeping it in the keychain."));
    parser.addOptions({user, printToken});
    int status = 0;
    if (!connection.start(parser, command, arguments, {&user}, out, err, &status, false)) {
        return status;
    }
    QString password;
    if (!PasswordPrompt::read(QStringLiteral("Password for %1 at %2: ").arg(parser.value(user), connection.serverKey()),
                              err, &password)) {
        err << command << ": no password given\n";
        return 2;
    }
    const ApiReply r = connection.login(parser.value(user), password);
    if (!r.ok()) {
        err << command << ": " << r.error << "\n";
        if (r.status == 0 && connection.api().pinnedFingerprint().isEmpty()
            && !connection.api().presentedFingerprint().isEmpty()) {
            err << command << ": to trust it: phonefleetctl login --server " << connection.serverKey() << " --user "
                << parser.value(user) << " --fingerprint " << connection.api().presentedFingerprint() << "\n";
        }
        return r.status == 0 ? 2 : 1;
    }
    if (!connection.api().pinnedFingerprint().isEmpty()) {
        KnownServers::setFingerprint(connection.serverKey(), connection.api().presentedFingerprint());
    }
    const QString token = r.json.value(QStringLiteral("token")).toString();
    const QString until = r.json.value(QStringLiteral("expiresAt")).toString();
    if (parser.isSet(printToken)) {
        out << token << "\n";
        return 0;
    }
    const SecretStore::Result kept = connection.writeSecret(connection.serverKey(), token);
    if (!kept.ok) {
        // A token nobody can use any more should not stay valid on the server either.
        connection.call("POST", QStringLiteral("logout"));
        err << command << ": signed in, but the token cannot be kept: " << kept.error
            << ". Nothing was written to disk; signed out again. Use --print-token and PHONEFLEET_TOKEN instead.\n";
        return 1;
    }
    out << "signed in to " << connection.serverKey() << " as " << parser.value(user) << " until " << until
        << " (token in the keychain)\n";
    return 0;
}

int logout(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("phonefleetctl logout");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Ends the session with a phonefleetd and removes its token from the keychain."));
    ServerConnection connection;
    int status = 0;
    if (!connection.start(parser, command, arguments, {}, out, err, &status)) {
        return status;
    }
    const ApiReply r = connection.call("POST", QStringLiteral("logout"));
    if (!r.ok() && r.status != 401) {
        err << command << ": " << r.error << "\n";
        return r.status == 0 ? 2 : 1;
    }
    if (qEnvironmentVariableIsEmpty("PHONEFLEET_TOKEN")) {
        const SecretStore::Result removed = connection.removeSecret(connection.serverKey());
        if (!removed.ok && !removed.notFound) {
            err << command << ": signed out, but the keychain entry stays: " << removed.error << "\n";
            return 1;
        }
    }
    out << "signed out of " << connection.serverKey() << "\n";
    return 0;
}
} // namespace SessionCommands
