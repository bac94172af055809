#include "provisioningcache.h"

#include "store.h"

#include <QSqlQuery>

#include <type_traits>

namespace {
constexpr int maxDevices = 500000;

// Cost in KB so that QCache's budget counts bytes without overflowing.
qsizetype costOf(const QByteArray& content)
{
    return content.size() / 1024 + 1;
}

} // namespace

ProvisioningCache::ProvisioningCache(Store& store, qint64 maxFileBytes)
    : m_store(store)
    , m_configFiles(maxFileBytes / 1024 / 2)
    , m_firmware(maxFileBytes / 1024 / 2)
{ }

bool ProvisioningCache::loadAll()
{
    if (m_complete || m_tooMany) {
        return m_complete;
    }
    const StoreResult<qint64> current = m_store.currentRevision();
    const StoreResult<QVector<DeviceEntry>> rows = m_store.phoneTrust().all(maxDevices);
    if (!current || !rows) {
        return false;
    }
    if (rows->size() > maxDevices) {
        m_tooMany = true;
        return false;
    }
    // Every cfg file's name too (not its bytes), so that a name that is no file is answered from
    // memory as fast as one that is.
    QSqlQuery names(m_store.database().connection());
    names.setForwardOnly(true);
    if (!names.exec(QStringLiteral("SELECT id, file_name FROM config_files"))) {
        return false;
    }
    m_configIds.clear();
    m_configNameById.clear();
    while (names.next()) {
        m_configIds.insert(names.value(1).toString(), names.value(0).toLongLong());
        m_configNameById.insert(names.value(0).toLongLong(), names.value(1).toString());
    }
    m_devices.clear();
    m_macById.clear();
    m_devices.reserve(rows->size());
    for (const DeviceEntry& row : rows.value()) {
        keep(row);
    }
    // Rows written while this ran come again at the next sync.
    m_seen = m_seen < 0 ? current.value() : qMin(m_seen, current.value());
    m_complete = true;
    return true;
}

void ProvisioningCache::keep(const DeviceEntry& entry)
{
    const auto old = m_devices.constFind(entry.mac);
    if (old != m_devices.constEnd() && old->id != entry.id) {
        m_macById.remove(old->id);
    }
    if (const auto oldMac = m_macById.constFind(entry.id); oldMac != m_macById.constEnd() && *oldMac != entry.mac) {
        m_devices.remove(*oldMac); // its MAC changed
    }
    m_devices.insert(entry.mac, entry);
    m_macById.insert(entry.id, entry.mac);
}

StoreResult<ProvisioningCache::DeviceEntry> ProvisioningCache::device(const MacAddress& mac)
{
    const QString key = mac.toString();
    loadAll();
    const auto it = m_devices.constFind(key);
    if (it != m_devices.constEnd()) {
        return it.value();
    }
    if (m_complete) {
        return StoreError {StoreError::Code::NotFound, QStringLiteral("no phone %1").arg(key)};
    }
    const StoreResult<DeviceEntry> d = m_store.phoneTrust().byMac(key);
    if (!d) {
        return d.error();
    }
    if (m_devices.size() >= maxDevices) {
        m_devices.clear();
        m_macById.clear();
    }
    keep(d.value());
    return d.value();
}

StoreResult<ProvisioningCache::DeviceEntry> ProvisioningCache::deviceById(qint64 id)
{
    loadAll();
    const auto it = m_macById.constFind(id);
    if (it != m_macById.constEnd()) {
        return device(MacAddress::fromString(*it));
    }
    const StoreResult<Device> d = m_store.devices().get(id);
    if (!d) {
        return d.error();
    }
    return device(d->mac);
}

void ProvisioningCache::noteServed(const QString& mac, const QString& peer, PhoneTrust::Served how, qint64 nowMs)
{
    const auto it = m_devices.find(mac);
    if (it == m_devices.end()) {
        return;
    }
    it->proofAddress = peer;
    it->firstContactUntilMs = 0;
    if (how == PhoneTrust::Served::OwnCredentials) {
        it->ownFetched = true;
    } else {
        it->firstContactAtMs = nowMs;
    }
}

StoreResult<ProvisioningCache::RegionEntry> ProvisioningCache::region(qint64 id)
{
    const auto it = m_regions.constFind(id);
    if (it != m_regions.constEnd()) {
        return it.value();
    }
    const StoreResult<Region> r = m_store.regions().get(id);
    if (!r) {
        return r.error();
    }
    const RegionEntry entry {r->id, r->name, SubnetList::parse(r->provisioningSubnets)};
    m_regions.insert(r->id, entry);
    m_regionByName.insert(r->name, r->id);
    return entry;
}

StoreResult<ProvisioningCache::RegionEntry> ProvisioningCache::regionNamed(const QString& name)
{
    const auto it = m_regionByName.constFind(name);
    if (it != m_regionByName.constEnd()) {
        return region(it.value());
    }
    const StoreResult<Region> r = m_store.regions().findOne(QStringLiteral("name"), name);
    if (!r) {
        return r.error();
    }
    return region(r->id);
}

