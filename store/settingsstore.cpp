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

StoreError SettingsStore::setValue(const QString& name, const QString& value)
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
    q.prepare(QStringLiteral("UPDATE settings SET value = ?, revision = ? WHERE name = ?"));
    q.addBindValue(value);
    q.addBindValue(revision.value());
    q.addBindValue(name);
    if (StoreError e = m_db.exec(q, QStringLiteral("saving the setting %1").arg(name)); e.isError()) {
        return e;
    }
    if (q.numRowsAffected() == 0) {
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO settings (revision, name, value) VALUES (?, ?, ?)"));
        insert.addBindValue(revision.value());
        insert.addBindValue(name);
        insert.addBindValue(value);
        if (StoreError e = m_db.exec(insert, QStringLiteral("saving the setting %1").arg(name)); e.isError()) {
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
    Transaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    StoreResult<qint64> revision = m_db.nextRevision();
    if (!revision) {
        return revision.error();
    }
    // The change counter row is locked until commit: a second node waits here, then finds it.
    existing = value(name);
    if (!existing || !existing->isEmpty()) {
        return existing;
    }
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO settings (revision, name, value) VALUES (?, ?, ?)"));
    insert.addBindValue(revision.value());
    insert.addBindValue(name);
    insert.addBindValue(created);
    if (StoreError e = m_db.exec(insert, QStringLiteral("saving the setting %1").arg(name)); e.isError()) {
        return e;
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return created;
}
