#include "store.h"

#include "contentcodec.h"

#include "digest.h"
#include "provisioningpath.h"

#include "rowrecord.h"
#include <QBuffer>
#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>

namespace {
const char* const trackedTables[] = {"regions",        "sites",           "users",     "devices",
                                     "templates",      "placeholders",    "alarms",    "admins",
                                     "firmware_files", "config_files",    "audit_log", "overwrite_values",
                                     "settings",       "device_commands", "jobs"};
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

StoreResult<ChangeSet> Store::changesSince(qint64 revision, int maxRows, const QStringList& tables) const
{
    // Read the counter first: rows committed after it are picked up by the next call.
    StoreResult<qint64> current = m_db.currentRevision();
    if (!current) {
        return current.error();
    }
    QStringList parts;
    for (const char* table : trackedTables) {
        if (!tables.isEmpty() && !tables.contains(QLatin1String(table))) {
            continue;
        }
        parts.append(QStringLiteral("SELECT '%1' AS table_name, id, revision, 0 AS deleted, "
                                    "CAST(NULL AS BIGINT) AS region_id FROM %1 WHERE revision > ? AND revision <= ?")
                         .arg(QLatin1String(table)));
    }
    QString deletedTables;
    for (const QString& t : tables) {
        const bool tracked = std::any_of(std::begin(trackedTables), std::end(trackedTables),
                                         [&](const char* name) { return t == QLatin1String(name); });
        if (tracked) { // a name the store knows: safe to put in the SQL
            deletedTables += (deletedTables.isEmpty() ? QString() : QStringLiteral(", ")) + u'\'' + t + u'\'';
        }
    }
    parts.append(QStringLiteral("SELECT table_name, row_id AS id, revision, 1 AS deleted, region_id FROM deleted_rows "
                                "WHERE revision > ? AND revision <= ?")
                 + (tables.isEmpty() ? QString() : QStringLiteral(" AND table_name IN (%1)").arg(deletedTables)));
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
        const qint64 rowRevision = q.value(2).toLongLong();
        if (maxRows >= 0 && !changes.rows.isEmpty() && changes.rows.size() >= maxRows
            && rowRevision != changes.rows.constLast().revision) {
            changes.revision = changes.rows.constLast().revision;
            changes.truncated = true;
            break;
        }
        changes.rows.append({q.value(0).toString(), q.value(1).toLongLong(), rowRevision, q.value(3).toInt() != 0,
                             q.value(4).toLongLong()});
    }
    q.finish();
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
StoreResult<QByteArray> decoded(const QByteArray& bytes, const QString& encoding, const char* table, qint64 id)
{
    QByteArray content;
    QString problem;
    if (!ContentCodec::decode(bytes, encoding, &content, &problem)) {
        return StoreError {StoreError::Code::Database,
                           QStringLiteral("%1 row %2: %3").arg(QLatin1String(table)).arg(id).arg(problem)};
    }
    return content;
}
} // namespace

StoreResult<QByteArray> Store::chunkedContent(qint64 firmwareId, qint64 size) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM firmware_chunks WHERE firmware_id = ? ORDER BY seq"));
    q.addBindValue(firmwareId);
    if (StoreError e = m_db.exec(q, QStringLiteral("reading a firmware image")); e.isError()) {
        return e;
    }
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(qMax<qint64>(0, size)));
    while (q.next()) {
        bytes.append(q.value(0).toByteArray());
    }
    if (size >= 0 && bytes.size() != size) {
        return StoreError {StoreError::Code::Database,
                           QStringLiteral("firmware_files row %1 is incomplete: %2 of %3 bytes stored")
                               .arg(firmwareId)
                               .arg(bytes.size())
                               .arg(size)};
    }
    return bytes.isNull() ? QByteArray("") : bytes;
}

