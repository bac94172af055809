#include "provisioningcache.h"

#include "store.h"

#include <QSqlQuery>

namespace {
constexpr int maxDevices = 500000;

// Cost in KB so that QCache's budget counts bytes without overflowing.
qsizetype costOf(const QByteArray& content)
{
    return content.size() / 1024 + 1;
}

ProvisioningCache::DeviceEntry entryOf(const Device& d)
{
    return {d.id, d.regionId, d.model, d.approval, d.provisioningUser, d.provisioningSecret};
}
} // namespace

ProvisioningCache::ProvisioningCache(Store& store, qint64 maxFileBytes)
    : m_store(store)
    , m_configFiles(maxFileBytes / 1024 / 2)
    , m_firmware(maxFileBytes / 1024 / 2)
{ }

StoreResult<ProvisioningCache::DeviceEntry> ProvisioningCache::device(const MacAddress& mac)
{
    const QString key = mac.toString();
    const auto it = m_devices.constFind(key);
    if (it != m_devices.constEnd()) {
        return it.value();
    }
    const StoreResult<Device> d = m_store.deviceByMac(mac);
    if (!d) {
        return d.error();
    }
    if (m_devices.size() >= maxDevices) {
        m_devices.clear();
        m_macById.clear();
    }
    m_devices.insert(key, entryOf(d.value()));
    m_macById.insert(d->id, key);
    return entryOf(d.value());
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
    FileEntry entry {f->content, '"' + f->row.sha256.toLatin1() + '"'};
    cache.insert(key, new FileEntry(entry), costOf(entry.content));
    if (id) {
        *id = f->row.id;
    }
    return entry;
}

StoreResult<ProvisioningCache::FileEntry> ProvisioningCache::configFile(const QString& name)
{
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
    QSqlQuery devices(c);
    if (run(devices,
            QStringLiteral("SELECT id, mac, region_id, model, approval, provisioning_user, "
                           "provisioning_secret FROM devices WHERE revision > ?"))) {
        while (devices.next()) {
            const QString mac = devices.value(1).toString();
            const auto it = m_devices.find(mac);
            if (it == m_devices.end()) {
                continue;
            }
            it->regionId = devices.value(2).toLongLong();
            it->model = devices.value(3).toString();
            approvalStateFromString(devices.value(4).toString(), &it->approval);
            it->user = devices.value(5).toString();
            it->secret = devices.value(6).toString();
        }
    }
    QSqlQuery files(c);
    if (run(files, QStringLiteral("SELECT id, file_name FROM config_files WHERE revision > ?"))) {
        while (files.next()) {
            m_configFiles.remove(files.value(1).toString());
            m_configFiles.remove(m_configNameById.take(files.value(0).toLongLong())); // renamed
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
                m_configFiles.remove(m_configNameById.take(id));
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
