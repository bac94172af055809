#include "databasecopy.h"

#include "migrations.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace DatabaseCopy {
namespace {

// Rows the migrations themselves insert into a new database (the change counter's one row):
// replaced by the source's.
const QStringList seededTables {QStringLiteral("change_counter")};

StoreResult<qint64> rowCount(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next()) {
        return db.errorFrom(q.lastError(), QStringLiteral("count the rows of ") + table);
    }
    return q.value(0).toLongLong();
}

StoreError copyTable(Database& from, Database& to, const QString& table, qint64* copied)
{
    const QSqlRecord columns = to.connection().record(table);
    if (columns.isEmpty()) {
        return {StoreError::Code::Database, QStringLiteral("the target has no table %1").arg(table)};
    }
    QStringList names;
    QStringList marks;
    for (int i = 0; i < columns.count(); ++i) {
        names.append(columns.fieldName(i));
        marks.append(QStringLiteral("?"));
    }
    const QString list = names.join(QLatin1String(", "));
    QSqlQuery read(from.connection());
    // Row by row: firmware chunks would not fit in memory all at once.
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(list, table))) {
        return from.errorFrom(read.lastError(), QStringLiteral("read %1 (does the source lack a column?)").arg(table));
    }
    QSqlQuery write(to.connection());
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, list, marks.join(u',')))) {
        return to.errorFrom(write.lastError(), QStringLiteral("prepare the copy of ") + table);
    }
    *copied = 0;
    while (read.next()) {
        for (int i = 0; i < names.size(); ++i) {
            write.bindValue(i, read.value(i));
        }
        if (!write.exec()) {
            return to.errorFrom(write.lastError(), QStringLiteral("copy row %1 of %2").arg(*copied + 1).arg(table));
        }
        ++*copied;
    }
    if (read.lastError().isValid()) {
        return from.errorFrom(read.lastError(), QStringLiteral("read ") + table);
    }
    return {};
}

bool hasId(Database& db, const QString& table)
{
    return db.connection().record(table).contains(QStringLiteral("id"));
}

// The highest id the table ever handed out: ids of deleted rows are never given again (the
// change feed's tombstones name them), so the copy continues after the highest one, not
// after the highest row left.
StoreResult<qint64> highestIdEver(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    qint64 highest = 0;
    if (db.dialect() == Database::Dialect::SQLite) {
        q.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
        q.addBindValue(table);
        if (!q.exec()) {
            return db.errorFrom(q.lastError(), QStringLiteral("read the highest id of ") + table);
        }
        if (q.next()) {
            highest = q.value(0).toLongLong();
        }
    } else {
        q.prepare(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"));
        q.addBindValue(table);
        if (!q.exec() || !q.next()) {
            return db.errorFrom(q.lastError(), QStringLiteral("find the id sequence of ") + table);
        }
        const QString sequence = q.value(0).toString();
        if (!sequence.isEmpty()) {
            // Until is_called, last_value is the next id to come, not one handed out.
            QSqlQuery last(db.connection());
            if (!last.exec(QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM ")
                           + sequence)
                || !last.next()) {
                return db.errorFrom(last.lastError(), QStringLiteral("read the id sequence of ") + table);
            }
            highest = last.value(0).toLongLong();
        }
    }
    QSqlQuery max(db.connection());
    if (!max.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table) || !max.next()) {
        return db.errorFrom(max.lastError(), QStringLiteral("read the highest id of ") + table);
    }
    return qMax(highest, max.value(0).toLongLong());
}

StoreError continueIdsAfter(Database& to, const QString& table, qint64 highest)
{
    QSqlQuery q(to.connection());
    if (to.dialect() == Database::Dialect::PostgreSQL) {
        q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), ?, false)").arg(table));
        q.addBindValue(highest + 1);
        if (!q.exec()) {
            return to.errorFrom(q.lastError(), QStringLiteral("continue the ids of ") + table);
        }
        return {};
    }
    // SQLite's AUTOINCREMENT keeps its high-water mark in sqlite_sequence.
    q.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?"));
    q.addBindValue(highest);
    q.addBindValue(table);
    if (!q.exec()) {
        return to.errorFrom(q.lastError(), QStringLiteral("continue the ids of ") + table);
    }
    if (q.numRowsAffected() == 0 && highest > 0) {
        QSqlQuery insert(to.connection());
        insert.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"));
        insert.addBindValue(table);
        insert.addBindValue(highest);
        if (!insert.exec()) {
            return to.errorFrom(insert.lastError(), QStringLiteral("continue the ids of ") + table);
        }
    }
    return {};
}

} // namespace

