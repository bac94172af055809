#include "configfilebatch.h"

#include "database.h"

#include "digest.h"

#include <QSqlError>

namespace {
QVariant reference(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}
} // namespace

ConfigFileBatch::ConfigFileBatch(Database& db)
    : m_db(db)
    , m_insert(db.connection())
    , m_update(db.connection())
    , m_fingerprint(db.connection())
{
    m_insert.prepare(
        QStringLiteral("INSERT INTO config_files (revision, file_name, size, sha256, updated_at, fingerprint, "
                       "content, content_encoding, origin, device_id, region_id, template_id, unresolved) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        + db.returningId());
    m_update.prepare(QStringLiteral("UPDATE config_files SET revision = ?, size = ?, sha256 = ?, updated_at = ?, "
                                    "fingerprint = ?, content = ?, content_encoding = ?, origin = ?, device_id = ?, "
                                    "region_id = ?, template_id = ?, unresolved = ? WHERE id = ?"));
    m_fingerprint.prepare(QStringLiteral("UPDATE config_files SET revision = ?, fingerprint = ?, origin = ?, "
                                         "device_id = ?, region_id = ?, template_id = ?, unresolved = ? "
                                         "WHERE id = ?"));
}

StoreResult<qint64> ConfigFileBatch::revision()
{
    if (m_revision == 0) {
        StoreResult<qint64> next = m_db.nextRevision();
        if (!next) {
            return next;
        }
        m_revision = next.value();
    }
    return m_revision;
}

StoreResult<ConfigFile> ConfigFileBatch::save(ConfigFile file, const QByteArray& content)
{
    if (file.sha256.isEmpty() || file.size != content.size()) {
        file.sha256 = Digest::sha256Hex(content);
    }
    file.size = content.size();
    return saveEncoded(file, content, QString(QLatin1String("")));
}

StoreResult<ConfigFile> ConfigFileBatch::saveEncoded(ConfigFile file, const QByteArray& body, const QString& encoding)
{
    Q_ASSERT(m_db.inTransaction());
    StoreResult<qint64> rev = revision();
    if (!rev) {
        return rev.error();
    }
    file.revision = rev.value();
    const qint64 when =
        file.updatedAt.isValid() ? file.updatedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    QSqlQuery& q = file.id == 0 ? m_insert : m_update;
    q.addBindValue(file.revision);
    if (file.id == 0) {
        q.addBindValue(file.fileName);
    }
    q.addBindValue(file.size);
    q.addBindValue(file.sha256);
    q.addBindValue(when);
    q.addBindValue(text(file.fingerprint));
    q.addBindValue(body);
    q.addBindValue(encoding);
    q.addBindValue(ConfigFile::originName(file.origin));
    q.addBindValue(reference(file.deviceId));
    q.addBindValue(reference(file.regionId));
    q.addBindValue(reference(file.templateId));
    q.addBindValue(text(file.unresolved));
    if (file.id != 0) {
        q.addBindValue(file.id);
    }
    // The message is built only on failure: a generation saves a hundred thousand rows.
    if (!q.exec()) {
        return m_db.errorFrom(q.lastError(), QStringLiteral("saving %1").arg(file.fileName));
    }
    if (file.id == 0) {
        StoreResult<qint64> id = m_db.insertedId(q);
        if (!id) {
            return StoreError {StoreError::Code::Database,
                               QStringLiteral("saving %1: %2").arg(file.fileName, id.error().message)};
        }
        file.id = id.value();
    } else {
        q.finish();
    }
    return file;
}

StoreError ConfigFileBatch::setFingerprint(const ConfigFile& file)
{
    StoreResult<qint64> rev = revision();
    if (!rev) {
        return rev.error();
    }
    m_fingerprint.addBindValue(rev.value());
    m_fingerprint.addBindValue(file.fingerprint);
    m_fingerprint.addBindValue(ConfigFile::originName(file.origin));
    m_fingerprint.addBindValue(reference(file.deviceId));
    m_fingerprint.addBindValue(reference(file.regionId));
    m_fingerprint.addBindValue(reference(file.templateId));
    m_fingerprint.addBindValue(text(file.unresolved));
    m_fingerprint.addBindValue(file.id);
    return m_db.exec(m_fingerprint, QStringLiteral("recording the fingerprint of config file %1").arg(file.id));
}
