#include "repository.h"

#include "database.h"

#include "rowrecord.h"
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace {
template <class T>
QString tableName()
{
    return QLatin1String(RowTraits<T>::table());
}

// A null QString would be stored as NULL; text columns hold '' for "nothing".
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QString(QLatin1String(""));
    }
    return value;
}

} // namespace

template <class T>
StoreResult<QVector<T>> Repository<T>::select(const QString& where, const QVariantList& binds) const
{
    // The row's columns only: never the file bodies some tables also hold.
    static const QString columns = QStringLiteral("id, revision, ") + RowTraits<T>::columns().join(QLatin1String(", "));
    QSqlQuery& q =
        m_db.preparedQuery(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY id").arg(columns, tableName<T>(), where));
    for (const QVariant& v : binds) {
        q.addBindValue(v);
    }
    if (StoreError e = m_db.exec(q, QStringLiteral("reading %1").arg(tableName<T>())); e.isError()) {
        return e;
    }
    return readRows(q);
}

template <class T>
StoreResult<QVector<T>> Repository<T>::readRows(QSqlQuery& q) const
{
    QVector<T> rows;
    const RowRecord record(q);
    while (q.next()) {
        rows.append(RowTraits<T>::read(record));
    }
    q.finish();
    for (T& row : rows) {
        if (StoreError e = RowTraits<T>::readChildren(m_db, &row); e.isError()) {
            return e;
        }
    }
    return rows;
}

template <class T>
StoreResult<QVector<T>> Repository<T>::query(const RowQuery& query) const
{
    const QString& order = query.orderBy;
    if (order != QLatin1String("id") && order != QLatin1String("revision")
        && !RowTraits<T>::columns().contains(order)) {
        return StoreError {StoreError::Code::Invalid,
                           QStringLiteral("%1 cannot be sorted by %2").arg(tableName<T>(), order)};
    }
    static const QString columns = QStringLiteral("id, revision, ") + RowTraits<T>::columns().join(QLatin1String(", "));
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns, tableName<T>());
    if (!query.where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + query.where;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    sql += QStringLiteral(" ORDER BY ") + order + direction;
    if (order != QLatin1String("id")) {
        sql += QStringLiteral(", id") + direction; // a stable order for paging
    }
    if (query.limit >= 0 || query.offset > 0) {
        // Both databases take LIMIT -1 as "no limit" only in SQLite; a large number works on both.
        sql += QStringLiteral(" LIMIT %1 OFFSET %2")
                   .arg(query.limit >= 0 ? query.limit : std::numeric_limits<qint64>::max())
                   .arg(qMax<qint64>(0, query.offset));
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : query.binds) {
        q.addBindValue(v);
    }
    if (StoreError e = m_db.exec(q, QStringLiteral("reading %1").arg(tableName<T>())); e.isError()) {
        return e;
    }
    return readRows(q);
}

template <class T>
StoreResult<qint64> Repository<T>::count(const RowQuery& query) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(tableName<T>())
              + (query.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + query.where));
    for (const QVariant& v : query.binds) {
        q.addBindValue(v);
    }
    if (StoreError e = m_db.exec(q, QStringLiteral("counting %1").arg(tableName<T>())); e.isError()) {
        return e;
    }
    q.next();
    return q.value(0).toLongLong();
}

template <class T>
StoreResult<QVector<T>> Repository<T>::getMany(const QVector<qint64>& ids) const
{
    // Ids are numbers: written into the statement rather than bound. SQLite matches each "?" of
    // a statement against the others by name (quadratic in their number): for the users of a
    // page of 10 000 phones that was a third of serving the page.
    QVector<qint64> unique = ids;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    QVector<T> rows;
    constexpr qsizetype chunk = 1000;
    for (qsizetype start = 0; start < unique.size(); start += chunk) {
        QString list;
        for (qsizetype i = start; i < qMin(unique.size(), start + chunk); ++i) {
            list += (i > start ? QStringLiteral(",") : QString()) + QString::number(unique.at(i));
        }
        RowQuery q;
        q.where = QStringLiteral("id IN (%1)").arg(list);
        StoreResult<QVector<T>> some = query(q);
        if (!some) {
            return some.error();
        }
        rows += some.value();
    }
    return rows; // in id order: the chunks are, and each chunk's query orders by id
}

