#include "adminbootstrap.h"
#include "adminservice.h"
#include "buildinfo.h"
#include "databasecopy.h"
#include "databasepassword.h"
#include "phonefleetserver.h"
#include "serveroptions.h"
#include "shutdownsignals.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdlib>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {
// PHONEFLEET_ADMIN_PASSWORD, read and then wiped: unsetenv() only drops the pointer, and the
// bytes would stay readable in /proc/PID/environ for the server's whole life.
QString takeAdminPasswordFromEnvironment()
{
    char* value = std::getenv("PHONEFLEET_ADMIN_PASSWORD");
    if (!value) {
        return {};
    }
    const QString password = QString::fromLocal8Bit(value);
    std::memset(value, 0, std::strlen(value));
    qunsetenv("PHONEFLEET_ADMIN_PASSWORD");
    return password;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// The first line of --admin-password-file, without its line end; "-" is standard input, which
// the shell opened with its own rights (sudo -u phonefleet ... < /root/admin-password).
bool readPasswordFile(const QString& path, QString* password, QString* error)
{
    if (path == QLatin1String("-") && stdinIsTerminal()) {
        *error = QStringLiteral("--admin-password-file -: standard input is a terminal, where the password would "
                                "show; give a file, or - with a file or pipe on standard input");
        return false;
    }
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QStringLiteral("--admin-password-file: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    *password = QString::fromUtf8(line);
    if (password->isEmpty()) {
        *error = QStringLiteral("--admin-password-file: %1 holds no password on its first line").arg(path);
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    // Before anything else can copy the environment.
    QString adminPassword = takeAdminPasswordFromEnvironment();
    // Qt's own event dispatcher: the GLib one only costs time in a program without a GUI.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonefleetd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEFLEET_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    ServerOptions options;
    QString error;
    if (!ServerOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        err << "phonefleetd: " << error << "\n"
            << "Try 'phonefleetd --help'.\n";
        return 2;
    }
    if (options.help) {
        out << ServerOptions::helpText();
        return 0;
    }
    if (options.version) {
        out << BuildInfo::versionText(QStringLiteral("phonefleetd")) << "\n";
        return 0;
    }
    if (options.printApiRoutes) {
        for (const QString& route : AdminService::routes()) {
            out << route << "\n";
        }
        return 0;
    }

    QString note;
    const QString databasePassword = DatabasePassword::find(options.database, &note);
    if (!note.isEmpty()) {
        err << "phonefleetd: " << note << "\n";
        err.flush();
    }
    if (options.migrateOnly) {
        Store store;
        if (StoreError e = store.open(options.database, databasePassword); e.isError()) {
            err << "phonefleetd: " << e.message << "\n";
            return 1;
        }
        out << "database: " << options.database.toString() << " (schema version " << store.schemaVersion() << ")\n";
        return 0;
    }
    if (options.copyDatabaseTo.isValid()) {
        // Opening a SQLite path creates the file: a mistyped one must not become an empty source.
        if (options.database.kind == StoreUrl::Kind::SQLite && !QFile::exists(options.database.path)) {
            err << "phonefleetd: --copy-database-to: there is no database at " << options.database.path
                << " (give --config of the server, or --database)\n";
            return 1;
        }
        Store from;
        if (StoreError e = from.open(options.database, databasePassword); e.isError()) {
            err << "phonefleetd: " << options.database.toString() << ": " << e.message << "\n";
            return 1;
        }
        QString targetNote;
        const QString targetPassword = DatabasePassword::find(options.copyDatabaseTo, &targetNote);
        Store to;
        if (StoreError e = to.open(options.copyDatabaseTo, targetPassword); e.isError()) {
            err << "phonefleetd: " << options.copyDatabaseTo.toString() << ": " << e.message << "\n";
            return 1;
        }
        out << "copying " << options.database.toString() << " to " << options.copyDatabaseTo.toString() << "\n";
        out.flush();
        const StoreError e =
            DatabaseCopy::copy(from.database(), to.database(), [&out](const QString& table, qint64 rows) {
                out << "  " << table << ": " << rows << (rows == 1 ? " row" : " rows") << "\n";
                out.flush();
            });
        if (e.isError()) {
            err << "phonefleetd: the copy failed; no row was written to the target: " << e.message << "\n";
            return 1;
        }
        out << "done: start phonefleetd with --database " << options.copyDatabaseTo.toString() << "\n";
        return 0;
    }
    if (!options.adminPasswordFile.isEmpty() && !readPasswordFile(options.adminPasswordFile, &adminPassword, &error)) {
        err << "phonefleetd: " << error << "\n";
        return 2;
    }
    if (!options.resetAdmin.isEmpty()) {
        Store store;
        if (StoreError e = store.open(options.database, databasePassword); e.isError()) {
            err << "phonefleetd: " << e.message << "\n";
            return 1;
        }
        QString message;
        if (!AdminBootstrap::resetAdmin(store, options.resetAdmin, adminPassword, &message)) {
            err << "phonefleetd: " << message << "\n";
            return 1;
        }
        out << "phonefleetd: " << message << "\n";
        return 0;
    }

    PhoneFleetServer server;
    if (!server.start(options, databasePassword, adminPassword, &error)) {
        err << "phonefleetd: " << error << "\n";
        return 1;
    }
    for (const QString& notice : server.notices()) {
        out << "phonefleetd: " << notice << "\n";
    }
    out << "database: " << options.database.toString() << "\n";
    if (options.httpsEnabled) {
        out << "certificate: SHA-256 " << server.certificateFingerprint()
            << (server.createdCertificate() ? " (new, self-signed)" : "") << "\n";
    }
    for (const PhoneFleetServer::Listener& l : server.listeners()) {
        const QString host = l.address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + l.address.toString() + u']'
                                                                                   : l.address.toString();
        out << l.scheme << ": " << host << ":" << l.port << "\n";
    }
    out.flush();

    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::requested, &server, [&server, &err](int number) {
        err << "phonefleetd: signal " << number << ", finishing the requests in flight\n";
        err.flush();
        server.drain();
    });
    QObject::connect(&server, &PhoneFleetServer::drained, &app, [&out] {
        out << "phonefleetd: stopped\n";
        out.flush();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
