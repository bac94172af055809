#include "commandhandover.h"
#include "pgcluster.h"
#include "store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The store suite. PHONEFLEET_TEST_BACKEND chooses SQLite or a throwaway PostgreSQL cluster;
// each test gets a new, empty database.
namespace {
Region makeRegion(const QString& name, const QString& description = {})
{
    Region r;
    r.name = name;
    r.description = description;
    return r;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void migrationsAppliedOnceAndRecorded();
    void newerSchemaIsRefused();
    void regionLifecycleAndRevisions();
    void staleWritesConflict();
    void uniqueNames();
    void manyRowsById();
    void validation();
    void deviceRoundTrip();
    void foreignKeys();
    void changesSince();
    void adminRegionLevels();
    void fileContent();
    void transactionsNestAndRollBack();
    void otherRowTypes();
    void twoConnectionsShareOneCounter();
    void sqlitePragmas();
    void commandsHandedUntilConfirmed();

private:
    QString newDatabaseUrl();
    std::unique_ptr<Store> openStore(const QString& url);

    bool m_postgres = false;
    PgCluster m_cluster;
    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString m_url;
    std::unique_ptr<Store> m_store;
};

void TestStore::initTestCase()
{
    m_postgres = qEnvironmentVariable("PHONEFLEET_TEST_BACKEND") == QLatin1String("postgresql");
    if (m_postgres) {
        QString why;
        const PgCluster::TestStart started = m_cluster.startForTests(&why);
        if (started == PgCluster::TestStart::Fail) {
            QFAIL(qPrintable(why));
        }
        if (started == PgCluster::TestStart::Skip) {
            QSKIP(qPrintable(why));
        }
    }
}

void TestStore::cleanupTestCase()
{
    m_store.reset();
    m_cluster.stop();
}

QString TestStore::newDatabaseUrl()
{
    ++m_counter;
    if (m_postgres) {
        const QString name = QStringLiteral("store_test_%1").arg(m_counter);
        QString error;
        if (!m_cluster.createDatabase(name, &error)) {
            qFatal("%s", qPrintable(error));
        }
        return m_cluster.url(name);
    }
    return QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("store-%1.db").arg(m_counter));
}

std::unique_ptr<Store> TestStore::openStore(const QString& url)
{
    QString error;
    const StoreUrl parsed = StoreUrl::parse(url, &error);
    auto store = std::make_unique<Store>();
    const StoreError e = store->open(parsed);
    if (e.isError()) {
        qWarning("%s", qPrintable(e.message));
        return nullptr;
    }
    return store;
}

void TestStore::init()
{
    m_url = newDatabaseUrl();
    m_store = openStore(m_url);
    QVERIFY(m_store);
}

void TestStore::cleanup()
{
    m_store.reset();
}