template <class T>
StoreResult<ProvisioningCache::FileEntry>
ProvisioningCache::cached(QCache<QString, FileEntry>& cache, const QString& key,
                          const std::function<StoreResult<StoredFile<T>>()>& load, qint64* id)
{
    if (const FileEntry* hit = cache.object(key)) {
        return *hit;
    }
    const StoreResult<StoredFile<T>> f = load();
    if (!f) {
        return f.error();
    }
    FileEntry entry {f->content, '"' + f->row.sha256.toLatin1() + '"', 0};
    if constexpr (std::is_same_v<T, ConfigFile>) {
        // A phone's own file; one whose phone is unknown is private all the same (to no one: -1).
        if (f->row.origin == ConfigFile::Origin::Device) {
            entry.deviceId = f->row.deviceId > 0 ? f->row.deviceId : -1;
        }
    }
    cache.insert(key, new FileEntry(entry), costOf(entry.content));
    if (id) {
        *id = f->row.id;
    }
    return entry;
}

StoreResult<ProvisioningCache::FileEntry> ProvisioningCache::configFile(const QString& name)
{
    if (loadAll() && !m_configIds.contains(name)) {
        return StoreError {StoreError::Code::NotFound, QStringLiteral("no file %1").arg(name)};
    }
    qint64 id = 0;
    StoreResult<FileEntry> entry = cached<ConfigFile>(
        m_configFiles, name, [&] { return m_store.configFileNamed(name); }, &id);
    if (id > 0) {
        m_configNameById.insert(id, name);
    }
    return entry;
}

StoreResult<ProvisioningCache::FileEntry> ProvisioningCache::firmwareFile(const QString& name)
{
    return cached<FirmwareFile>(
        m_firmware, name, [&] { return m_store.firmwareFileNamed(name); }, nullptr);
}

StoreResult<ProvisioningCache::FileEntry> ProvisioningCache::latestFirmware(const QString& model)
{
    return cached<FirmwareFile>(
        m_firmware, QStringLiteral("model:") + model, [&] { return m_store.latestFirmwareFor(model); }, nullptr);
}

void ProvisioningCache::forgetRegions()
{
    m_regions.clear();
    m_regionByName.clear();
}

void ProvisioningCache::forgetFirmware()
{
    m_firmware.clear();
}

void ProvisioningCache::sync()
{
    const StoreResult<qint64> current = m_store.currentRevision();
    if (!current) {
        return; // the database is away: keep what we have and try again at the next sync
    }
    if (m_seen < 0) {
        m_seen = current.value();
        return;
    }
    if (current.value() <= m_seen) {
        return;
    }
    const QSqlDatabase c = m_store.database().connection();
    bool ok = true;
    auto run = [&](QSqlQuery& q, const QString& sql) {
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(m_seen);
        ok = ok && q.exec();
        return ok;
    };
    if (m_complete || !m_devices.isEmpty()) {
        const StoreResult<QVector<DeviceEntry>> devices = m_store.phoneTrust().changedSince(m_seen);
        ok = devices.ok();
        for (const DeviceEntry& d : ok ? devices.value() : QVector<DeviceEntry>()) {
            if (m_complete || m_devices.contains(d.mac) || m_macById.contains(d.id)) {
                keep(d);
            }
        }
        if (m_complete && m_devices.size() > maxDevices) {
            m_complete = false;
            m_tooMany = true;
        }
    }
    QSqlQuery files(c);
    if (run(files, QStringLiteral("SELECT id, file_name FROM config_files WHERE revision > ?"))) {
        while (files.next()) {
            const qint64 id = files.value(0).toLongLong();
            const QString name = files.value(1).toString();
            const QString old = m_configNameById.take(id); // renamed?
            m_configFiles.remove(name);
            m_configFiles.remove(old);
            if (m_complete) {
                m_configIds.remove(old);
                m_configIds.insert(name, id);
                m_configNameById.insert(id, name);
            }
        }
    }
    QSqlQuery changedOthers(c);
    changedOthers.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM firmware_files WHERE revision > ?), "
                                         "(SELECT COUNT(*) FROM regions WHERE revision > ?)"));
    changedOthers.addBindValue(m_seen);
    changedOthers.addBindValue(m_seen);
    if (ok && changedOthers.exec() && changedOthers.next()) {
        if (changedOthers.value(0).toLongLong() > 0) {
            forgetFirmware();
        }
        if (changedOthers.value(1).toLongLong() > 0) {
            forgetRegions();
        }
    } else {
        ok = false;
    }
    QSqlQuery deleted(c);
    if (run(deleted, QStringLiteral("SELECT table_name, row_id FROM deleted_rows WHERE revision > ?"))) {
        while (deleted.next()) {
            const QString table = deleted.value(0).toString();
            const qint64 id = deleted.value(1).toLongLong();
            if (table == QLatin1String("devices")) {
                m_devices.remove(m_macById.take(id));
            } else if (table == QLatin1String("config_files")) {
                const QString name = m_configNameById.take(id);
                m_configFiles.remove(name);
                m_configIds.remove(name);
            } else if (table == QLatin1String("firmware_files")) {
                forgetFirmware();
            } else if (table == QLatin1String("regions")) {
                forgetRegions();
            }
        }
    }
    if (ok) {
        m_seen = current.value();
    }
}