template <class T>
StoreResult<QVector<T>> Repository<T>::listWhereIn(const QString& column, const QVariantList& values) const
{
    if (column != QLatin1String("id") && !RowTraits<T>::columns().contains(column)) {
        return StoreError {StoreError::Code::Invalid,
                           QStringLiteral("%1 has no column %2").arg(tableName<T>(), column)};
    }
    QVector<T> rows;
    constexpr qsizetype chunk = 500; // bind limits: SQLite takes 32766, PostgreSQL 65535
    for (qsizetype start = 0; start < values.size(); start += chunk) {
        const QVariantList part = values.mid(start, chunk);
        RowQuery q;
        q.where = QStringLiteral("%1 IN (%2)").arg(column, QStringList(part.size(), QStringLiteral("?")).join(u','));
        q.binds = part;
        StoreResult<QVector<T>> some = query(q);
        if (!some) {
            return some.error();
        }
        rows += some.value();
    }
    std::sort(rows.begin(), rows.end(), [](const T& a, const T& b) { return a.id < b.id; });
    return rows;
}

template <class T>
StoreError Repository<T>::staleOrMissing(qint64 id, qint64 expectedRevision) const
{
    StoreResult<T> current = get(id);
    if (!current) {
        return current.error();
    }
    return {StoreError::Code::Conflict,
            QStringLiteral("%1 row %2 was changed by someone else (revision %3, not %4); reload it and try again")
                .arg(tableName<T>())
                .arg(id)
                .arg(current->revision)
                .arg(expectedRevision)};
}

