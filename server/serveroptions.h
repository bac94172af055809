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
    bool help = false;
    bool version = false;

    // arguments includes the program name. On failure returns false with a message in *error.
    static bool parse(const QStringList& arguments, ServerOptions* options, QString* error);
    static QString helpText();
    // The platform's application data folder for phonefleetd, and the default database in it.
    static QString defaultDataDir();
};
