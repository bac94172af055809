#include "repository.h"

#include "database.h"

#include <QSqlQuery>
#include <QSqlRecord>

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
    QVector<T> rows;
    while (q.next()) {
        rows.append(RowTraits<T>::read(q.record()));
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
    const QStringList& columns = RowTraits<T>::columns();
    QSqlQuery q(m_db.connection());
    if (isNew) {
        const QStringList marks(columns.size() + 1, QStringLiteral("?"));
        q.prepare(QStringLiteral("INSERT INTO %1 (revision, %2) VALUES (%3) RETURNING id")
                      .arg(tableName<T>(), columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    } else {
        q.prepare(QStringLiteral("UPDATE %1 SET revision = ?, %2 = ? WHERE id = ? AND revision = ?")
                      .arg(tableName<T>(), columns.join(QLatin1String(" = ?, "))));
    }
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
        return e;
    }
    T stored = input;
    stored.revision = revision.value();
    if (isNew) {
        if (!q.next()) {
            return StoreError {StoreError::Code::Database, what + QStringLiteral(": no id returned")};
        }
        stored.id = q.value(0).toLongLong();
        q.finish(); // SQLite cannot commit while a statement is still active
    } else if (q.numRowsAffected() != 1) {
        return staleOrMissing(input.id, input.revision);
    }
    if (StoreError e = RowTraits<T>::writeChildren(m_db, stored); e.isError()) {
        return e;
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return stored;
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
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND revision = ?").arg(tableName<T>()));
    q.addBindValue(id);
    q.addBindValue(expectedRevision);
    if (StoreError e = m_db.exec(q, QStringLiteral("deleting %1 row %2").arg(tableName<T>()).arg(id)); e.isError()) {
        return e;
    }
    if (q.numRowsAffected() != 1) {
        return staleOrMissing(id, expectedRevision);
    }
    q.prepare(QStringLiteral("INSERT INTO deleted_rows (table_name, row_id, revision) VALUES (?, ?, ?)"));
    q.addBindValue(tableName<T>());
    q.addBindValue(id);
    q.addBindValue(revision.value());
    if (StoreError e = m_db.exec(q, QStringLiteral("recording the deletion")); e.isError()) {
        return e;
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