template <class T>
StoreResult<T> Repository<T>::write(const T& input, bool isNew)
{
    if (StoreError e = RowTraits<T>::validate(input); e.isError()) {
        return e;
    }
    Transaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    StoreResult<qint64> revision = m_db.nextRevision();
    if (!revision) {
        return revision.error();
    }
    // Prepared once per connection: on PostgreSQL a statement prepared anew costs two more round
    // trips than the write itself (imports write thousands of rows).
    static const QString insertSql = [] {
        const QStringList& columns = RowTraits<T>::columns();
        const QStringList marks(columns.size() + 1, QStringLiteral("?"));
        return QStringLiteral("INSERT INTO %1 (revision, %2) VALUES (%3)")
            .arg(tableName<T>(), columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    }();
    static const QString insertReturningSql = insertSql + QLatin1String(" RETURNING id");
    static const QString updateSql = QStringLiteral("UPDATE %1 SET revision = ?, %2 = ? WHERE id = ? AND revision = ?")
                                         .arg(tableName<T>(), RowTraits<T>::columns().join(QLatin1String(" = ?, ")));
    QSqlQuery& q = m_db.preparedQuery(!isNew                             ? updateSql
                                          : m_db.returningId().isEmpty() ? insertSql
                                                                         : insertReturningSql);
    q.addBindValue(revision.value());
    for (const QVariant& v : RowTraits<T>::values(input)) {
        q.addBindValue(bindable(v));
    }
    if (!isNew) {
        q.addBindValue(input.id);
        q.addBindValue(input.revision);
    }
    const QString what = isNew ? QStringLiteral("adding to %1").arg(tableName<T>())
                               : QStringLiteral("updating %1 row %2").arg(tableName<T>()).arg(input.id);
    if (StoreError e = m_db.exec(q, what); e.isError()) {
        q.finish();
        return e;
    }
    T stored = input;
    stored.revision = revision.value();
    if (isNew) {
        StoreResult<qint64> id = m_db.insertedId(q);
        if (!id) {
            return StoreError {StoreError::Code::Database, what + QStringLiteral(": ") + id.error().message};
        }
        stored.id = id.value();
    } else {
        const int affected = q.numRowsAffected();
        q.finish();
        if (affected != 1) {
            return staleOrMissing(input.id, input.revision);
        }
    }
    if (StoreError e = RowTraits<T>::writeChildren(m_db, stored); e.isError()) {
        return e;
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return stored;
}

namespace {
// What a value is declared as in a VALUES list: PostgreSQL types untyped parameters as text.
QString castFor(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QStringLiteral("CAST(? AS BIGINT)");
    default:
        return QStringLiteral("CAST(? AS TEXT)");
    }
}

// Rows per statement on PostgreSQL: as many as fit (each statement is a round trip), within its
// 65535 parameters. (SQLite writes row by row: it has no round trip to save, and Qt's driver looks
// every parameter's name up in a list as long as the statement's, which is quadratic.)
qsizetype rowsPerStatement(Database::Dialect dialect, qsizetype parametersPerRow)
{
    const qsizetype parameters = dialect == Database::Dialect::PostgreSQL ? 30000 : 400;
    return qMax<qsizetype>(1, qMin<qsizetype>(1000, parameters / parametersPerRow));
}
} // namespace

template <class T>
StoreResult<QVector<T>> Repository<T>::insertMany(const QVector<T>& rows, const QString& keyColumn)
{
    const QStringList& columns = RowTraits<T>::columns();
    const qsizetype key = columns.indexOf(keyColumn);
    if (key < 0) {
        return StoreError {StoreError::Code::Invalid,
                           QStringLiteral("%1 has no column %2").arg(tableName<T>(), keyColumn)};
    }
    if (rows.isEmpty()) {
        return QVector<T>();
    }
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    QVector<T> stored;
    stored.reserve(rows.size());
    if (m_db.dialect() == Database::Dialect::SQLite) {
        // No round trip to save: the prepared one-row statement is the fastest there is.
        for (const T& row : rows) {
            StoreResult<T> one = write(row, true);
            if (!one) {
                return one.error();
            }
            stored.append(one.take());
        }
        if (StoreError e = tx.commit(); e.isError()) {
            return e;
        }
        return stored;
    }
    for (const T& row : rows) {
        if (StoreError e = RowTraits<T>::validate(row); e.isError()) {
            return e;
        }
    }
    const QString one = u'(' + QStringList(columns.size() + 1, QStringLiteral("?")).join(u',') + u')';
    const qsizetype chunk = rowsPerStatement(m_db.dialect(), columns.size() + 1);
    for (qsizetype start = 0; start < rows.size(); start += chunk) {
        const qsizetype n = qMin(chunk, rows.size() - start);
        // Every full chunk has the same text: PostgreSQL plans it once.
        QSqlQuery& q = m_db.preparedQuery(
            QStringLiteral("INSERT INTO %1 (revision, %2) VALUES %3 RETURNING id, %4")
                .arg(tableName<T>(), columns.join(QLatin1String(", ")), QStringList(n, one).join(u','), keyColumn));
        QHash<QString, qsizetype> byKey;
        for (qsizetype i = start; i < start + n; ++i) {
            const QVariantList values = RowTraits<T>::values(rows.at(i));
            q.addBindValue(tx.revision());
            for (const QVariant& v : values) {
                q.addBindValue(bindable(v));
            }
            byKey.insert(values.at(key).toString(), i);
        }
        if (StoreError e = m_db.exec(q, QStringLiteral("adding %1 rows to %2").arg(n).arg(tableName<T>()));
            e.isError()) {
            q.finish();
            return e;
        }
        // RETURNING's order is not promised: the key says which row got which id.
        while (q.next()) {
            T row = rows.at(byKey.value(q.value(1).toString()));
            row.id = q.value(0).toLongLong();
            row.revision = tx.revision();
            stored.append(row);
        }
        q.finish();
    }
    for (const T& row : stored) {
        if (StoreError e = RowTraits<T>::writeChildren(m_db, row); e.isError()) {
            return e;
        }
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return stored;
}

template <class T>
StoreError Repository<T>::updateMany(const QVector<T>& rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    for (const T& row : rows) {
        if (StoreError e = RowTraits<T>::validate(row); e.isError()) {
            return e;
        }
    }
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    if (m_db.dialect() == Database::Dialect::SQLite) {
        for (const T& row : rows) {
            if (StoreError e = write(row, false).error(); e.isError()) {
                return e;
            }
        }
        return tx.commit();
    }
    const QStringList& columns = RowTraits<T>::columns();
    // The casts follow the values' types, the same for every row of a table.
    const QVariantList sample = RowTraits<T>::values(rows.first());
    QStringList casts = {QStringLiteral("CAST(? AS BIGINT)"), QStringLiteral("CAST(? AS BIGINT)")};
    QStringList sets;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        casts.append(castFor(sample.at(c)));
        sets.append(QStringLiteral("%1 = v.%1").arg(columns.at(c)));
    }
    const QString one = u'(' + casts.join(u',') + u')';
    const qsizetype chunk = rowsPerStatement(m_db.dialect(), columns.size() + 2);
    for (qsizetype start = 0; start < rows.size(); start += chunk) {
        const qsizetype n = qMin(chunk, rows.size() - start);
        QSqlQuery& q = m_db.preparedQuery(
            QStringLiteral("WITH v(row_id, old_revision, %1) AS (VALUES %2) UPDATE %3 SET revision = ?, %4 FROM v "
                           "WHERE %3.id = v.row_id AND %3.revision = v.old_revision")
                .arg(columns.join(QLatin1String(", ")), QStringList(n, one).join(u','), tableName<T>(),
                     sets.join(QLatin1String(", "))));
        for (qsizetype i = start; i < start + n; ++i) {
            q.addBindValue(rows.at(i).id);
            q.addBindValue(rows.at(i).revision);
            for (const QVariant& v : RowTraits<T>::values(rows.at(i))) {
                q.addBindValue(bindable(v));
            }
        }
        q.addBindValue(tx.revision());
        const StoreError failed = m_db.exec(q, QStringLiteral("updating %1 rows of %2").arg(n).arg(tableName<T>()));
        const int affected = q.numRowsAffected();
        q.finish();
        if (failed.isError()) {
            return failed;
        }
        if (affected != n) {
            return StoreError {StoreError::Code::Conflict,
                               QStringLiteral("%1 of %2 rows of %3 were changed by someone else meanwhile; try again")
                                   .arg(n - affected)
                                   .arg(n)
                                   .arg(tableName<T>())};
        }
    }
    for (const T& row : rows) {
        if (StoreError e = RowTraits<T>::writeChildren(m_db, row); e.isError()) {
            return e;
        }
    }
    return tx.commit();
}

template <class T>
StoreResult<T> Repository<T>::insert(const T& row)
{
    return write(row, true);
}

template <class T>
StoreResult<T> Repository<T>::update(const T& row)
{
    return write(row, false);
}

template <class T>
StoreResult<bool> Repository<T>::remove(qint64 id, qint64 expectedRevision)
{
    Transaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    StoreResult<qint64> revision = m_db.nextRevision();
    if (!revision) {
        return revision.error();
    }
    QSqlQuery q(m_db.connection());
    // Recorded first, while the row (and what its region is found from) is still there; a stale
    // revision records nothing, and the transaction is rolled back anyway.
    const char* region = RowTraits<T>::regionExpression();
    q.prepare(QStringLiteral("INSERT INTO deleted_rows (table_name, row_id, revision, region_id) "
                             "SELECT CAST(? AS TEXT), id, CAST(? AS BIGINT), CAST(%1 AS BIGINT) FROM %2 "
                             "WHERE id = ? AND revision = ?")
                  .arg(region ? QLatin1String(region) : QLatin1String("NULL"), tableName<T>()));
    q.addBindValue(tableName<T>());
    q.addBindValue(revision.value());
    q.addBindValue(id);
    q.addBindValue(expectedRevision);
    if (StoreError e = m_db.exec(q, QStringLiteral("recording the deletion")); e.isError()) {
        return e;
    }
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND revision = ?").arg(tableName<T>()));
    q.addBindValue(id);
    q.addBindValue(expectedRevision);
    if (StoreError e = m_db.exec(q, QStringLiteral("deleting %1 row %2").arg(tableName<T>()).arg(id)); e.isError()) {
        return e;
    }
    if (q.numRowsAffected() != 1) {
        return staleOrMissing(id, expectedRevision);
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return true;
}

template <class T>
StoreResult<T> Repository<T>::get(qint64 id) const
{
    return findOne(QStringLiteral("id"), id);
}

template <class T>
StoreResult<QVector<T>> Repository<T>::list() const
{
    return select(QString(), {});
}

template <class T>
StoreResult<QVector<T>> Repository<T>::listWhere(const QString& column, const QVariant& value) const
{
    if (column != QLatin1String("id") && !RowTraits<T>::columns().contains(column)) {
        return StoreError {StoreError::Code::Invalid,
                           QStringLiteral("%1 has no column %2").arg(tableName<T>(), column)};
    }
    if (value.isNull()) {
        return select(QStringLiteral(" WHERE %1 IS NULL").arg(column), {});
    }
    return select(QStringLiteral(" WHERE %1 = ?").arg(column), {value});
}

template <class T>
StoreResult<T> Repository<T>::findOne(const QString& column, const QVariant& value) const
{
    StoreResult<QVector<T>> rows = listWhere(column, value);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return StoreError {StoreError::Code::NotFound,
                           QStringLiteral("no %1 row with %2 = %3").arg(tableName<T>(), column, value.toString())};
    }
    return rows->first();
}

template <class T>
StoreResult<QVector<T>> Repository<T>::changedSince(qint64 revision) const
{
    return select(QStringLiteral(" WHERE revision > ?"), {revision});
}

template <class T>
StoreResult<qint64> Repository<T>::count() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(tableName<T>()));
    if (StoreError e = m_db.exec(q, QStringLiteral("counting %1").arg(tableName<T>())); e.isError()) {
        return e;
    }
    q.next();
    return q.value(0).toLongLong();
}

template class Repository<Region>;
template class Repository<Site>;
template class Repository<User>;
template class Repository<Device>;
template class Repository<PhoneTemplate>;
template class Repository<Placeholder>;
template class Repository<Alarm>;
template class Repository<FirmwareFile>;
template class Repository<ConfigFile>;
template class Repository<Admin>;
template class Repository<OverwriteValue>;
template class Repository<AuditEntry>;
template class Repository<Job>;
