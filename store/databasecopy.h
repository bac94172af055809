#pragma once

#include "database.h"
#include "storeerror.h"

#include <QString>
#include <QStringList>

#include <functional>

// Copies every row of one PhoneFleet database into another, empty one at the same schema
// version: SQLite to PostgreSQL when a site grows to several nodes, or back. Tables go parents
// first (the order their REFERENCES give), ids are kept, and PostgreSQL's identity sequences
// continue after the highest id. The source is read in one snapshot; the target is written in
// one transaction, so a failed copy leaves the target as empty as it was.
namespace DatabaseCopy {

// The schema's tables in an order where every table comes after the tables it references,
// read from the built-in migrations (schema_migrations itself is not among them).
QStringList tablesInOrder();

// progress(table, rows) after each table.
StoreError copy(Database& from, Database& to, const std::function<void(const QString&, qint64)>& progress = {});

} // namespace DatabaseCopy