StoreResult<QByteArray> Store::content(const char* table, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content, content_encoding, size FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (StoreError e = m_db.exec(q, QStringLiteral("reading file content")); e.isError()) {
        return e;
    }
    if (!q.next()) {
        return StoreError {StoreError::Code::NotFound,
                           QStringLiteral("no %1 row %2").arg(QLatin1String(table)).arg(id)};
    }
    if (q.value(1).toString() == QLatin1String("chunks")) {
        const qint64 size = q.value(2).toLongLong();
        q.finish();
        return chunkedContent(id, size);
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
    file.row = RowTraits<T>::read(RowRecord(q));
    const int contentColumn = static_cast<int>(RowTraits<T>::columns().size()) + 2;
    const QByteArray raw = q.value(contentColumn).toByteArray();
    const QString encoding = q.value(contentColumn + 1).toString();
    q.finish();
    StoreResult<QByteArray> bytes = encoding == QLatin1String("chunks")
        ? chunkedContent(file.row.id, file.row.size)
        : decoded(raw, encoding, RowTraits<T>::table(), file.row.id);
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
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    return setFirmwareContent(file, &buffer);
}

StoreResult<FirmwareFile> Store::setFirmwareContent(const FirmwareFile& file, QIODevice* source)
{
    const auto readError = [&] {
        return StoreError {StoreError::Code::Invalid,
                           QStringLiteral("cannot read the image of %1: %2").arg(file.fileName, source->errorString())};
    };
    // First the digest and size, which the row holds, without keeping the bytes.
    QCryptographicHash sha(QCryptographicHash::Sha256);
    qint64 size = 0;
    if (!source->seek(0)) {
        return readError();
    }
    QByteArray piece;
    for (;;) {
        piece = source->read(firmwareChunkBytes);
        if (piece.isEmpty()) {
            break;
        }
        sha.addData(piece);
        size += piece.size();
    }
    if (!source->atEnd() || !source->seek(0)) {
        return readError();
    }
    // The pieces pass through SQLite's page cache once: a small cache while they do, so that
    // storing 150 MB does not leave the connection holding 64 MB of pages nobody reads again.
    const bool sqlite = m_db.dialect() == Database::Dialect::SQLite;
    if (sqlite) {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size=-2048"));
    }
    const auto restoreCache = qScopeGuard([&] {
        if (sqlite) {
            QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size=%1").arg(Database::sqliteCacheSize));
        }
    });
    Transaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    FirmwareFile row = file;
    row.size = size;
    row.sha256 = QString::fromLatin1(sha.result().toHex());
    StoreResult<FirmwareFile> updated = row.id == 0 ? m_firmwareFiles.insert(row) : m_firmwareFiles.update(row);
    if (!updated) {
        return updated;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE firmware_files SET content = NULL, content_encoding = 'chunks' WHERE id = ?"));
    q.addBindValue(updated->id);
    if (StoreError e = m_db.exec(q, QStringLiteral("storing %1").arg(row.fileName)); e.isError()) {
        return e;
    }
    q.prepare(QStringLiteral("DELETE FROM firmware_chunks WHERE firmware_id = ?"));
    q.addBindValue(updated->id);
    if (StoreError e = m_db.exec(q, QStringLiteral("storing %1").arg(row.fileName)); e.isError()) {
        return e;
    }
    q.prepare(QStringLiteral("INSERT INTO firmware_chunks (firmware_id, seq, data) VALUES (?, ?, ?)"));
    QCryptographicHash again(QCryptographicHash::Sha256);
    qint64 stored = 0;
    for (int seq = 0;; ++seq) {
        piece = source->read(firmwareChunkBytes);
        if (piece.isEmpty()) {
            break;
        }
        again.addData(piece);
        stored += piece.size();
        q.addBindValue(updated->id);
        q.addBindValue(seq);
        q.addBindValue(piece);
        if (StoreError e = m_db.exec(q, QStringLiteral("storing %1").arg(row.fileName)); e.isError()) {
            return e;
        }
    }
    if (stored != size || again.result() != sha.result()) {
        return StoreError {StoreError::Code::Invalid,
                           QStringLiteral("the image of %1 changed while it was stored").arg(file.fileName)};
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return updated;
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

namespace {
template <class T>
StoreError removeAll(Repository<T>& repository, const QString& level, qint64 ownerId)
{
    RowQuery q;
    q.where = QStringLiteral("level = ? AND owner_id = ?");
    q.binds = {level, ownerId};
    const StoreResult<QVector<T>> rows = repository.query(q);
    if (!rows) {
        return rows.error();
    }
    for (const T& row : rows.value()) {
        if (StoreError e = repository.remove(row.id, row.revision).error(); e.isError()) {
            return e;
        }
    }
    return {};
}
} // namespace

StoreError Store::removeValuesOf(PlaceholderLevel level, qint64 ownerId)
{
    Transaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    const QString word = placeholderLevelToString(level);
    if (StoreError e = removeAll(m_placeholders, word, ownerId); e.isError()) {
        return e;
    }
    if (StoreError e = removeAll(m_overwriteValues, word, ownerId); e.isError()) {
        return e;
    }
    return tx.commit();
}

StoreResult<Store::RegionUsage> Store::regionUsage(qint64 regionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM devices WHERE region_id = ?), "
                             "(SELECT COUNT(*) FROM users WHERE region_id = ?), "
                             "(SELECT COUNT(*) FROM templates WHERE region_id = ?)"));
    for (int i = 0; i < 3; ++i) {
        q.addBindValue(regionId);
    }
    if (StoreError e = m_db.exec(q, QStringLiteral("counting what region %1 holds").arg(regionId)); e.isError()) {
        return e;
    }
    q.next();
    return RegionUsage {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

StoreError Store::removeDevice(const Device& device)
{
    Transaction tx(m_db);
    if (tx.error().isError()) {
        return tx.error();
    }
    if (StoreError e = removeValuesOf(PlaceholderLevel::Device, device.id); e.isError()) {
        return e;
    }
    // Its own files, by origin (whatever their names), and those of before ownership was recorded
    // that bear its MAC in a phone's file name.
    RowQuery q;
    q.where = QStringLiteral("origin = 'device' AND (device_id = ? OR (device_id IS NULL AND file_name LIKE ?))");
    q.binds = {device.id, QStringLiteral("%") + device.mac.toString() + QStringLiteral("%")};
    const StoreResult<QVector<ConfigFile>> files = m_configFiles.query(q);
    if (!files) {
        return files.error();
    }
    for (const ConfigFile& f : files.value()) {
        if (f.deviceId == device.id || ProvisioningPath::deviceFileMac(f.fileName) == device.mac) {
            if (StoreError e = m_configFiles.remove(f.id, f.revision).error(); e.isError()) {
                return e;
            }
        }
    }
    if (StoreError e = m_devices.remove(device.id, device.revision).error(); e.isError()) {
        return e;
    }
    return tx.commit();
}

StoreResult<QHash<qint64, qint64>> Store::unresolvedCounts(const RowQuery& files) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT template_id, COUNT(*) FROM config_files WHERE %1 GROUP BY template_id")
                  .arg(files.where.isEmpty() ? QStringLiteral("1 = 1") : files.where));
    for (const QVariant& v : files.binds) {
        q.addBindValue(v);
    }
    if (StoreError e = m_db.exec(q, QStringLiteral("counting the phones with unresolved placeholders")); e.isError()) {
        return e;
    }
    QHash<qint64, qint64> counts;
    while (q.next()) {
        counts.insert(q.value(0).isNull() ? 0 : q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return counts;
}

StoreResult<QHash<qint64, qint64>> Store::deviceCountsOf(const QVector<qint64>& userIds) const
{
    QHash<qint64, qint64> counts;
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < userIds.size(); start += chunk) {
        const QVector<qint64> part = userIds.mid(start, chunk);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT user_id, COUNT(*) FROM devices WHERE user_id IN (%1) GROUP BY user_id")
                      .arg(QStringList(part.size(), QStringLiteral("?")).join(u',')));
        for (const qint64 id : part) {
            q.addBindValue(id);
        }
        if (StoreError e = m_db.exec(q, QStringLiteral("counting the users' devices")); e.isError()) {
            return e;
        }
        while (q.next()) {
            counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        }
    }
    return counts;
}
