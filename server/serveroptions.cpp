#include "serveroptions.h"

#include "subnetlist.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>
#include <QVector>

namespace {
struct Definitions
{
    QCommandLineOption database {QStringLiteral("database"),
                                 QStringLiteral("sqlite:PATH or postgresql://USER@HOST:PORT/DB (password from "
                                                "PGPASSWORD). Default: sqlite:DATA-DIR/phonefleet.db"),
                                 QStringLiteral("URL")};
    QCommandLineOption bind {QStringLiteral("bind"), QStringLiteral("Address to listen on (default: all)."),
                             QStringLiteral("ADDR")};
    QCommandLineOption httpPort {QStringLiteral("http-port"),
                                 QStringLiteral("HTTP port; 0 picks a free one (default 8080)."), QStringLiteral("N")};
    QCommandLineOption httpsPort {QStringLiteral("https-port"),
                                  QStringLiteral("HTTPS port; 0 picks a free one (default 8443)."),
                                  QStringLiteral("N")};
    QCommandLineOption dataDir {QStringLiteral("data-dir"), QStringLiteral("Folder for the database and certificates."),
                                QStringLiteral("DIR")};
    QCommandLineOption tlsCert {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate for HTTPS."),
                                QStringLiteral("FILE")};
    QCommandLineOption tlsKey {QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."),
                               QStringLiteral("FILE")};
    QCommandLineOption adminUser {QStringLiteral("admin-user"),
                                  QStringLiteral("First administrator on an empty database (password from "
                                                 "--admin-password-file, else PHONEFLEET_ADMIN_PASSWORD)."),
                                  QStringLiteral("NAME")};
    QCommandLineOption adminPasswordFile {QStringLiteral("admin-password-file"),
                                          QStringLiteral("Read the administrator's password (first start, or "
                                                         "--reset-admin) from the first line of FILE; - reads standard "
                                                         "input (a file only root reads, given to a command "
                                                         "run as the service's user)."),
                                          QStringLiteral("FILE")};
    QCommandLineOption resetAdmin {QStringLiteral("reset-admin"),
                                   QStringLiteral("On the server host: give administrator NAME the password of "
                                                  "--admin-password-file (or PHONEFLEET_ADMIN_PASSWORD), end its "
                                                  "sessions, lift its login throttling and unlock it (creating it as "
                                                  "a Super Administrator if there is none), then exit."),
                                   QStringLiteral("NAME")};
    QCommandLineOption newPhonesPerAddress {QStringLiteral("new-phones-per-address"),
                                            QStringLiteral("Phones waiting for approval (unknown MACs) one client "
                                                           "address may add a minute (default 10)."),
                                            QStringLiteral("N")};
    QCommandLineOption newPhonesPerMinute {QStringLiteral("new-phones-per-minute"),
                                           QStringLiteral("Phones waiting for approval all clients together may add "
                                                          "a minute (default 600)."),
                                           QStringLiteral("N")};

    QCommandLineOption noHttp {QStringLiteral("no-http"), QStringLiteral("Do not listen for plain HTTP.")};
    QCommandLineOption noHttps {QStringLiteral("no-https"),
                                QStringLiteral("Do not listen for HTTPS (a TLS-terminating proxy in front).")};
    QCommandLineOption commitWindow {QStringLiteral("commit-window-ms"),
                                     QStringLiteral("Group commit: wait up to MS for more phone reports before "
                                                    "committing a batch (default 0: batches form while the previous "
                                                    "commit is flushed)."),
                                     QStringLiteral("MS")};
    QCommandLineOption maxBatch {QStringLiteral("max-commit-batch"),
                                 QStringLiteral("Group commit: at most N writes per commit (default 4096; 1 commits "
                                                "every request on its own)."),
                                 QStringLiteral("N")};
    QCommandLineOption threads {QStringLiteral("threads"),
                                QStringLiteral("Threads answering HTTP (default: one per core; Linux, BSD and "
                                               "macOS, elsewhere one)."),
                                QStringLiteral("N")};
    QCommandLineOption housekeeping {QStringLiteral("housekeeping-interval"),
                                     QStringLiteral("Seconds between looks for phones silent past the disconnect "
                                                    "timeout (default 60)."),
                                     QStringLiteral("S")};

