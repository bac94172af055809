#pragma once

#include "rowtraits.h"
#include "storeerror.h"

#include <QSqlQuery>
#include <QVariant>
#include <QVector>

class Database;

// A filtered, ordered page of a table's rows. where is SQL with '?' marks for binds, written by
// the store's own query builders (rowqueries.h), never by a client; orderBy must be one of the
// table's columns.
struct RowQuery
{
    QString where;
    QVariantList binds;
    QString orderBy = QStringLiteral("id");
    bool descending = false;
    qint64 offset = 0;
    qint64 limit = -1; // -1: all
};

// Reads and writes one table of domain rows, with optimistic concurrency: every write gives the
// row a new revision from the global change counter, and an update or delete must name the
// revision it read, or it fails with StoreError::Code::Conflict. Instantiated for each domain
// type in repository.cpp.
template <class T>
class Repository
{
public:
    explicit Repository(Database& db)
        : m_db(db)
    { }

    // Returns the row as stored (with its id and revision).
    StoreResult<T> insert(const T& row);
    StoreResult<T> update(const T& row);
    StoreResult<bool> remove(qint64 id, qint64 expectedRevision);

    StoreResult<T> get(qint64 id) const;
    StoreResult<QVector<T>> list() const;
    // column must be one of the table's columns.
    StoreResult<QVector<T>> listWhere(const QString& column, const QVariant& value) const;
    StoreResult<T> findOne(const QString& column, const QVariant& value) const;
    StoreResult<QVector<T>> changedSince(qint64 revision) const;
    StoreResult<qint64> count() const;

    // Many rows in a few statements (hundreds of rows each), one revision for all: what imports
    // use, where one statement per row costs a network round trip each on PostgreSQL.
    // insertMany gives the rows back with their ids, found again by keyColumn (a unique column).
    // updateMany fails with Conflict when any row's revision is stale (then nothing may be kept:
    // call it in a transaction).
    StoreResult<QVector<T>> insertMany(const QVector<T>& rows, const QString& keyColumn);
    StoreError updateMany(const QVector<T>& rows);

    StoreResult<QVector<T>> query(const RowQuery& query) const;
    // Rows matching query.where (paging ignored).
    StoreResult<qint64> count(const RowQuery& query) const;
    // The rows with these ids that exist, in id order.
    StoreResult<QVector<T>> getMany(const QVector<qint64>& ids) const;
    // The rows whose column holds one of the values (any number of them), in id order.
    StoreResult<QVector<T>> listWhereIn(const QString& column, const QVariantList& values) const;

private:
    StoreResult<T> write(const T& row, bool isNew);
    StoreError staleOrMissing(qint64 id, qint64 expectedRevision) const;
    StoreResult<QVector<T>> select(const QString& where, const QVariantList& binds) const;
    StoreResult<QVector<T>> readRows(QSqlQuery& query) const;

    Database& m_db;
};
