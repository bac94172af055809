#include "database.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace {
// How long a statement waits for a lock another connection holds before failing.
constexpr int busyTimeoutMs = 10000;
// journal_size_limit of new SQLite connections: 64 MB unless the server says otherwise.
std::atomic<qint64> s_journalSizeLimit {64LL * 1024 * 1024};

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("phonefleet-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Migrations::Dialect migrationDialect(Database::Dialect d)
{
    return d == Database::Dialect::SQLite ? Migrations::Dialect::SQLite : Migrations::Dialect::PostgreSQL;
}
} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlQuery& Database::preparedQuery(const QString& sql) const
{
    std::unique_ptr<QSqlQuery>& q = m_prepared[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        q->prepare(sql);
    }
    return *q;
}

void Database::close()
{
    m_prepared.clear();
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = connection();
        if (db.isOpen()) {
            if (m_depth > 0) {
                db.rollback();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_depth = 0;
}

int Database::latestSchemaVersion()
{
    return Migrations::all(Migrations::Dialect::SQLite).size();
}

StoreError Database::open(const StoreUrl& url, const QString& password)
{
    close();
    if (!url.isValid()) {
        return {StoreError::Code::Invalid, QStringLiteral("no database URL")};
    }
    m_connectionName = newConnectionName();
    m_dialect = url.kind == StoreUrl::Kind::SQLite ? Dialect::SQLite : Dialect::PostgreSQL;
    const QString driver = m_dialect == Dialect::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        const QString name = m_dialect == Dialect::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
        close();
        return {StoreError::Code::Database,
                QStringLiteral("the Qt %1 driver (%2) is not installed; install the Qt SQL plugin for %1")
                    .arg(name, driver)};
    }
    QString openError;
    {
        // Scoped: the handle must be gone before close() removes the connection.
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
        if (m_dialect == Dialect::SQLite) {
            if (url.path != QLatin1String(":memory:")) {
                const QFileInfo info(url.path);
                if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
                    openError = QStringLiteral("cannot create the folder %1 for the database").arg(info.absolutePath());
                }
            }
            db.setDatabaseName(url.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setPassword(password);
            db.setDatabaseName(url.database);
            db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=phonefleet"));
        }
        if (openError.isEmpty() && !db.open()) {
            openError = QStringLiteral("cannot open the database %1: %2").arg(url.toString(), db.lastError().text());
        }
    }
    if (!openError.isEmpty()) {
        close();
        return {StoreError::Code::Database, openError};
    }
    if (m_dialect == Dialect::SQLite) {
        if (StoreError e = configureSqlite(); e.isError()) {
            close();
            return e;
        }
    }
    if (StoreError e = migrate(); e.isError()) {
        close();
        return e;
    }
    return {};
}

StoreError Database::configureSqlite()
{
    // WAL lets readers go on while one writer writes; FULL makes a commit durable on power loss.
    // 16 KB pages (new databases only: it must come first) keep a generated cfg file inline in
    // its row rather than in a chain of overflow pages: generation writes a hundred thousand.
    // 64 MB of page cache: bulk writes otherwise spill it every few rows. A second connection
    // (the server reads on one thread and writes on another) waits for a lock instead of failing.
    // A reset WAL file is cut back to journal_size_limit (setJournalSizeLimit()).
    const QStringList pragmas = {
        QStringLiteral("PRAGMA page_size=4096"),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA cache_size=%1").arg(sqliteCacheSize),
        QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA journal_size_limit=%1").arg(s_journalSizeLimit.load()),
    };
    for (const QString& pragma : pragmas) {
        QSqlQuery q(connection());
        if (!q.exec(pragma)) {
            return errorFrom(q.lastError(), QStringLiteral("configuring SQLite (%1)").arg(pragma));
        }
    }
    return {};
}

StoreError Database::migrate()
{
    const QVector<Migration> migrations = Migrations::all(migrationDialect(m_dialect));
    if (StoreError e = begin(); e.isError()) {
        return e;
    }
    QSqlQuery q(connection());
    if (m_dialect == Dialect::PostgreSQL) {
        // Several servers may start at once against one database: one migrates, the others wait.
        q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7415073029)"));
    }
    // PostgreSQL reports "already exists, skipping" as a notice on stderr: ask first.
    const bool haveTable = m_dialect == Dialect::PostgreSQL
        && q.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) && q.next()
        && q.value(0).toBool();
    if (!haveTable
        && !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                  "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"))) {
        StoreError e = errorFrom(q.lastError(), QStringLiteral("creating the migrations table"));
        rollback();
        return e;
    }
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next()) {
        StoreError e = errorFrom(q.lastError(), QStringLiteral("reading the schema version"));
        rollback();
        return e;
    }
    int version = q.value(0).toInt();
    if (version > migrations.size()) {
        rollback();
        return {StoreError::Code::Database,
                QStringLiteral("the database is at schema version %1, newer than this PhoneFleet (%2); "
                               "upgrade PhoneFleet rather than use it with this database")
                    .arg(version)
                    .arg(migrations.size())};
    }
    for (const Migration& m : migrations.mid(version)) {
        for (const QString& statement : m.statements) {
            if (!q.exec(statement)) {
                StoreError e =
                    errorFrom(q.lastError(), QStringLiteral("applying migration %1 (%2)").arg(m.version).arg(m.name));
                rollback();
                return e;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (StoreError e = exec(q, QStringLiteral("recording migration %1").arg(m.version)); e.isError()) {
            rollback();
            return e;
        }
        version = m.version;
    }
    if (StoreError e = commit(); e.isError()) {
        return e;
    }
    m_schemaVersion = version;
    return {};
}

StoreError Database::disableAutoCheckpoint()
{
    if (m_dialect != Dialect::SQLite) {
        return {};
    }
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"))) {
        return errorFrom(q.lastError(), QStringLiteral("configuring WAL checkpoints"));
    }
    return {};
}