    QCommandLineOption keepAliveTimeout {QStringLiteral("keep-alive-timeout"),
                                         QStringLiteral("Seconds an idle client connection stays open between "
                                                        "requests (default 75)."),
                                         QStringLiteral("S")};
    QCommandLineOption requestTimeout {QStringLiteral("request-timeout"),
                                       QStringLiteral("Seconds a client may pause in the middle of sending a "
                                                      "request before it is answered 408 (default 30)."),
                                       QStringLiteral("S")};

    QCommandLineOption headerTimeout {QStringLiteral("header-timeout"),
                                      QStringLiteral("Seconds a client has for a whole request head, however slowly "
                                                     "it sends (default 10): then 408."),
                                      QStringLiteral("S")};
    QCommandLineOption minBodyRate {QStringLiteral("min-body-rate"),
                                    QStringLiteral("Bytes a second a request body must come at, once the head's time "
                                                   "is over (default 1024): else 408."),
                                    QStringLiteral("B")};
    QCommandLineOption walLimit {QStringLiteral("wal-limit"),
                                 QStringLiteral("SQLite: megabytes the write-ahead log may grow to under load before a "
                                                "checkpoint empties it (default 64; it is emptied when idle too)."),
                                 QStringLiteral("MB")};
    QCommandLineOption maxConnections {QStringLiteral("max-connections"),
                                       QStringLiteral("Client connections held at once, in all (default: what the "
                                                      "descriptor limit allows, at most 50000); beyond, 503."),
                                       QStringLiteral("N")};
    QCommandLineOption maxConnectionsPerAddress {QStringLiteral("max-connections-per-address"),
                                                 QStringLiteral("Client connections one address may hold at once "
                                                                "(default 256); beyond, 503."),
                                                 QStringLiteral("N")};
    QCommandLineOption adminOverHttp {QStringLiteral("admin-over-http"),
                                      QStringLiteral("Answer the admin API over plain HTTP from any address, not "
                                                     "only loopback (only behind a TLS-terminating proxy).")};
    QCommandLineOption trustedProxy {QStringLiteral("trusted-proxy"),
                                     QStringLiteral("Reverse proxies (addresses or CIDR blocks, comma-separated) "
                                                    "whose X-Forwarded-For names the client: a phone's address "
                                                    "(its trust, region, pushes), a console's (login throttling, "
                                                    "the logs)."),
                                     QStringLiteral("ADDRS")};
    QCommandLineOption printRoutes {QStringLiteral("print-api-routes"),
                                    QStringLiteral("Print the admin API's routes (METHOD PATH) and exit.")};
    QCommandLineOption migrate {QStringLiteral("migrate"),
                                QStringLiteral("Bring the database's schema up to date and exit (before starting "
                                               "upgraded nodes).")};
    QCommandLineOption config {QStringLiteral("config"),
                               QStringLiteral("Read options from FILE first: one a line, as NAME = VALUE or NAME "
                                              "alone, without the dashes; # starts a comment line. The command "
                                              "line wins over the file."),
                               QStringLiteral("FILE")};
    QCommandLineOption copyDatabaseTo {QStringLiteral("copy-database-to"),
                                       QStringLiteral("Copy every row of --database into the empty database at URL "
                                                      "(SQLite to PostgreSQL or back), check the copy and exit. "
                                                      "Stop the server first."),
                                       QStringLiteral("URL")};

    // The one-shot commands, which a --config file may not hold.
    bool isCommand(const QString& name) const
    {
        for (const QCommandLineOption* o : {&printRoutes, &migrate, &resetAdmin, &config, &copyDatabaseTo}) {
            if (o->names().contains(name)) {
                return true;
            }
        }
        return false;
    }

    // Every option but --help and --version, in the order --help lists them.
    QVector<const QCommandLineOption*> all() const
    {
        return {&database,
                &bind,
                &httpPort,
                &httpsPort,
                &dataDir,
                &tlsCert,
                &tlsKey,
                &adminUser,
                &noHttp,
                &noHttps,
                &commitWindow,
                &maxBatch,
                &threads,
                &housekeeping,
                &keepAliveTimeout,
                &requestTimeout,
                &adminOverHttp,
                &printRoutes,
                &migrate,
                &adminPasswordFile,
                &resetAdmin,
                &newPhonesPerAddress,
                &newPhonesPerMinute,
                &trustedProxy,
                &headerTimeout,
                &minBodyRate,
                &walLimit,
                &maxConnections,
                &maxConnectionsPerAddress,
                &config,
                &copyDatabaseTo};
    }

