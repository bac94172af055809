#include "templatecache.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace {
QByteArray text(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

const char* const schema[] = {
    "CREATE TABLE IF NOT EXISTS templates (server TEXT NOT NULL, id INTEGER NOT NULL, revision INTEGER NOT NULL, "
    "json TEXT NOT NULL, PRIMARY KEY (server, id))",
    "CREATE TABLE IF NOT EXISTS contexts (server TEXT NOT NULL, template_id INTEGER NOT NULL, key TEXT NOT NULL, "
    "json TEXT NOT NULL, fetched_at TEXT NOT NULL, PRIMARY KEY (server, template_id, key))",
    "CREATE TABLE IF NOT EXISTS identities (server TEXT PRIMARY KEY, json TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, server TEXT NOT NULL, "
    "template_id INTEGER NOT NULL, base_revision INTEGER NOT NULL, base TEXT NOT NULL, mine TEXT NOT NULL, "
    "saved_at TEXT NOT NULL)",
};
} // namespace

QString TemplateCache::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("offline.sqlite"));
}

TemplateCache::TemplateCache(const QString& path)
    : m_connection(QStringLiteral("templatecache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const QString file = path.isEmpty() ? defaultPath() : path;
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        m_error = QStringLiteral("cannot open the offline copy %1: %2").arg(file, db.lastError().text());
        return;
    }
    for (const char* statement : schema) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(statement))) {
            m_error = QStringLiteral("cannot prepare the offline copy %1: %2").arg(file, q.lastError().text());
            return;
        }
    }
}

TemplateCache::~TemplateCache()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool TemplateCache::exec(const QString& sql, const QVariantList& values) const
{
    if (!isOpen()) {
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        qWarning("offline copy: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QJsonObject TemplateCache::firstJson(const QString& sql, const QVariantList& values) const
{
    if (!isOpen()) {
        return {};
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    return q.exec() && q.next() ? object(q.value(0)) : QJsonObject();
}

bool TemplateCache::storeTemplate(const QString& server, const QJsonObject& full)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO templates (server, id, revision, json) VALUES (?, ?, ?, ?)"),
                {server, full.value(QStringLiteral("id")).toInteger(),
                 full.value(QStringLiteral("revision")).toInteger(), text(full)});
}

bool TemplateCache::forgetTemplatesExcept(const QString& server, const QVector<qint64>& ids)
{
    QStringList kept;
    for (const qint64 id : ids) {
        kept << QString::number(id);
    }
    // The ids are numbers formatted here, never text from elsewhere.
    return exec(QStringLiteral("DELETE FROM templates WHERE server = ? AND id NOT IN (%1)")
                    .arg(kept.isEmpty() ? QStringLiteral("-1") : kept.join(u',')),
                {server});
}

bool TemplateCache::forgetTemplate(const QString& server, qint64 id)
{
    return exec(QStringLiteral("DELETE FROM templates WHERE server = ? AND id = ?"), {server, id});
}

QVector<QJsonObject> TemplateCache::templates(const QString& server) const
{
    QVector<QJsonObject> out;
    if (!isOpen()) {
        return out;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT json FROM templates WHERE server = ? ORDER BY id"));
    q.addBindValue(server);
    if (q.exec()) {
        while (q.next()) {
            out.append(object(q.value(0)));
        }
    }
    return out;
}

QJsonObject TemplateCache::templateById(const QString& server, qint64 id) const
{
    return firstJson(QStringLiteral("SELECT json FROM templates WHERE server = ? AND id = ?"), {server, id});
}

bool TemplateCache::storeContext(const QString& server, qint64 templateId, const QString& key,
                                 const QJsonObject& context)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO contexts (server, template_id, key, json, fetched_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {server, templateId, key, text(context), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
}

QJsonObject TemplateCache::context(const QString& server, qint64 templateId, const QString& key) const
{
    return firstJson(QStringLiteral("SELECT json FROM contexts WHERE server = ? AND template_id = ? AND key = ?"),
                     {server, templateId, key});
}

bool TemplateCache::storeIdentity(const QString& server, const QJsonObject& identity)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO identities (server, json) VALUES (?, ?)"),
                {server, text(identity)});
}

QJsonObject TemplateCache::identity(const QString& server) const
{
    return firstJson(QStringLiteral("SELECT json FROM identities WHERE server = ?"), {server});
}

qint64 TemplateCache::addPending(const Pending& edit)
{
    if (!isOpen()) {
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        return 0;
    }
    Pending stored = edit;
    for (const Pending& waiting : pending(edit.server)) {
        if (waiting.templateId == edit.templateId && edit.templateId > 0) {
            stored.base = waiting.base; // the text the administrator started from
            stored.baseRevision = waiting.baseRevision;
            exec(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {waiting.id});
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (server, template_id, base_revision, base, mine, saved_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         QVariantList {stored.server, stored.templateId, stored.baseRevision, text(stored.base), text(stored.mine),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}) {
        q.addBindValue(v);
    }
    if (!q.exec() || !db.commit()) {
        qWarning("offline copy: %s", qPrintable(q.lastError().text()));
        db.rollback();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool TemplateCache::removePending(qint64 id)
{
    return exec(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
}

QVector<TemplateCache::Pending> TemplateCache::pending(const QString& server) const
{
    QVector<Pending> out;
    if (!isOpen()) {
        return out;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, template_id, base_revision, base, mine, saved_at FROM outbox "
                             "WHERE server = ? ORDER BY id"));
    q.addBindValue(server);
    if (q.exec()) {
        while (q.next()) {
            Pending p;
            p.id = q.value(0).toLongLong();
            p.server = server;
            p.templateId = q.value(1).toLongLong();
            p.baseRevision = q.value(2).toLongLong();
            p.base = object(q.value(3));
            p.mine = object(q.value(4));
            p.savedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
            out.append(p);
        }
    }
    return out;
}

int TemplateCache::pendingCount(const QString& server) const
{
    if (!isOpen()) {
        return 0;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE server = ?"));
    q.addBindValue(server);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}
