#pragma once

#include "storeerror.h"
#include "storeurl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QString>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class QSqlError;
class QSqlQuery;

// One connection to the SQLite or PostgreSQL database, with the schema brought up to date on
// open. Use it from the thread that opened it. Writes happen in transactions that may nest:
// only the outermost one reaches the database.
class Database
{
public:
    enum class Dialect { SQLite, PostgreSQL };
    // SQLite's cache_size on every connection: 64 MB (negative: KiB).
    static constexpr int sqliteCacheSize = -65536;

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // password: PostgreSQL only; may be empty (trust, peer or .pgpass).
    StoreError open(const StoreUrl& url, const QString& password = {});
    void close();
    bool isOpen() const;

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    // The newest migration this build knows, and the one the database is at.
    static int latestSchemaVersion();
    int schemaVersion() const { return m_schemaVersion; }

    // SQLite: leave WAL checkpoints to checkpoint() on another connection, so that the writer's
    // commits never wait for one. No-op on PostgreSQL.
    StoreError disableAutoCheckpoint();
    // SQLite's wal_checkpoint modes: PASSIVE copies committed frames into the database without
    // waiting for anyone; TRUNCATE waits (up to the busy timeout) for the writer and for readers
    // of old snapshots, copies every frame and empties the WAL file.
    enum class Checkpoint { Passive, Truncate };
    struct CheckpointResult
    {
        bool busy = false;     // it could not finish (readers or the writer kept it out)
        int walFrames = -1;    // frames in the WAL (-1: not in WAL mode)
        int checkpointed = -1; // of which now in the database
    };
    // SQLite: one checkpoint; with Truncate, waits at most waitMs for others. No-op on PostgreSQL.
    StoreResult<CheckpointResult> checkpoint(Checkpoint mode = Checkpoint::Passive, int waitMs = 0);
    // SQLite: the WAL file's path ("" for PostgreSQL or an in-memory database).
    QString walPath() const;
    // SQLite, all connections opened after the call: the size a WAL file is cut back to whenever
    // it is reset (journal_size_limit), so that one burst does not leave a big file behind.
    static void setJournalSizeLimit(qint64 bytes);

    StoreError begin();
    StoreError commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // Runs done(true) once the outermost transaction has committed, done(false) once it has
    // rolled back or failed to commit; at once with true outside a transaction. For what lives
    // beside the rows (files on disk) and must follow their fate, also when the transaction is
    // an outer one the caller does not see (a writer's batch).
    void whenFinished(std::function<void(bool committed)> done);

    // Within a transaction: the transaction's revision. The first call advances the global change
    // counter; later calls in the same outermost transaction return the same value.
    StoreResult<qint64> nextRevision();
    StoreResult<qint64> currentRevision() const;

    // A query prepared once per connection and reused: hot reads (a phone's file, a device by
    // MAC) would otherwise spend most of their time in SQLite's parser. Bind, exec, read, then
    // finish() it; do not hold two uses of the same SQL at once.
    QSqlQuery& preparedQuery(const QString& sql) const;
    // Runs a prepared query and turns a failure into a StoreError about "what".
    StoreError exec(QSqlQuery& query, const QString& what) const;
    StoreError errorFrom(const QSqlError& error, const QString& what) const;
    // What ends an INSERT whose new id is wanted: " RETURNING id" on PostgreSQL, nothing on
    // SQLite, where RETURNING builds a temporary table for every statement (a third of the cost
    // of saving a generated file's row) and sqlite3_last_insert_rowid() says the same.
    QLatin1String returningId() const;
    // The id of the row the INSERT just run (ending with returningId()) added; finishes `query`.
    StoreResult<qint64> insertedId(QSqlQuery& query) const;

private:
    StoreError migrate();
    StoreError configureSqlite();

    QString m_connectionName;
    Dialect m_dialect = Dialect::SQLite;
    int m_schemaVersion = 0;
    int m_depth = 0;
    std::vector<std::function<void(bool)>> m_whenFinished;
    void finished(bool committed);
    qint64 m_revision = 0; // of the outermost transaction, once taken
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    bool m_failed = false; // an inner transaction rolled back: the outer one must not commit
};

// Begins on construction and rolls back on destruction unless committed.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const StoreError& error() const { return m_error; }
    StoreError commit();

private:
    Database& m_db;
    StoreError m_error;
    bool m_done = false;
};

// A transaction that writes rows: begun, with the transaction's revision already taken.
// error() covers both steps.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& db);

    const StoreError& error() const { return m_error; }
    qint64 revision() const { return m_revision; }
    StoreError commit() { return m_tx.commit(); }

private:
    Transaction m_tx;
    StoreError m_error;
    qint64 m_revision = 0;
};
