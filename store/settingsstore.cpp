#include "settingsstore.h"

#include "database.h"

#include <QSqlQuery>

StoreResult<QHash<QString, QString>> SettingsStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, value FROM settings"));
    if (StoreError e = m_db.exec(q, QStringLiteral("reading the settings")); e.isError()) {
        return e;
    }
    QHash<QString, QString> out;
    while (q.next()) {
        out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

StoreResult<QString> SettingsStore::value(const QString& name, const QString& fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE name = ?"));
    q.addBindValue(name);
    if (StoreError e = m_db.exec(q, QStringLiteral("reading the setting %1").arg(name)); e.isError()) {
        return e;
    }
    return q.next() ? q.value(0).toString() : fallback;
}

StoreResult<qint64> SettingsStore::revision() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM settings"));
    if (StoreError e = m_db.exec(q, QStringLiteral("reading the settings' revision")); e.isError()) {
        return e;
    }
    q.next();
    return q.value(0).toLongLong();
}

StoreError SettingsStore::insert(const QString& name, const QString& value, qint64 revision)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (revision, name, value) VALUES (?, ?, ?)"));
    q.addBindValue(revision);
    q.addBindValue(name);
    q.addBindValue(value);
    return m_db.exec(q, QStringLiteral("saving the setting %1").arg(name));
}

StoreError SettingsStore::setValue(const QString& name, const QString& value)
{
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE settings SET value = ?, revision = ? WHERE name = ?"));
    q.addBindValue(value);
    q.addBindValue(tx.revision());
    q.addBindValue(name);
    if (StoreError e = m_db.exec(q, QStringLiteral("saving the setting %1").arg(name)); e.isError()) {
        return e;
    }
    if (q.numRowsAffected() == 0) {
        if (StoreError e = insert(name, value, tx.revision()); e.isError()) {
            return e;
        }
    }
    return tx.commit();
}

StoreResult<QString> SettingsStore::valueOrCreate(const QString& name, const QString& created)
{
    StoreResult<QString> existing = value(name);
    if (!existing || !existing->isEmpty()) {
        return existing;
    }
    WriteTransaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    // The change counter row is locked until commit: a second node waits here, then finds it.
    existing = value(name);
    if (!existing || !existing->isEmpty()) {
        return existing;
    }
    if (StoreError e = insert(name, created, tx.revision()); e.isError()) {
        return e;
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return created;
}