StoreResult<Database::CheckpointResult> Database::checkpoint(Checkpoint mode, int waitMs)
{
    CheckpointResult result;
    if (m_dialect != Dialect::SQLite) {
        return result;
    }
    QSqlQuery q(connection());
    const bool waits = mode == Checkpoint::Truncate;
    // A truncating checkpoint waits for the writer and old readers through the busy handler:
    // only as long as asked, then it reports busy and the caller tries again later.
    if (waits && !q.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(qMax(0, waitMs)))) {
        return errorFrom(q.lastError(), QStringLiteral("configuring the checkpoint's wait"));
    }
    const bool ok = q.exec(waits ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")
                                 : QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    StoreError error;
    if (!ok) {
        error = errorFrom(q.lastError(), QStringLiteral("checkpointing the WAL"));
    } else if (q.next()) {
        result.busy = q.value(0).toInt() != 0;
        result.walFrames = q.value(1).toInt();
        result.checkpointed = q.value(2).toInt();
    }
    q.finish();
    if (waits) {
        QSqlQuery restore(connection());
        restore.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs));
    }
    if (error.isError()) {
        return error;
    }
    return result;
}

QString Database::walPath() const
{
    if (m_dialect != Dialect::SQLite) {
        return {};
    }
    const QString name = connection().databaseName();
    return name.isEmpty() || name == QLatin1String(":memory:") ? QString() : name + QLatin1String("-wal");
}

void Database::setJournalSizeLimit(qint64 bytes)
{
    s_journalSizeLimit.store(bytes);
}

StoreError Database::begin()
{
    if (m_depth++ > 0) {
        return {};
    }
    m_failed = false;
    m_revision = 0;
    QSqlQuery q(connection());
    // IMMEDIATE takes SQLite's write lock now, so two writers never deadlock upgrading a read.
    const QString sql = m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!q.exec(sql)) {
        m_depth = 0;
        return errorFrom(q.lastError(), QStringLiteral("starting a transaction"));
    }
    return {};
}

