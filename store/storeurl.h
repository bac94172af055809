#pragma once

#include <QString>

// Where the store lives:
//   sqlite:PATH                       a SQLite file (created if missing)
//   sqlite::memory:                   a private in-memory database (tests)
//   postgresql://USER@HOST:PORT/DB    a PostgreSQL database ("postgres://" too)
// A password never travels in the URL: it comes from PGPASSWORD or the OS keychain.
struct StoreUrl
{
    enum class Kind { Invalid, SQLite, PostgreSQL };

    Kind kind = Kind::Invalid;
    QString path; // SQLite
    QString user; // PostgreSQL
    QString host;
    int port = 5432;
    QString database;

    static StoreUrl parse(const QString& text, QString* error);
    QString toString() const;
    bool isValid() const { return kind != Kind::Invalid; }
};
