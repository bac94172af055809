#include "store.h"

#include "digest.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace {
const char* const trackedTables[] = {"regions",          "users",    "devices",        "templates",    "placeholders",
                                     "alarms",           "admins",   "firmware_files", "config_files", "audit_log",
                                     "overwrite_values", "settings", "device_commands"};
}

Store::Store() = default;
Store::~Store()
{
    m_phoneStatus.forgetStatements();
}

StoreError Store::open(const StoreUrl& url, const QString& password)
{
    m_phoneStatus.forgetStatements();
    return m_db.open(url, password);
}

StoreResult<ChangeSet> Store::changesSince(qint64 revision) const
{
    // Read the counter first: rows committed after it are picked up by the next call.
    StoreResult<qint64> current = m_db.currentRevision();
    if (!current) {
        return current.error();
    }
    QStringList parts;
    for (const char* table : trackedTables) {
        parts.append(QStringLiteral("SELECT '%1' AS table_name, id, revision, 0 AS deleted FROM %1 "
                                    "WHERE revision > ? AND revision <= ?")
                         .arg(QLatin1String(table)));
    }
    parts.append(QStringLiteral("SELECT table_name, row_id AS id, revision, 1 AS deleted FROM deleted_rows "
                                "WHERE revision > ? AND revision <= ?"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(parts.join(QLatin1String(" UNION ALL ")) + QStringLiteral(" ORDER BY revision"));
    for (int i = 0; i < parts.size(); ++i) {
        q.addBindValue(revision);
        q.addBindValue(current.value());
    }
    if (StoreError e = m_db.exec(q, QStringLiteral("reading the changes since revision %1").arg(revision));
        e.isError()) {
        return e;
    }
    ChangeSet changes;
    changes.revision = current.value();
    while (q.next()) {
        changes.rows.append(
            {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt() != 0});
    }
    return changes;
}

template <class T>
StoreResult<T> Store::setContent(Repository<T>& repository, T row, const QByteArray& content)
{
    Transaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    row.size = content.size();
    row.sha256 = Digest::sha256Hex(content);
    StoreResult<T> updated = row.id == 0 ? repository.insert(row) : repository.update(row);
    if (!updated) {
        return updated;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET content = ?, content_encoding = '' WHERE id = ?")
                  .arg(QLatin1String(RowTraits<T>::table())));
    q.addBindValue(content);
    q.addBindValue(updated->id);
    if (StoreError e = m_db.exec(q, QStringLiteral("storing the content of %1").arg(row.fileName)); e.isError()) {
        return e;
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return updated;
}

namespace {
StoreResult<QByteArray> decoded(QByteArray bytes, const QString& encoding, const char* table, qint64 id)
{
    if (encoding == QLatin1String("zlib")) {
        bytes = qUncompress(bytes);
        if (bytes.isNull()) {
            return StoreError {
                StoreError::Code::Database,
                QStringLiteral("the stored bytes of %1 row %2 are damaged").arg(QLatin1String(table)).arg(id)};
        }
    } else if (!encoding.isEmpty()) {
        return StoreError {StoreError::Code::Database,
                           QStringLiteral("%1 row %2 is stored as '%3', which this PhoneFleet cannot read")
                               .arg(QLatin1String(table))
                               .arg(id)
                               .arg(encoding)};
    }
    return bytes.isNull() ? QByteArray("") : bytes;
}
} // namespace

StoreResult<QByteArray> Store::content(const char* table, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content, content_encoding FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (StoreError e = m_db.exec(q, QStringLiteral("reading file content")); e.isError()) {
        return e;
    }
    if (!q.next()) {
        return StoreError {StoreError::Code::NotFound,
                           QStringLiteral("no %1 row %2").arg(QLatin1String(table)).arg(id)};
    }
    return decoded(q.value(0).toByteArray(), q.value(1).toString(), table, id);
}

template <class T>
StoreResult<StoredFile<T>> Store::fileWhere(const QString& where, const QVariant& value, const QString& orderBy) const
{
    static const QString columns = QStringLiteral("id, revision, ") + RowTraits<T>::columns().join(QLatin1String(", "));
    QSqlQuery& q =
        m_db.preparedQuery(QStringLiteral("SELECT %1, content, content_encoding FROM %2 WHERE %3 = ?%4 LIMIT 1")
                               .arg(columns, QLatin1String(RowTraits<T>::table()), where, orderBy));
    q.addBindValue(value);
    if (StoreError e = m_db.exec(q, QStringLiteral("reading a file")); e.isError()) {
        return e;
    }
    if (!q.next()) {
        q.finish();
        return StoreError {StoreError::Code::NotFound, QStringLiteral("no such file")};
    }
    StoredFile<T> file;
    file.row = RowTraits<T>::read(q.record());
    const int contentColumn = static_cast<int>(RowTraits<T>::columns().size()) + 2;
    const QByteArray raw = q.value(contentColumn).toByteArray();
    const QString encoding = q.value(contentColumn + 1).toString();
    q.finish();
    StoreResult<QByteArray> bytes = decoded(raw, encoding, RowTraits<T>::table(), file.row.id);
    if (!bytes) {
        return bytes.error();
    }
    file.content = bytes.value();
    return file;
}

StoreResult<StoredFile<ConfigFile>> Store::configFileNamed(const QString& fileName) const
{
    return fileWhere<ConfigFile>(QStringLiteral("file_name"), fileName, QString());
}

StoreResult<StoredFile<FirmwareFile>> Store::firmwareFileNamed(const QString& fileName) const
{
    return fileWhere<FirmwareFile>(QStringLiteral("file_name"), fileName, QString());
}

StoreResult<StoredFile<FirmwareFile>> Store::latestFirmwareFor(const QString& model) const
{
    return fileWhere<FirmwareFile>(QStringLiteral("model"), model,
                                   QStringLiteral(" ORDER BY uploaded_at DESC, id DESC"));
}

StoreResult<FirmwareFile> Store::setFirmwareContent(const FirmwareFile& file, const QByteArray& content)
{
    return setContent(m_firmwareFiles, file, content);
}

StoreResult<QByteArray> Store::firmwareContent(qint64 id) const
{
    return content(RowTraits<FirmwareFile>::table(), id);
}

StoreResult<ConfigFile> Store::setConfigContent(const ConfigFile& file, const QByteArray& content)
{
    return setContent(m_configFiles, file, content);
}

StoreResult<ConfigFile> Store::saveConfigFile(const ConfigFile& file, const QByteArray& content)
{
    return setContent(m_configFiles, file, content);
}

StoreResult<QByteArray> Store::configContent(qint64 id) const
{
    return content(RowTraits<ConfigFile>::table(), id);
}

StoreResult<Device> Store::deviceByMac(const MacAddress& mac) const
{
    if (mac.isNull()) {
        return StoreError {StoreError::Code::Invalid, QStringLiteral("not a MAC address")};
    }
    return m_devices.findOne(QStringLiteral("mac"), mac.toString());
}
