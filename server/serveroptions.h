#pragma once

#include "storeurl.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// phonefleetd's command line.
struct ServerOptions
{
    StoreUrl database;
    QHostAddress bindAddress = QHostAddress::Any;
    int httpPort = 8080;
    int httpsPort = 8443;
    QString dataDir;
    QString tlsCertificate;
    QString tlsKey;
    QString adminUser;
    bool httpEnabled = true;            // --no-http: HTTPS only
    bool httpsEnabled = true;           // --no-https: HTTP only (behind a TLS-terminating proxy)
    int commitWindowMs = 0;             // group commit: wait this long for more reports before committing
    int housekeepingSeconds = 60;       // how often silent phones are looked for
    int servingThreads = 0;             // threads answering HTTP; 0 until parsed: one per core
    int maxCommitBatch = 4096;          // at most this many writes per commit (1: one commit per request)
    int keepAliveTimeoutSeconds = 75;   // an idle client connection is closed after this
    int requestTimeoutSeconds = 30;     // a request stalled this long in the middle is answered 408
    int headerTimeoutSeconds = 10;      // a whole request head, however it trickles in
    int walLimitMegabytes = 64;         // SQLite: the WAL is emptied once over this (WalKeeper)
    int minBodyBytesPerSecond = 1024;   // a body slower than this (after the head's time) gets 408
    int maxConnections = 0;             // 0 until parsed: from the descriptor limit
    int maxConnectionsPerAddress = 256; // connections one client address may hold
    int newPhonesPerAddress = 10;       // phones waiting for approval one client address may add a minute
    int newPhonesPerMinute = 600;       // ... and all clients together
    QString adminPasswordFile;          // --admin-password-file: the first administrator's password
    QString resetAdmin;                 // --reset-admin NAME: give NAME a new password, end its sessions, exit
    // The console's in-process server on its own local database needs no administrator account:
    // the console is the administrator there.
    bool requireAdministrator = true;
    bool migrateOnly = false;        // --migrate: bring the schema up to date and exit
    StoreUrl copyDatabaseTo;         // --copy-database-to URL: copy every row there and exit
    QString configFile;              // --config FILE: where the other options were read first
    bool adminOverPlainHttp = false; // --admin-over-http: the admin API over HTTP from anywhere
    QString trustedProxies;          // --trusted-proxy: addresses/CIDR blocks of reverse proxies
    bool printApiRoutes = false;     // --print-api-routes
    bool help = false;
    bool version = false;

    // arguments includes the program name. On failure returns false with a message in *error.
    static bool parse(const QStringList& arguments, ServerOptions* options, QString* error);
    static QString helpText();
    // The platform's application data folder for phonefleetd, and the default database in it.
    static QString defaultDataDir();
};