void TestStore::migrationsAppliedOnceAndRecorded()
{
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(m_store->schemaVersion(), Database::latestSchemaVersion());
    const StoreResult<Region> paris = m_store->regions().insert(makeRegion(QStringLiteral("Paris"), {}));
    QVERIFY2(paris, qPrintable(paris.error().message));
    m_store.reset();
    // Opening again applies nothing twice and keeps the data.
    m_store = openStore(m_url);
    QVERIFY(m_store);
    QCOMPARE(m_store->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(m_store->regions().count().value(), 1);
    QSqlQuery q(m_store->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
}

void TestStore::newerSchemaIsRefused()
{
    {
        QSqlQuery q(m_store->database().connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)")));
    }
    m_store.reset();
    QString error;
    Store store;
    const StoreError e = store.open(StoreUrl::parse(m_url, &error));
    QCOMPARE(e.code, StoreError::Code::Database);
    QVERIFY2(e.message.contains(QLatin1String("newer")), qPrintable(e.message));
    QVERIFY(!store.isOpen());
}

void TestStore::regionLifecycleAndRevisions()
{
    StoreResult<Region> paris = m_store->regions().insert(makeRegion(QStringLiteral(" Paris "), QStringLiteral("HQ")));
    QVERIFY2(paris, qPrintable(paris.error().message));
    QVERIFY(paris->id > 0);
    QCOMPARE(paris->revision, 1);
    StoreResult<Region> read = m_store->regions().get(paris->id);
    QCOMPARE(read->name, QStringLiteral("Paris")); // trimmed
    QCOMPARE(read->description, QStringLiteral("HQ"));
    QCOMPARE(read->revision, 1);

    Region changed = read.value();
    changed.description = QStringLiteral("Headquarters");
    StoreResult<Region> updated = m_store->regions().update(changed);
    QVERIFY2(updated, qPrintable(updated.error().message));
    QCOMPARE(updated->revision, 2);
    QCOMPARE(m_store->currentRevision().value(), 2);
    QCOMPARE(m_store->regions().get(paris->id)->description, QStringLiteral("Headquarters"));

    QVERIFY(m_store->regions().remove(paris->id, updated->revision));
    StoreResult<Region> gone = m_store->regions().get(paris->id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, StoreError::Code::NotFound);
    QCOMPARE(m_store->currentRevision().value(), 3);
}

void TestStore::staleWritesConflict()
{
    const Region r = m_store->regions().insert(makeRegion(QStringLiteral("Zurich"), {})).value();
    Region mine = r;
    Region theirs = r;
    theirs.description = QStringLiteral("theirs");
    QVERIFY(m_store->regions().update(theirs));
    mine.description = QStringLiteral("mine");
    StoreResult<Region> stale = m_store->regions().update(mine);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, StoreError::Code::Conflict);
    QVERIFY(stale.error().message.contains(QLatin1String("changed by someone else")));
    QCOMPARE(m_store->regions().get(r.id)->description, QStringLiteral("theirs")); // nothing lost

    StoreResult<bool> staleDelete = m_store->regions().remove(r.id, r.revision);
    QCOMPARE(staleDelete.error().code, StoreError::Code::Conflict);
    QVERIFY(m_store->regions().get(r.id));

    Region ghost = r;
    ghost.id = 424242;
    QCOMPARE(m_store->regions().update(ghost).error().code, StoreError::Code::NotFound);
    QCOMPARE(m_store->regions().remove(424242, 1).error().code, StoreError::Code::NotFound);
}

void TestStore::uniqueNames()
{
    QVERIFY(m_store->regions().insert(makeRegion(QStringLiteral("Paris"), {})));
    StoreResult<Region> again = m_store->regions().insert(makeRegion(QStringLiteral("Paris"), {}));
    QVERIFY(!again);
    QCOMPARE(again.error().code, StoreError::Code::Constraint);
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B01"));
    QVERIFY(m_store->devices().insert(d));
    d.mac = MacAddress::fromString(QStringLiteral("00:90:8f:1a:2b:01"));
    QCOMPARE(m_store->devices().insert(d).error().code, StoreError::Code::Constraint);
    // A failed write leaves no trace and the store goes on working.
    QCOMPARE(m_store->devices().count().value(), 1);
    QVERIFY(m_store->regions().insert(makeRegion(QStringLiteral("Lyon"), {})));
}

void TestStore::manyRowsById()
{
    // More ids than one statement takes (1 000), some of them of no row, out of order, and
    // repeated: each existing row once, in id order; the ids of new rows are right too.
    Transaction tx(m_store->database());
    QVector<qint64> ids;
    for (int i = 0; i < 1500; ++i) {
        const StoreResult<Region> r = m_store->regions().insert(makeRegion(QStringLiteral("R%1").arg(i), {}));
        QVERIFY(r);
        QCOMPARE(m_store->regions().get(r->id).value().name, QStringLiteral("R%1").arg(i));
        ids.prepend(r->id);
    }
    QVERIFY(!tx.commit().isError());
    const QVector<qint64> wanted = ids + QVector<qint64> {999999, -1, 0} + ids.mid(0, 10);
    const StoreResult<QVector<Region>> rows = m_store->regions().getMany(wanted);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1500);
    for (qsizetype i = 1; i < rows->size(); ++i) {
        QVERIFY(rows->at(i - 1).id < rows->at(i).id);
    }
    QVERIFY(m_store->regions().getMany({}).value().isEmpty());
}