    void addTo(QCommandLineParser& parser) const
    {
        for (const QCommandLineOption* option : all()) {
            parser.addOption(*option);
        }
    }
};

// The lines of a --config file as command-line arguments ("--name", "value"), checked against
// the options phonefleetd knows.
bool configArguments(const QString& path, QStringList* arguments, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("--config: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const Definitions d;
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
        ++number;
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        const QString name = (equals < 0 ? line : line.left(equals)).trimmed();
        const QString value = equals < 0 ? QString() : line.mid(equals + 1).trimmed();
        const QString where = QStringLiteral("%1:%2").arg(path).arg(number);
        const QCommandLineOption* option = nullptr;
        for (const QCommandLineOption* o : d.all()) {
            if (o->names().contains(name)) {
                option = o;
            }
        }
        if (!option) {
            *error = QStringLiteral("%1: unknown option '%2' (see phonefleetd --help)").arg(where, name);
            return false;
        }
        if (d.isCommand(name)) {
            *error = QStringLiteral("%1: '%2' is a command; give it on the command line").arg(where, name);
            return false;
        }
        const bool takesValue = !option->valueName().isEmpty();
        if (takesValue && value.isEmpty()) {
            *error = QStringLiteral("%1: '%2' needs a value (%2 = %3)").arg(where, name, option->valueName());
            return false;
        }
        if (!takesValue && equals >= 0) {
            *error = QStringLiteral("%1: '%2' takes no value; write it alone on its line").arg(where, name);
            return false;
        }
        arguments->append(QStringLiteral("--") + name);
        if (takesValue) {
            arguments->append(value);
        }
    }
    return true;
}

bool parseBounded(const QString& text, const QString& name, int min, int max, int* value, QString* error)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1: '%2' is not %3..%4").arg(name, text).arg(min).arg(max);
        return false;
    }
    *value = v;
    return true;
}

bool parsePort(const QString& text, const QString& name, int* port, QString* error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 65535) {
        *error = QStringLiteral("--%1: '%2' is not a port number (0..65535)").arg(name, text);
        return false;
    }
    *port = value;
    return true;
}
} // namespace

QString ServerOptions::defaultDataDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("phonefleetd"));
}

QString ServerOptions::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "phonefleetd, the PhoneFleet provisioning and management server.\n\n"
        "Serves phones (status reports, alarms, cfg and firmware files, zero touch) over HTTP "
        "and HTTPS, and the admin API under /api/v1 (over HTTPS; plain HTTP from loopback only "
        "unless --admin-over-http). On an empty database the first administrator is created from --admin-user "
        "and the password in --admin-password-file (or PHONEFLEET_ADMIN_PASSWORD). An administrator who cannot "
        "sign in is given a new password on the server host with --reset-admin NAME. SIGTERM or SIGINT finishes the "
        "requests "
        "in flight and exits."));
    parser.addHelpOption();
    parser.addVersionOption();
    Definitions().addTo(parser);
    return parser.helpText();
}