StoreError Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0) {
        return {};
    }
    QSqlQuery q(connection());
    if (m_failed) {
        q.exec(QStringLiteral("ROLLBACK"));
        finished(false);
        return {StoreError::Code::Database, QStringLiteral("the transaction was rolled back by an earlier failure")};
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        StoreError e = errorFrom(q.lastError(), QStringLiteral("committing"));
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        finished(false);
        return e;
    }
    finished(true);
    return {};
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0) {
        m_failed = true;
        return;
    }
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
    finished(false);
}

void Database::whenFinished(std::function<void(bool committed)> done)
{
    if (m_depth == 0) {
        done(true);
        return;
    }
    m_whenFinished.push_back(std::move(done));
}

void Database::finished(bool committed)
{
    std::vector<std::function<void(bool)>> done;
    done.swap(m_whenFinished);
    for (const auto& f : done) {
        f(committed);
    }
}

StoreResult<qint64> Database::nextRevision()
{
    Q_ASSERT(m_depth > 0);
    // Everything one transaction writes becomes visible at once, so it shares one revision: the
    // counter moves once per transaction, not once per row (a batch of a thousand keep-alives
    // is one increment).
    if (m_revision > 0) {
        return m_revision;
    }
    // The single counter row is locked until commit, so revisions become visible in order:
    // a reader that has seen revision N will never later find a new row below N.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value"))
        || !q.next()) {
        return errorFrom(q.lastError(), QStringLiteral("advancing the change counter"));
    }
    m_revision = q.value(0).toLongLong();
    q.finish();
    return m_revision;
}

StoreResult<qint64> Database::currentRevision() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT value FROM change_counter WHERE id = 1")) || !q.next()) {
        return errorFrom(q.lastError(), QStringLiteral("reading the change counter"));
    }
    return q.value(0).toLongLong();
}

StoreError Database::exec(QSqlQuery& query, const QString& what) const
{
    if (!query.exec()) {
        return errorFrom(query.lastError(), what);
    }
    return {};
}

QLatin1String Database::returningId() const
{
    return m_dialect == Dialect::PostgreSQL ? QLatin1String(" RETURNING id") : QLatin1String("");
}

StoreResult<qint64> Database::insertedId(QSqlQuery& query) const
{
    qint64 id = 0;
    if (m_dialect == Dialect::PostgreSQL) {
        id = query.next() ? query.value(0).toLongLong() : 0;
    } else {
        id = query.lastInsertId().toLongLong();
    }
    query.finish(); // SQLite cannot commit while a statement is still active
    if (id <= 0) {
        return StoreError {StoreError::Code::Database, QStringLiteral("the database returned no id for the new row")};
    }
    return id;
}

StoreError Database::errorFrom(const QSqlError& error, const QString& what) const
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const bool unique = native == QLatin1String("23505") || native == QLatin1String("2067")
        || native == QLatin1String("1555") || text.contains(QLatin1String("UNIQUE constraint"));
    const bool foreign = native == QLatin1String("23503") || native == QLatin1String("787")
        || text.contains(QLatin1String("FOREIGN KEY constraint"));
    if (unique) {
        return {StoreError::Code::Constraint, QStringLiteral("%1: the name is already taken (%2)").arg(what, text)};
    }
    if (foreign) {
        return {StoreError::Code::Constraint,
                QStringLiteral("%1: the row refers to, or is still referred to by, another one (%2)").arg(what, text)};
    }
    return {StoreError::Code::Database, QStringLiteral("%1: %2").arg(what, text)};
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_error(db.begin())
{
    m_done = m_error.isError();
}

Transaction::~Transaction()
{
    if (!m_done) {
        m_db.rollback();
    }
}

StoreError Transaction::commit()
{
    if (m_done) {
        return m_error.isError() ? m_error
                                 : StoreError {StoreError::Code::Database, QStringLiteral("already committed")};
    }
    m_done = true;
    return m_db.commit();
}

WriteTransaction::WriteTransaction(Database& db)
    : m_tx(db)
    , m_error(m_tx.error())
{
    if (m_error.isError()) {
        return;
    }
    const StoreResult<qint64> revision = db.nextRevision();
    if (revision) {
        m_revision = revision.value();
    } else {
        m_error = revision.error();
    }
}