void TestStore::validation()
{
    QCOMPARE(m_store->regions().insert(makeRegion(QStringLiteral("  "), {})).error().code, StoreError::Code::Invalid);
    QCOMPARE(m_store->regions().insert(makeRegion(QStringLiteral("a\nb"), {})).error().code, StoreError::Code::Invalid);
    Device noMac;
    QCOMPARE(m_store->devices().insert(noMac).error().code, StoreError::Code::Invalid);
    Device badVlan;
    badVlan.mac = MacAddress::fromString(QStringLiteral("00908F000001"));
    badVlan.vlanId = 5000;
    QCOMPARE(m_store->devices().insert(badVlan).error().code, StoreError::Code::Invalid);
    Placeholder p;
    p.name = QStringLiteral("Primary_NTP");
    p.value = QStringLiteral("ntp1\nsystem/password=x");
    StoreResult<Placeholder> multiLine = m_store->placeholders().insert(p);
    QCOMPARE(multiLine.error().code, StoreError::Code::Invalid);
    QVERIFY(multiLine.error().message.contains(QLatin1String("Primary_NTP")));
    p.value = QStringLiteral("ntp1");
    p.level = PlaceholderLevel::Region;
    QCOMPARE(m_store->placeholders().insert(p).error().code, StoreError::Code::Invalid); // no owner
    QCOMPARE(m_store->currentRevision().value(), 0);                                     // nothing was written
}

void TestStore::deviceRoundTrip()
{
    const Region region = m_store->regions().insert(makeRegion(QStringLiteral("Paris"), {})).value();
    const User user = m_store->users()
                          .insert({0, 0, QStringLiteral("alice.moreau"), QStringLiteral("Alice Moreau"), region.id,
                                   QStringLiteral("Xk4!pr9w")})
                          .value();
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B01"));
    d.model = QStringLiteral("430HD");
    d.displayName = QStringLiteral("Alice desk — 東京");
    d.userId = user.id;
    d.regionId = region.id;
    d.serialNumber = QStringLiteral("SN123");
    d.language = QStringLiteral("French");
    d.vlanMode = QStringLiteral("MANUAL");
    d.vlanId = 120;
    d.vlanPriority = 5;
    d.approval = ApprovalState::Pending;
    d.ipAddress = QStringLiteral("10.20.30.41");
    d.subnet = QStringLiteral("255.255.255.0");
    d.firmwareVersion = QStringLiteral("3.4.3.1");
    d.userAgent = QStringLiteral("AUDC-IPPhone/3.4.3.1 (430HD; 00908F1A2B01)");
    d.sipStatus = SipStatus::Registered;
    d.phoneNumber = QStringLiteral("4071");
    d.location = QStringLiteral("Floor 3");
    d.lastReport = QDateTime::fromMSecsSinceEpoch(1795000000123, Qt::UTC);
    d.lastStatusChange = QDateTime::fromMSecsSinceEpoch(1794000000000, Qt::UTC);
    const Device stored = m_store->devices().insert(d).value();

    const StoreResult<Device> read = m_store->deviceByMac(MacAddress::fromString(QStringLiteral("00:90:8f:1a:2b:01")));
    QVERIFY2(read, qPrintable(read.error().message));
    const Device& r = read.value();
    QCOMPARE(r.id, stored.id);
    QCOMPARE(r.mac, d.mac);
    QCOMPARE(r.model, d.model);
    QCOMPARE(r.displayName, d.displayName);
    QCOMPARE(r.userId, user.id);
    QCOMPARE(r.regionId, region.id);
    QCOMPARE(r.serialNumber, d.serialNumber);
    QCOMPARE(r.language, d.language);
    QCOMPARE(r.vlanMode, d.vlanMode);
    QCOMPARE(r.vlanId, 120);
    QCOMPARE(r.vlanPriority, 5);
    QCOMPARE(r.approval, ApprovalState::Pending);
    QCOMPARE(r.ipAddress, d.ipAddress);
    QCOMPARE(r.subnet, d.subnet);
    QCOMPARE(r.firmwareVersion, d.firmwareVersion);
    QCOMPARE(r.userAgent, d.userAgent);
    QCOMPARE(r.sipStatus, SipStatus::Registered);
    QCOMPARE(r.phoneNumber, d.phoneNumber);
    QCOMPARE(r.location, d.location);
    QCOMPARE(r.lastReport, d.lastReport);
    QCOMPARE(r.lastStatusChange, d.lastStatusChange);

    Device blank;
    blank.mac = MacAddress::fromString(QStringLiteral("00908F1A2B02"));
    const Device b = m_store->devices().insert(blank).value();
    const Device rb = m_store->devices().get(b.id).value();
    QCOMPARE(rb.userId, 0);
    QCOMPARE(rb.regionId, 0);
    QVERIFY(!rb.lastReport.isValid());
    QCOMPARE(m_store->devices().listWhere(QStringLiteral("region_id"), region.id)->size(), 1);
    QCOMPARE(m_store->devices().listWhere(QStringLiteral("region_id"), QVariant())->size(), 1);
    QCOMPARE(m_store->devices().listWhere(QStringLiteral("1=1; DROP TABLE devices; --"), 1).error().code,
             StoreError::Code::Invalid);
    QCOMPARE(m_store->deviceByMac(MacAddress()).error().code, StoreError::Code::Invalid);
    QCOMPARE(m_store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F999999"))).error().code,
             StoreError::Code::NotFound);
}

