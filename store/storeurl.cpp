#include "storeurl.h"

#include <QUrl>

StoreUrl StoreUrl::parse(const QString& text, QString* error)
{
    StoreUrl url;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString path = trimmed.mid(7);
        if (path.startsWith(QLatin1String("///"))) {
            path = path.mid(2); // sqlite:///abs/path
        }
        if (path.isEmpty()) {
            *error = QStringLiteral("sqlite: needs a file path, as in sqlite:/var/lib/phonefleet/phonefleet.db");
            return {};
        }
        url.kind = Kind::SQLite;
        url.path = path;
        return url;
    }
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(trimmed, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty()) {
            *error = QStringLiteral("'%1' is not a valid PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE)")
                         .arg(trimmed);
            return {};
        }
        if (!u.password().isEmpty()) {
            *error = QStringLiteral("the PostgreSQL URL holds a password; remove it and set PGPASSWORD or store it in "
                                    "the keychain instead");
            return {};
        }
        url.kind = Kind::PostgreSQL;
        url.user = u.userName();
        url.host = u.host();
        url.port = u.port(5432);
        url.database = u.path().mid(1);
        if (url.database.isEmpty()) {
            *error = QStringLiteral("the PostgreSQL URL names no database (postgresql://USER@HOST:PORT/DATABASE)");
            return {};
        }
        return url;
    }
    *error = QStringLiteral("'%1' is not a database URL; use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE")
                 .arg(trimmed);
    return {};
}

QString StoreUrl::toString() const
{
    switch (kind) {
    case Kind::SQLite:
        return QStringLiteral("sqlite:") + path;
    case Kind::PostgreSQL:
        return QStringLiteral("postgresql://%1%2%3:%4/%5")
            .arg(user, user.isEmpty() ? QString() : QStringLiteral("@"), host)
            .arg(port)
            .arg(database);
    case Kind::Invalid:
        break;
    }
    return {};
}
