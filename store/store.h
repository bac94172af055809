#pragma once

class QIODevice;

#include "adminsessions.h"
#include "database.h"
#include "jobtargets.h"
#include "phonestatuswriter.h"
#include "phonetrust.h"
#include "repository.h"
#include "settingsstore.h"

#include <QByteArray>
#include <QVector>

#include <memory>

// One row that changed since a revision: what a console needs to refresh its tables.
struct ChangedRow
{
    QString table;
    qint64 id = 0;
    qint64 revision = 0;
    bool deleted = false;
    qint64 regionId = 0; // deleted rows: the region the row belonged to (0: none or unknown)
};

// A stored file with its bytes (decoded), as the server hands it to phones.
template <class T>
struct StoredFile
{
    T row;
    QByteArray content;
};

struct ChangeSet
{
    qint64 revision = 0;      // ask for changes since this one next time
    QVector<ChangedRow> rows; // in revision order
    bool truncated = false;   // more changes follow revision: ask again at once
};

// The repository API the rest of PhoneFleet uses: one object per connection, SQLite or
// PostgreSQL alike.
class Store
{
public:
    Store();
    ~Store();

    StoreError open(const StoreUrl& url, const QString& password = {});
    bool isOpen() const { return m_db.isOpen(); }
    Database& database() { return m_db; }
    int schemaVersion() const { return m_db.schemaVersion(); }

    Repository<Region>& regions() { return m_regions; }
    Repository<Site>& sites() { return m_sites; }
    Repository<User>& users() { return m_users; }
    Repository<Device>& devices() { return m_devices; }
    Repository<PhoneTemplate>& templates() { return m_templates; }
    Repository<Placeholder>& placeholders() { return m_placeholders; }
    Repository<Alarm>& alarms() { return m_alarms; }
    Repository<FirmwareFile>& firmwareFiles() { return m_firmwareFiles; }
    Repository<ConfigFile>& configFiles() { return m_configFiles; }
    Repository<Admin>& admins() { return m_admins; }
    Repository<OverwriteValue>& overwriteValues() { return m_overwriteValues; }
    Repository<AuditEntry>& auditLog() { return m_auditLog; }
    Repository<Job>& jobs() { return m_jobs; }
    JobTargets& jobTargets() { return m_jobTargets; }
    SettingsStore& settings() { return m_settings; }
    PhoneStatusWriter& phoneStatus() { return m_phoneStatus; }
    PhoneTrust& phoneTrust() { return m_phoneTrust; }
    AdminSessions& sessions() { return m_sessions; }

    StoreResult<qint64> currentRevision() const { return m_db.currentRevision(); }
    // Every row written or deleted after revision, across all tables. With maxRows, stops at the
    // end of the first revision that reaches it (a revision's rows are never split) and says so.
    // tables: only these (empty: all).
    StoreResult<ChangeSet> changesSince(qint64 revision, int maxRows = -1, const QStringList& tables = {}) const;

    // The bytes of a firmware image or cfg file; storing them also sets the row's size and
    // SHA-256 and gives it a new revision (the row's current revision must be given).
    StoreResult<FirmwareFile> setFirmwareContent(const FirmwareFile& file, const QByteArray& content);
    // The same from a file or any seekable device, read twice (the digest, then the bytes) a
    // piece at a time: an image is never whole in memory. Fails if the device changes between
    // the two reads.
    StoreResult<FirmwareFile> setFirmwareContent(const FirmwareFile& file, QIODevice* source);
    // How big a stored piece of a firmware image is.
    static constexpr qint64 firmwareChunkBytes = 1024 * 1024;
    StoreResult<QByteArray> firmwareContent(qint64 id) const;
    StoreResult<ConfigFile> setConfigContent(const ConfigFile& file, const QByteArray& content);
    // Adds the file (id 0) or updates it (its current revision given), with its bytes.
    StoreResult<ConfigFile> saveConfigFile(const ConfigFile& file, const QByteArray& content);
    StoreResult<QByteArray> configContent(qint64 id) const;

    // A file by its name, bytes included, in one query: what serving a phone needs.
    StoreResult<StoredFile<ConfigFile>> configFileNamed(const QString& fileName) const;
    StoreResult<StoredFile<FirmwareFile>> firmwareFileNamed(const QString& fileName) const;
    // The newest image uploaded for a model ("430HD.img" serves it).
    StoreResult<StoredFile<FirmwareFile>> latestFirmwareFor(const QString& model) const;

    // "00908F1A2B01" in any spelling MacAddress accepts.
    StoreResult<Device> deviceByMac(const MacAddress& mac) const;

    // Removes a device (its id and the revision the caller read) with its placeholders, overwrite
    // values and generated files: no one may be served the file of a phone that is gone.
    StoreError removeDevice(const Device& device);
    // How many devices each of these users has.
    StoreResult<QHash<qint64, qint64>> deviceCountsOf(const QVector<qint64>& userIds) const;

    // How many phones' files a query of RowQueries::unresolvedFiles matches, per stored template
    // (0: the shipped defaults).
    StoreResult<QHash<qint64, qint64>> unresolvedCounts(const RowQuery& files) const;

    // What still belongs to a region (and keeps it from being removed).
    struct RegionUsage
    {
        qint64 devices = 0;
        qint64 users = 0;
        qint64 templates = 0;
    };
    StoreResult<RegionUsage> regionUsage(qint64 regionId) const;

    // Removes the placeholders and overwrite values that belong to a template, region or device
    // (what goes with it when it is removed), each deletion recorded for the change feed.
    StoreError removeValuesOf(PlaceholderLevel level, qint64 ownerId);

private:
    template <class T>
    StoreResult<T> setContent(Repository<T>& repository, T row, const QByteArray& content);
    StoreResult<QByteArray> content(const char* table, qint64 id) const;
    // The bytes of a row whose content_encoding is 'chunks' (firmware_chunks), joined.
    StoreResult<QByteArray> chunkedContent(qint64 firmwareId, qint64 size) const;
    template <class T>
    StoreResult<StoredFile<T>> fileWhere(const QString& where, const QVariant& value, const QString& orderBy) const;

    Database m_db;
    Repository<Region> m_regions {m_db};
    Repository<Site> m_sites {m_db};
    Repository<User> m_users {m_db};
    Repository<Device> m_devices {m_db};
    Repository<PhoneTemplate> m_templates {m_db};
    Repository<Placeholder> m_placeholders {m_db};
    Repository<Alarm> m_alarms {m_db};
    Repository<FirmwareFile> m_firmwareFiles {m_db};
    Repository<ConfigFile> m_configFiles {m_db};
    Repository<Admin> m_admins {m_db};
    Repository<OverwriteValue> m_overwriteValues {m_db};
    Repository<AuditEntry> m_auditLog {m_db};
    Repository<Job> m_jobs {m_db};
    JobTargets m_jobTargets {m_db};
    SettingsStore m_settings {m_db};
    PhoneStatusWriter m_phoneStatus {m_db};
    PhoneTrust m_phoneTrust {m_db};
    AdminSessions m_sessions {m_db};
};