void TestStore::foreignKeys()
{
    User orphan {0, 0, QStringLiteral("bob"), {}, 9999, {}};
    QCOMPARE(m_store->users().insert(orphan).error().code, StoreError::Code::Constraint);
    const Region region = m_store->regions().insert(makeRegion(QStringLiteral("Paris"), {})).value();
    QVERIFY(m_store->users().insert({0, 0, QStringLiteral("bob"), {}, region.id, {}}));
    StoreResult<bool> inUse = m_store->regions().remove(region.id, region.revision);
    QCOMPARE(inUse.error().code, StoreError::Code::Constraint);
    QVERIFY(m_store->regions().get(region.id));
}

void TestStore::changesSince()
{
    const Region paris = m_store->regions().insert(makeRegion(QStringLiteral("Paris"), {})).value();
    const qint64 mark = m_store->currentRevision().value();
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F000001"));
    const Device dev = m_store->devices().insert(d).value();
    const Region zurich = m_store->regions().insert(makeRegion(QStringLiteral("Zurich"), {})).value();
    QVERIFY(m_store->devices().remove(dev.id, dev.revision));

    const ChangeSet changes = m_store->changesSince(mark).value();
    QCOMPARE(changes.revision, m_store->currentRevision().value());
    QCOMPARE(changes.rows.size(), 2);
    QCOMPARE(changes.rows.at(0).table, QStringLiteral("regions"));
    QCOMPARE(changes.rows.at(0).id, zurich.id);
    QVERIFY(!changes.rows.at(0).deleted);
    QCOMPARE(changes.rows.at(1).table, QStringLiteral("devices"));
    QCOMPARE(changes.rows.at(1).id, dev.id);
    QVERIFY(changes.rows.at(1).deleted);
    QVERIFY(changes.rows.at(0).revision < changes.rows.at(1).revision);

    QVERIFY(m_store->changesSince(changes.revision)->rows.isEmpty());
    QCOMPARE(m_store->changesSince(0)->rows.size(), 3); // Paris, Zurich, the deletion
    QCOMPARE(m_store->regions().changedSince(mark)->size(), 1);
    Q_UNUSED(paris);
}

void TestStore::adminRegionLevels()
{
    const Region a = m_store->regions().insert(makeRegion(QStringLiteral("A"), {})).value();
    const Region b = m_store->regions().insert(makeRegion(QStringLiteral("B"), {})).value();
    Admin admin;
    admin.name = QStringLiteral("operator1");
    admin.role = AdminRole::Regional;
    admin.passwordHash = QStringLiteral("pbkdf2-sha256$600000$salt$hash");
    admin.regionLevels.insert(a.id, AccessLevel::Operator);
    admin.regionLevels.insert(b.id, AccessLevel::Monitoring);
    Admin stored = m_store->admins().insert(admin).value();
    Admin read = m_store->admins().findOne(QStringLiteral("name"), QStringLiteral("operator1")).value();
    QCOMPARE(read.role, AdminRole::Regional);
    QCOMPARE(read.passwordHash, admin.passwordHash);
    QCOMPARE(read.regionLevels.size(), 2);
    QCOMPARE(read.regionLevels.value(a.id), AccessLevel::Operator);
    QCOMPARE(read.regionLevels.value(b.id), AccessLevel::Monitoring);

    read.regionLevels.remove(a.id);
    read.regionLevels.insert(b.id, AccessLevel::Operator);
    QVERIFY(m_store->admins().update(read));
    const Admin again = m_store->admins().get(stored.id).value();
    QCOMPARE(again.regionLevels.size(), 1);
    QCOMPARE(again.regionLevels.value(b.id), AccessLevel::Operator);
    QVERIFY(again.revision > stored.revision);
}

