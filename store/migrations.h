#pragma once

#include <QStringList>
#include <QVector>

// The numbered schema migrations in store/migrations/NNNN_name.sql, built into the binary.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements; // with the dialect's tokens replaced
};

namespace Migrations {
enum class Dialect { SQLite, PostgreSQL };

// In version order; versions are 1, 2, 3, ... without gaps.
QVector<Migration> all(Dialect dialect);
// Splits one file's text into statements and replaces %ID% and %BLOB%.
QStringList statements(const QString& sql, Dialect dialect);
} // namespace Migrations