bool ServerOptions::parse(const QStringList& commandLine, ServerOptions* options, QString* error)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const Definitions d;
    d.addTo(parser);
    if (!parser.parse(commandLine)) {
        *error = parser.errorText();
        return false;
    }
    QString configFile;
    if (parser.isSet(d.config)) {
        // The file's options go before the command line's, whose values then win (value() is
        // the last one given).
        configFile = parser.value(d.config);
        QStringList arguments {commandLine.value(0)};
        if (!configArguments(configFile, &arguments, error)) {
            return false;
        }
        arguments += commandLine.mid(1);
        if (!parser.parse(arguments)) {
            *error = QStringLiteral("%1: %2").arg(configFile, parser.errorText());
            return false;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }
    ServerOptions o;
    o.help = parser.isSet(QStringLiteral("help"));
    o.version = parser.isSet(QStringLiteral("version"));
    o.dataDir = parser.isSet(d.dataDir) ? parser.value(d.dataDir) : defaultDataDir();
    const QString url = parser.isSet(d.database)
        ? parser.value(d.database)
        : QStringLiteral("sqlite:") + QDir(o.dataDir).filePath(QStringLiteral("phonefleet.db"));
    QString urlError;
    o.database = StoreUrl::parse(url, &urlError);
    if (!o.database.isValid()) {
        *error = QStringLiteral("--database: ") + urlError;
        return false;
    }
    if (parser.isSet(d.bind) && !o.bindAddress.setAddress(parser.value(d.bind))) {
        *error = QStringLiteral("--bind: '%1' is not an IP address").arg(parser.value(d.bind));
        return false;
    }
    if (parser.isSet(d.httpPort)
        && !parsePort(parser.value(d.httpPort), QStringLiteral("http-port"), &o.httpPort, error)) {
        return false;
    }
    if (parser.isSet(d.httpsPort)
        && !parsePort(parser.value(d.httpsPort), QStringLiteral("https-port"), &o.httpsPort, error)) {
        return false;
    }
    o.tlsCertificate = parser.value(d.tlsCert);
    o.tlsKey = parser.value(d.tlsKey);
    if (o.tlsCertificate.isEmpty() != o.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }
    o.adminUser = parser.value(d.adminUser);
    o.adminPasswordFile = parser.value(d.adminPasswordFile);
    o.resetAdmin = parser.value(d.resetAdmin).trimmed();
    if (parser.isSet(d.resetAdmin) && o.resetAdmin.isEmpty()) {
        *error = QStringLiteral("--reset-admin: give the administrator's name");
        return false;
    }
    o.migrateOnly = parser.isSet(d.migrate);
    o.configFile = configFile;
    if (parser.isSet(d.copyDatabaseTo)) {
        o.copyDatabaseTo = StoreUrl::parse(parser.value(d.copyDatabaseTo), &urlError);
        if (!o.copyDatabaseTo.isValid()) {
            *error = QStringLiteral("--copy-database-to: ") + urlError;
            return false;
        }
        if (o.copyDatabaseTo.toString() == o.database.toString()) {
            *error = QStringLiteral("--copy-database-to: that is --database itself");
            return false;
        }
    }
    o.adminOverPlainHttp = parser.isSet(d.adminOverHttp);
    o.trustedProxies = parser.value(d.trustedProxy);
    if (!o.trustedProxies.isEmpty()) {
        QStringList problems;
        SubnetList::parse(o.trustedProxies, &problems);
        if (!problems.isEmpty()) {
            *error = QStringLiteral("--trusted-proxy: %1").arg(problems.join(QLatin1String("; ")));
            return false;
        }
    }
    o.printApiRoutes = parser.isSet(d.printRoutes);
    o.httpEnabled = !parser.isSet(d.noHttp);
    o.httpsEnabled = !parser.isSet(d.noHttps);
    if (!o.httpEnabled && !o.httpsEnabled) {
        *error = QStringLiteral("--no-http and --no-https leave nothing to listen on");
        return false;
    }
    o.servingThreads = qBound(1, QThread::idealThreadCount(), 16);
    const struct
    {
        const QCommandLineOption& option;
        int* target;
        int min;
        int max;
    } bounded[] = {
        {d.commitWindow, &o.commitWindowMs, 0, 1000},
        {d.maxBatch, &o.maxCommitBatch, 1, 100000},
        {d.threads, &o.servingThreads, 1, 64},
        {d.housekeeping, &o.housekeepingSeconds, 1, 3600},
        {d.keepAliveTimeout, &o.keepAliveTimeoutSeconds, 1, 3600},
        {d.requestTimeout, &o.requestTimeoutSeconds, 1, 3600},
        {d.newPhonesPerAddress, &o.newPhonesPerAddress, 1, 100000},
        {d.headerTimeout, &o.headerTimeoutSeconds, 1, 3600},
        {d.minBodyRate, &o.minBodyBytesPerSecond, 0, 100000000},
        {d.walLimit, &o.walLimitMegabytes, 1, 1000000},
        {d.maxConnections, &o.maxConnections, 1, 1000000},
        {d.maxConnectionsPerAddress, &o.maxConnectionsPerAddress, 1, 1000000},
        {d.newPhonesPerMinute, &o.newPhonesPerMinute, 1, 1000000},
    };
    for (const auto& b : bounded) {
        if (parser.isSet(b.option)
            && !parseBounded(parser.value(b.option), b.option.names().constFirst(), b.min, b.max, b.target, error)) {
            return false;
        }
    }
    *options = o;
    return true;
}