void TestStore::fileContent()
{
    FirmwareFile f;
    f.fileName = QStringLiteral("430HD.img");
    f.model = QStringLiteral("430HD");
    f.version = QStringLiteral("3.4.3.1");
    const FirmwareFile stored = m_store->firmwareFiles().insert(f).value();
    QByteArray image(300000, Qt::Uninitialized);
    for (int i = 0; i < image.size(); ++i) {
        image[i] = static_cast<char>(i * 31 % 256); // NUL bytes included
    }
    const StoreResult<FirmwareFile> withContent = m_store->setFirmwareContent(stored, image);
    QVERIFY2(withContent, qPrintable(withContent.error().message));
    QCOMPARE(withContent->size, image.size());
    QCOMPARE(withContent->sha256,
             QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(m_store->firmwareContent(stored.id).value(), image);
    QCOMPARE(m_store->firmwareFiles().get(stored.id)->size, image.size());

    // A stale revision changes neither the row nor the bytes.
    StoreResult<FirmwareFile> stale = m_store->setFirmwareContent(stored, QByteArray("other"));
    QCOMPARE(stale.error().code, StoreError::Code::Conflict);
    QCOMPARE(m_store->firmwareContent(stored.id).value(), image);

    ConfigFile c;
    c.fileName = QStringLiteral("00908F1A2B01.cfg");
    const ConfigFile cfg = m_store->configFiles().insert(c).value();
    QCOMPARE(m_store->configContent(cfg.id).value(), QByteArray(""));
    QVERIFY(m_store->setConfigContent(cfg, "system/type=430HD\n"));
    QCOMPARE(m_store->configContent(cfg.id).value(), QByteArray("system/type=430HD\n"));
    QCOMPARE(m_store->configContent(777).error().code, StoreError::Code::NotFound);
}

void TestStore::transactionsNestAndRollBack()
{
    {
        Transaction tx(m_store->database());
        QVERIFY(!tx.error().isError());
        QVERIFY(m_store->regions().insert(makeRegion(QStringLiteral("Temporary"), {})));
        // no commit: rolled back
    }
    QCOMPARE(m_store->regions().count().value(), 0);
    {
        Transaction tx(m_store->database());
        QVERIFY(m_store->regions().insert(makeRegion(QStringLiteral("One"), {})));
        QVERIFY(m_store->regions().insert(makeRegion(QStringLiteral("Two"), {})));
        QVERIFY(!tx.commit().isError());
    }
    QCOMPARE(m_store->regions().count().value(), 2);
    {
        Transaction tx(m_store->database());
        QVERIFY(m_store->regions().insert(makeRegion(QStringLiteral("Three"), {})));
        QVERIFY(!m_store->regions().insert(makeRegion(QStringLiteral("One"), {}))); // fails inside
        QVERIFY(tx.commit().isError());                                             // the whole group is refused
    }
    QCOMPARE(m_store->regions().count().value(), 2);
    QVERIFY(m_store->regions().insert(makeRegion(QStringLiteral("Four"), {})));
}

void TestStore::otherRowTypes()
{
    const Region region = m_store->regions().insert(makeRegion(QStringLiteral("Paris"), {})).value();
    PhoneTemplate t;
    t.name = QStringLiteral("430HD Paris");
    t.model = QStringLiteral("430HD");
    t.regionId = region.id;
    t.isDefault = true;
    t.globalFile = {QStringLiteral("Audiocodes_430HD_global.cfg"), QStringLiteral("%ITCS_destination%"), 0,
                    QStringLiteral("system/ntp/enabled=1\n")};
    t.deviceFile = {QStringLiteral("%ITCS_mac%.cfg"), QString(), 1, QStringLiteral("voip/line/0/id=%ITCS_Line1Id%\n")};
    const PhoneTemplate storedT = m_store->templates().insert(t).value();
    const PhoneTemplate readT = m_store->templates().get(storedT.id).value();
    QVERIFY(readT.isDefault);
    QCOMPARE(readT.globalFile.name, t.globalFile.name);
    QCOMPARE(readT.globalFile.destinationDir, t.globalFile.destinationDir);
    QCOMPARE(readT.deviceFile.encryptMode, 1);
    QCOMPARE(readT.deviceFile.data, t.deviceFile.data);

    Placeholder sys {0, 0, PlaceholderLevel::System, 0, QStringLiteral("Primary_NTP"), QStringLiteral("pool.ntp.org"),
                     {}};
    Placeholder reg {
        0, 0, PlaceholderLevel::Region, region.id, QStringLiteral("Primary_NTP"), QStringLiteral("10.0.0.1"), {}};
    QVERIFY(m_store->placeholders().insert(sys));
    QVERIFY(m_store->placeholders().insert(reg));
    QCOMPARE(m_store->placeholders().insert(reg).error().code, StoreError::Code::Constraint);
    QCOMPARE(m_store->placeholders().listWhere(QStringLiteral("level"), QStringLiteral("region"))->first().value,
             QStringLiteral("10.0.0.1"));

    Alarm alarm;
    alarm.name = QStringLiteral("IPPhoneRegisterFailure");
    alarm.severity = AlarmSeverity::Critical;
    alarm.sourceMac = QStringLiteral("00908F1A2B01");
    alarm.raisedAt = QDateTime::fromMSecsSinceEpoch(1795000000000, Qt::UTC);
    Alarm storedA = m_store->alarms().insert(alarm).value();
    QVERIFY(storedA.isActive());
    storedA.clearedAt = QDateTime::fromMSecsSinceEpoch(1795000060000, Qt::UTC);
    QVERIFY(m_store->alarms().update(storedA));
    const Alarm readA = m_store->alarms().get(storedA.id).value();
    QVERIFY(!readA.isActive());
    QCOMPARE(readA.severity, AlarmSeverity::Critical);

    OverwriteValue o {
        0, 0, PlaceholderLevel::Region, region.id, QStringLiteral("system/syslog/mode"), QStringLiteral("SYSLOG")};
    const OverwriteValue storedO = m_store->overwriteValues().insert(o).value();
    QCOMPARE(m_store->overwriteValues().get(storedO.id)->key, o.key);
    QCOMPARE(m_store->overwriteValues().insert(o).error().code, StoreError::Code::Constraint);
    o.value = QStringLiteral("x\nsystem/password=1");
    o.key = QStringLiteral("other");
    QCOMPARE(m_store->overwriteValues().insert(o).error().code, StoreError::Code::Invalid);
    o.level = PlaceholderLevel::System;
    QCOMPARE(m_store->overwriteValues().insert(o).error().code, StoreError::Code::Invalid);

    ConfigFile generated;
    generated.fileName = QStringLiteral("00908F1A2B01.cfg");
    generated.fingerprint = QStringLiteral("abc123");
    const ConfigFile storedC = m_store->configFiles().insert(generated).value();
    QCOMPARE(m_store->configFiles().get(storedC.id)->fingerprint, QStringLiteral("abc123"));

    AuditEntry e;
    e.level = LogLevel::Warn;
    e.adminName = QStringLiteral("admin");
    e.sourceAddress = QStringLiteral("192.0.2.7");
    e.action = QStringLiteral("delete device");
    e.target = QStringLiteral("00908F1A2B01");
    const AuditEntry storedE = m_store->auditLog().insert(e).value();
    const AuditEntry readE = m_store->auditLog().get(storedE.id).value();
    QCOMPARE(readE.level, LogLevel::Warn);
    QVERIFY(readE.time.isValid()); // stamped when not given
    QCOMPARE(readE.sourceAddress, e.sourceAddress);
}

void TestStore::twoConnectionsShareOneCounter()
{
    std::unique_ptr<Store> other = openStore(m_url);
    QVERIFY(other);
    const Region a = m_store->regions().insert(makeRegion(QStringLiteral("A"), {})).value();
    const Region b = other->regions().insert(makeRegion(QStringLiteral("B"), {})).value();
    QCOMPARE(b.revision, a.revision + 1);
    Region viaOther = other->regions().get(a.id).value();
    viaOther.description = QStringLiteral("changed elsewhere");
    QVERIFY(other->regions().update(viaOther));
    Region mine = a;
    mine.description = QStringLiteral("mine");
    QCOMPARE(m_store->regions().update(mine).error().code, StoreError::Code::Conflict);
    QCOMPARE(m_store->changesSince(a.revision)->rows.size(), 2);
}

void TestStore::sqlitePragmas()
{
    if (m_postgres) {
        QSKIP("SQLite only");
    }
    QSqlQuery q(m_store->database().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestStore::commandsHandedUntilConfirmed()
{
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B07"));
    d = m_store->devices().insert(d).value();
    const auto newJob = [&](const QString& action) {
        Job j;
        j.action = action;
        j.description = action;
        j.adminName = QStringLiteral("admin");
        j.state = JobState::Running;
        j.createdAt = j.startedAt = QDateTime::currentDateTimeUtc();
        const Job job = m_store->jobs().insert(j).value();
        JobTarget t;
        t.position = 0;
        t.targetId = d.id;
        t.label = d.mac.toString();
        t.outcome = TargetOutcome::Queued;
        return m_store->jobTargets().add(job.id, {t}).isError() ? 0 : job.id;
    };
    const qint64 messageJob = newJob(QStringLiteral("send-message"));
    const qint64 resetJob = newJob(QStringLiteral("reset"));
    QVERIFY(messageJob && resetJob);
    const QByteArray message = R"({"cmd":"send-message","text":"hi","id":"j1-0"})";
    const QByteArray reset = R"({"cmd":"reset","mode":"force","id":"j2-0"})";
    QVERIFY(m_store->phoneStatus().queueCommand(d.id, message, QDateTime::currentDateTimeUtc(), messageJob, 0));
    QVERIFY(m_store->phoneStatus().queueCommand(d.id, reset, QDateTime::currentDateTimeUtc(), resetJob, 0));

    KeepAliveReport report;
    report.mac = d.mac;
    report.status = SipStatus::Registered;
    report.authenticated = true; // proven: it gets its commands
    const auto keepAlive = [&](qint64 atMs) {
        const auto r = m_store->phoneStatus().applyKeepAlives({report}, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
        return r ? r->constFirst() : KeepAliveOutcome {};
    };
    const auto outcome = [&](qint64 job) { return m_store->jobTargets().list(job)->constFirst(); };
    qint64 at = QDateTime::currentMSecsSinceEpoch();

    // Handed, but the answer is never confirmed (the node died before it went out): still
    // queued, and withheld while a confirmation could still come.
    KeepAliveOutcome first = keepAlive(at);
    QCOMPARE(first.commands, (QByteArrayList {message, reset}));
    QCOMPARE(first.commandIds.size(), 2);
    QCOMPARE(outcome(messageJob).outcome, TargetOutcome::Queued);
    QVERIFY(keepAlive(at + 1000).commands.isEmpty());
    // A job cancelled meanwhile leaves a handed command alone: it may be on the phone already.
    QCOMPARE(m_store->jobTargets().cancel(messageJob, QDateTime::currentDateTimeUtc()).value(), 0);
    QCOMPARE(outcome(messageJob).outcome, TargetOutcome::Queued);

    // Later, the message is given again (same text and id: the phone does it once), the reset is
    // given up and its job says why: after a restart the phone would not know its id.
    at += CommandHandover::confirmationMs;
    KeepAliveOutcome again = keepAlive(at);
    QCOMPARE(again.commands, QByteArrayList {message});
    QCOMPARE(again.givenUp, QByteArrayList {reset});
    QCOMPARE(outcome(resetJob).outcome, TargetOutcome::Failed);
    QVERIFY2(outcome(resetJob).reason.contains(QLatin1String("cannot restart twice")),
             qPrintable(outcome(resetJob).reason));

    // An answer known not to have gone out puts it back in the queue: the next report gets it.
    QVERIFY(!m_store->phoneStatus().returnHanded(again.commandIds).isError());
    KeepAliveOutcome returned = keepAlive(at + 10);
    QCOMPARE(returned.commands, QByteArrayList {message});

    // Confirmed: delivered, with its job target, and never given again; confirming twice is harmless.
    QVERIFY(!m_store->phoneStatus().confirmDelivered(returned.commandIds, QDateTime::currentDateTimeUtc()).isError());
    QVERIFY(!m_store->phoneStatus().confirmDelivered(returned.commandIds, QDateTime::currentDateTimeUtc()).isError());
    QCOMPARE(outcome(messageJob).outcome, TargetOutcome::Delivered);
    at += 2 * CommandHandover::confirmationMs;
    const KeepAliveOutcome after = keepAlive(at);
    QVERIFY(after.commands.isEmpty() && after.givenUp.isEmpty());
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
