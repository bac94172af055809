#pragma once

#include "device.h"
#include "store.h"
#include "subnetlist.h"

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QString>

#include <functional>

// What serving phones' files reads on every request, kept in memory: every device's credentials
// and first-contact state, its region's subnets, and the files' bytes (decoded) with their
// ETags and owners. Filled on first use and kept in step with the database through the change
// counter: sync() (every 250 ms, and after this node's own writes) applies every row written
// since the last sync, whichever node wrote it. All devices are held (up to 500 000; beyond,
// they are looked up one by one), so that a MAC that is no phone is answered from memory as
// fast as one that is (no timing tell); unknown names are never cached, so scanning cannot fill
// memory; file bytes are bounded (LRU by size).
class ProvisioningCache
{
public:
    using DeviceEntry = PhoneTrust::Row;
    struct RegionEntry
    {
        qint64 id = 0;
        QString name;
        SubnetList subnets;
    };
    struct FileEntry
    {
        QByteArray content;
        QByteArray etag; // "\"<sha256>\""
        // A phone's own file (whatever its name): only that phone gets it; -1: a phone's file
        // whose phone is unknown (nobody gets it). 0: a shared file.
        qint64 deviceId = 0;
    };

    explicit ProvisioningCache(Store& store, qint64 maxFileBytes = 256LL * 1024 * 1024);

    StoreResult<DeviceEntry> device(const MacAddress& mac);
    StoreResult<DeviceEntry> deviceById(qint64 id);
    // The phone got its file from peer: what PhoneTrust::recordServed wrote, seen at once here.
    void noteServed(const QString& mac, const QString& peer, PhoneTrust::Served how, qint64 nowMs);
    StoreResult<RegionEntry> region(qint64 id);
    StoreResult<RegionEntry> regionNamed(const QString& name);
    StoreResult<FileEntry> configFile(const QString& name);
    StoreResult<FileEntry> firmwareFile(const QString& name);
    // The newest image of a model ("430HD.img").
    StoreResult<FileEntry> latestFirmware(const QString& model);

    void sync();

private:
    // The entry for key, from the cache or from load() (then kept); *id gets the row's id on a load.
    template <class T>
    StoreResult<FileEntry> cached(QCache<QString, FileEntry>& cache, const QString& key,
                                  const std::function<StoreResult<StoredFile<T>>()>& load, qint64* id);
    void forgetRegions();
    // Loads every device once (false: more than the cache holds, or the database is away).
    bool loadAll();
    void keep(const DeviceEntry& entry);
    void forgetFirmware();

    Store& m_store;
    qint64 m_seen = -1;
    bool m_complete = false;               // m_devices holds every device
    bool m_tooMany = false;                // more devices than the cache holds: looked up one by one
    QHash<QString, DeviceEntry> m_devices; // by MAC
    QHash<qint64, QString> m_macById;
    QHash<qint64, RegionEntry> m_regions;
    QHash<QString, qint64> m_regionByName;
    QCache<QString, FileEntry> m_configFiles;
    QHash<qint64, QString> m_configNameById;
    QHash<QString, qint64> m_configIds;    // every cfg file's name (when m_complete)
    QCache<QString, FileEntry> m_firmware; // by file name, and "model:<MODEL>" for the newest
};