QStringList tablesInOrder()
{
    static const QRegularExpression created(QStringLiteral("^CREATE TABLE (?:IF NOT EXISTS )?(\\w+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression altered(QStringLiteral("^ALTER TABLE (\\w+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression references(QStringLiteral("REFERENCES\\s+(\\w+)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    QHash<QString, QStringList> parents;
    for (const Migration& migration : Migrations::all(Migrations::Dialect::SQLite)) {
        for (const QString& statement : migration.statements) {
            QString table;
            if (const QRegularExpressionMatch m = created.match(statement); m.hasMatch()) {
                table = m.captured(1).toLower();
                if (!tables.contains(table)) {
                    tables.append(table);
                }
            } else if (const QRegularExpressionMatch a = altered.match(statement); a.hasMatch()) {
                table = a.captured(1).toLower();
            } else {
                continue;
            }
            for (auto it = references.globalMatch(statement); it.hasNext();) {
                const QString parent = it.next().captured(1).toLower();
                if (parent != table && !parents[table].contains(parent)) {
                    parents[table].append(parent);
                }
            }
        }
    }
    // Tables a DROP TABLE removed would still be listed; the migrations drop none.
    QStringList ordered;
    std::function<void(const QString&, int)> place = [&](const QString& table, int depth) {
        if (ordered.contains(table) || depth > tables.size()) {
            return;
        }
        for (const QString& parent : parents.value(table)) {
            place(parent, depth + 1);
        }
        ordered.append(table);
    };
    for (const QString& table : tables) {
        place(table, 0);
    }
    return ordered;
}

StoreError copy(Database& from, Database& to, const std::function<void(const QString&, qint64)>& progress)
{
    if (from.schemaVersion() != to.schemaVersion()) {
        return {StoreError::Code::Invalid,
                QStringLiteral("the source is at schema version %1 and the target at %2")
                    .arg(from.schemaVersion())
                    .arg(to.schemaVersion())};
    }
    const QStringList tables = tablesInOrder();
    // A source that holds nothing is a mistake (the wrong --database, or a new file a path
    // typo created), not a site to move.
    qint64 sourceRows = 0;
    for (const QString& table : tables) {
        if (seededTables.contains(table)) {
            continue;
        }
        StoreResult<qint64> rows = rowCount(from, table);
        if (!rows) {
            return rows.error();
        }
        sourceRows += rows.value();
    }
    if (sourceRows == 0) {
        return {StoreError::Code::Invalid,
                QStringLiteral("the source database holds nothing to copy: is it the server's database?")};
    }
    for (const QString& table : tables) {
        if (seededTables.contains(table)) {
            continue;
        }
        StoreResult<qint64> rows = rowCount(to, table);
        if (!rows) {
            return rows.error();
        }
        if (rows.value() > 0) {
            return {StoreError::Code::Invalid,
                    QStringLiteral("the target database is not empty (%1 has %2 rows): copy into a new database")
                        .arg(table)
                        .arg(rows.value())};
        }
    }
    // One snapshot of the source, one transaction on the target.
    Transaction reading(from);
    if (reading.error().isError()) {
        return reading.error();
    }
    if (from.dialect() == Database::Dialect::PostgreSQL) {
        QSqlQuery q(from.connection());
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))) {
            return from.errorFrom(q.lastError(), QStringLiteral("read the source in one snapshot"));
        }
    }
    Transaction writing(to);
    if (writing.error().isError()) {
        return writing.error();
    }
    for (const QString& table : seededTables) {
        QSqlQuery q(to.connection());
        if (!q.exec(QStringLiteral("DELETE FROM ") + table)) {
            return to.errorFrom(q.lastError(), QStringLiteral("empty ") + table);
        }
    }
    for (const QString& table : tables) {
        qint64 copied = 0;
        if (StoreError e = copyTable(from, to, table, &copied); e.isError()) {
            return e;
        }
        if (hasId(from, table)) {
            StoreResult<qint64> highest = highestIdEver(from, table);
            if (!highest) {
                return highest.error();
            }
            if (StoreError e = continueIdsAfter(to, table, highest.value()); e.isError()) {
                return e;
            }
        }
        // What was written is what was there: a row lost to a driver's conversion shows here.
        StoreResult<qint64> source = rowCount(from, table);
        StoreResult<qint64> target = rowCount(to, table);
        if (!source || !target) {
            return !source ? source.error() : target.error();
        }
        if (source.value() != copied || target.value() != copied) {
            return {StoreError::Code::Database,
                    QStringLiteral("%1: %2 rows in the source, %3 copied, %4 in the target")
                        .arg(table)
                        .arg(source.value())
                        .arg(copied)
                        .arg(target.value())};
        }
        if (progress) {
            progress(table, copied);
        }
    }
    return writing.commit();
}

} // namespace DatabaseCopy
