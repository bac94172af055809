#include "database.h"
#include "defaulttemplates.h"
#include "generatedfiles.h"
#include "generator.h"
#include "migrations.h"
#include "portablepaths.h"
#include "rowqueries.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Generation into a real SQLite store and folder.
namespace {
Region makeRegion(const QString& name)
{
    Region r;
    r.name = name;
    return r;
}
} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void generatesDeviceAndGlobalFiles();
    void templateChoice();
    void regeneratesOnlyWhatChanged();
    void overwriteValues();
    void unresolvedAndProblemsAreReported();
    void filesOfBeforeTheRecordAreRenderedOnceMore();
    void missingFileIsWrittenAgain();
    void renamedDeviceFileLeavesNothingBehind();
    void failedRunPutsTheFolderBack();
    void strayFilesAreRemovedFromTheServersFolderOnly();
    void leftoversAreReplacedNotReused();
    void filesFollowTheOuterTransaction();

private:
    QStringList folder() const;
    QByteArray file(const QString& name) const;
    Device addDevice(const QString& mac, const QString& model, qint64 regionId, qint64 userId,
                     ApprovalState approval = ApprovalState::Approved);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_out;
    ServerContext m_server;
    Region m_paris;
    Region m_zurich;
    User m_alice;
};

void TestGenerator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QString error;
    QVERIFY(!m_store->open(StoreUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("g.db")), &error))
                 .isError());
    m_out = m_dir->filePath(QStringLiteral("configfiles"));
    m_server.serverAddress = QStringLiteral("pf.example.net");
    m_server.firmwareFiles.insert(QStringLiteral("430HD"), QStringLiteral("430HD.img"));
    m_server.firmwareFiles.insert(QStringLiteral("440HD"), QStringLiteral("440HD.img"));
    m_paris = m_store->regions().insert(makeRegion(QStringLiteral("Paris"))).value();
    m_zurich = m_store->regions().insert(makeRegion(QStringLiteral("Zurich"))).value();
    m_alice = m_store->users()
                  .insert({0, 0, QStringLiteral("alice"), QStringLiteral("Alice"), m_paris.id, QStringLiteral("pw-a")})
                  .value();
    PhoneTemplate t;
    t.name = QStringLiteral("Paris 430HD");
    t.model = QStringLiteral("430HD");
    t.regionId = m_paris.id;
    t.isDefault = true;
    t.globalFile = {QStringLiteral("Paris_430HD_global.cfg"),
                    {},
                    0,
                    QStringLiteral("system/ntp/primary_server_address=%ITCS_Primary_NTP%\n")};
    t.deviceFile = {
        QStringLiteral("%ITCS_mac%.cfg"),
        {},
        0,
        QStringLiteral("include Paris_430HD_global.cfg\nvoip/line/0/auth_name=%ITCS_Line1AuthName%\n"
                       "personal_settings/language=%ITCS_Language%\nzzz2_region_cfg=ENABLE\nzzz3_user_cfg=ENABLE\n")};
    QVERIFY(m_store->templates().insert(t));
    QVERIFY(m_store->placeholders().insert(
        {0, 0, PlaceholderLevel::System, 0, QStringLiteral("Primary_NTP"), QStringLiteral("10.0.0.1"), {}}));
    QVERIFY(m_store->placeholders().insert(
        {0, 0, PlaceholderLevel::Region, m_paris.id, QStringLiteral("Language"), QStringLiteral("French"), {}}));
    QVERIFY(m_store->placeholders().insert(
        {0, 0, PlaceholderLevel::Region, m_zurich.id, QStringLiteral("Language"), QStringLiteral("German"), {}}));
}

void TestGenerator::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QByteArray TestGenerator::file(const QString& name) const
{
    QFile f(QDir(m_out).filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Device TestGenerator::addDevice(const QString& mac, const QString& model, qint64 regionId, qint64 userId,
                                ApprovalState approval)
{
    Device d;
    d.mac = MacAddress::fromString(mac);
    d.model = model;
    d.regionId = regionId;
    d.userId = userId;
    d.approval = approval;
    return m_store->devices().insert(d).value();
}

void TestGenerator::generatesDeviceAndGlobalFiles()
{
    addDevice(QStringLiteral("00908F000001"), QStringLiteral("430HD"), m_paris.id, m_alice.id);
    Generator generator(*m_store, m_out, m_server);
    const StoreResult<GenerationReport> r = generator.run();
    QVERIFY2(r, qPrintable(r.error().message));
    QCOMPARE(r->devices, 1);
    QCOMPARE(r->written, 1);
    QCOMPARE(r->globalFiles, 1);
    QCOMPARE(
        file(QStringLiteral("00908F000001.cfg")),
        QByteArray("include Paris_430HD_global.cfg\nvoip/line/0/auth_name=alice\npersonal_settings/language=French\n"
                   "zzz2_region_cfg=ENABLE\nzzz3_user_cfg=ENABLE\n"));
    QCOMPARE(file(QStringLiteral("Paris_430HD_global.cfg")),
             QByteArray("system/ntp/primary_server_address=10.0.0.1\n"));
    const ConfigFile row =
        m_store->configFiles().findOne(QStringLiteral("file_name"), QStringLiteral("00908F000001.cfg")).value();
    QCOMPARE(m_store->configContent(row.id).value(), file(QStringLiteral("00908F000001.cfg")));
    QCOMPARE(row.size, file(QStringLiteral("00908F000001.cfg")).size());
    QVERIFY(!row.fingerprint.isEmpty());
    // Stored as LZ4 (ContentCodec); a row an older version stored with zlib still reads;
    // replacing the bytes by hand stores them as they are.
    const auto encodingOf = [&](qint64 id) {
        QSqlQuery q(m_store->database().connection());
        q.prepare(QStringLiteral("SELECT content_encoding, length(content) FROM config_files WHERE id = ?"));
        q.addBindValue(id);
        q.exec();
        q.next();
        return qMakePair(q.value(0).toString(), q.value(1).toLongLong());
    };
    QCOMPARE(encodingOf(row.id).first, QStringLiteral("lz4"));
    const QByteArray generated = file(QStringLiteral("00908F000001.cfg"));
    {
        QSqlQuery q(m_store->database().connection());
        q.prepare(QStringLiteral("UPDATE config_files SET content = ?, content_encoding = 'zlib' WHERE id = ?"));
        q.addBindValue(qCompress(generated, 1));
        q.addBindValue(row.id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QCOMPARE(m_store->configContent(row.id).value(), generated);
    QVERIFY(m_store->setConfigContent(row, "hand-edited=1\n"));
    QCOMPARE(encodingOf(row.id), qMakePair(QString(), qint64(14)));
    QCOMPARE(m_store->configContent(row.id).value(), QByteArray("hand-edited=1\n"));
    // No partial files are left behind.
    QCOMPARE(QDir(m_out).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestGenerator::templateChoice()
{
    addDevice(QStringLiteral("00908F000001"), QStringLiteral("430HD"), m_paris.id, m_alice.id);  // Paris template
    addDevice(QStringLiteral("00908F000002"), QStringLiteral("430HD"), m_zurich.id, m_alice.id); // shipped 430HD
    addDevice(QStringLiteral("00908F000003"), QStringLiteral("RX50"), m_zurich.id, m_alice.id);  // none
    addDevice(QStringLiteral("00908F000004"), QStringLiteral("440HD"), m_zurich.id, m_alice.id,
              ApprovalState::Pending); // waits for approval: no file
    const StoreResult<GenerationReport> r = Generator(*m_store, m_out, m_server).run();
    QVERIFY(r);
    QCOMPARE(r->devices, 3);
    QCOMPARE(r->written, 2);
    QCOMPARE(r->problems.size(), 1);
    QCOMPARE(r->problems.first().subject, QStringLiteral("00908F000003"));
    QVERIFY(r->problems.first().message.contains(QLatin1String("RX50")));
    const QByteArray shipped = file(QStringLiteral("00908F000002.cfg"));
    QVERIFY(shipped.startsWith("include Audiocodes_430HD_global.cfg\nsystem/type=430HD\n"));
    QVERIFY(shipped.contains("personal_settings/language=German\n"));
    QVERIFY(shipped.contains("provisioning/firmware/url=https://pf.example.net/firmwarefiles/430HD.img\n"));
    QVERIFY(!file(QStringLiteral("Audiocodes_430HD_global.cfg")).isEmpty());
    QVERIFY(file(QStringLiteral("00908F000004.cfg")).isEmpty());
}

void TestGenerator::regeneratesOnlyWhatChanged()
{
    for (int i = 0; i < 4; ++i) {
        addDevice(QStringLiteral("00908F00010%1").arg(i), QStringLiteral("430HD"), m_paris.id, m_alice.id);
        addDevice(QStringLiteral("00908F00020%1").arg(i), QStringLiteral("430HD"), m_zurich.id, m_alice.id);
    }
    Generator generator(*m_store, m_out, m_server);
    QCOMPARE(generator.run()->written, 8);
    const StoreResult<GenerationReport> again = generator.run();
    QCOMPARE(again->rendered, 0);
    QCOMPARE(again->unchanged, 8);
    QCOMPARE(again->written, 0);
    const qint64 revision = m_store->currentRevision().value();
    QCOMPARE(m_store->changesSince(revision)->rows.size(), 0); // a run with nothing to do writes nothing

    Placeholder zurichLanguage = m_store->placeholders().listWhere(QStringLiteral("owner_id"), m_zurich.id)->first();
    zurichLanguage.value = QStringLiteral("Italian");
    QVERIFY(m_store->placeholders().update(zurichLanguage));
    const StoreResult<GenerationReport> oneRegion = generator.run();
    QCOMPARE(oneRegion->rendered, 4);
    QCOMPARE(oneRegion->written, 4);
    QCOMPARE(oneRegion->unchanged, 4);
    QVERIFY(file(QStringLiteral("00908F000200.cfg")).contains("personal_settings/language=Italian\n"));

    // A device-level value touches that device only.
    const Device one = m_store->deviceByMac(MacAddress::fromString(QStringLiteral("00908F000101"))).value();
    QVERIFY(m_store->placeholders().insert(
        {0, 0, PlaceholderLevel::Device, one.id, QStringLiteral("Language"), QStringLiteral("Hebrew"), {}}));
    const StoreResult<GenerationReport> oneDevice = generator.run();
    QCOMPARE(oneDevice->written, 1);
    QVERIFY(file(QStringLiteral("00908F000101.cfg")).contains("personal_settings/language=Hebrew\n"));

    // A new server address changes every file; forcing re-renders all but writes none that match.
    QCOMPARE(generator.run(true)->written, 0);
    m_server.serverAddress = QStringLiteral("pf2.example.net");
    QCOMPARE(Generator(*m_store, m_out, m_server).run()->rendered, 8);
}

void TestGenerator::overwriteValues()
{
    const Device d = addDevice(QStringLiteral("00908F000001"), QStringLiteral("430HD"), m_paris.id, m_alice.id);
    QVERIFY(m_store->overwriteValues().insert(
        {0, 0, PlaceholderLevel::Region, m_paris.id, QStringLiteral("system/syslog/mode"), QStringLiteral("SYSLOG")}));
    QVERIFY(m_store->overwriteValues().insert(
        {0, 0, PlaceholderLevel::Device, d.id, QStringLiteral("voip/line/0/auth_name"), QStringLiteral("override")}));
    QVERIFY(Generator(*m_store, m_out, m_server).run());
    QCOMPARE(
        file(QStringLiteral("00908F000001.cfg")),
        QByteArray("include Paris_430HD_global.cfg\nvoip/line/0/auth_name=override\npersonal_settings/language=French\n"
                   "zzz2_region_cfg=ENABLE\nsystem/syslog/mode=SYSLOG\nzzz3_user_cfg=ENABLE\n"));
}

void TestGenerator::unresolvedAndProblemsAreReported()
{
    Device lone = addDevice(QStringLiteral("00908F000001"), QStringLiteral("430HD"), m_paris.id, 0); // no user
    addDevice(QStringLiteral("00908F000002"), QStringLiteral("430HD"), m_zurich.id, 0); // the shipped 430HD
    const StoreResult<GenerationReport> r = Generator(*m_store, m_out, m_server).run();
    QVERIFY(r);
    QCOMPARE(r->unresolved.size(), 2);
    QCOMPARE(r->unresolved.first(), QStringLiteral("00908F000001: Line1AuthName"));
    QVERIFY2(r->unresolved.last().startsWith(QLatin1String("00908F000002: ")), qPrintable(r->unresolved.last()));
    const QString shippedUnresolved = r->unresolved.last().mid(14).replace(QLatin1String(", "), QLatin1String(","));
    // No phone gets a literal placeholder: the line without a value (and no default) is left out.
    QVERIFY(!file(QStringLiteral("00908F000001.cfg")).contains("%ITCS_"));
    QVERIFY(!file(QStringLiteral("00908F000001.cfg")).contains("voip/line/0/auth_name="));

    // Each phone's file row says what it left unresolved and which template made it (Zurich has
    // no template of its own: the shipped default, 0), for the Templates page long after the job.
    const qint64 parisTemplate = m_store->templates().list()->first().id;
    const auto row = [this](const QString& name) {
        return m_store->configFiles().findOne(QStringLiteral("file_name"), name).value();
    };
    QCOMPARE(row(QStringLiteral("00908F000001.cfg")).unresolved, QStringLiteral("Line1AuthName"));
    QCOMPARE(row(QStringLiteral("00908F000001.cfg")).templateId, parisTemplate);
    QCOMPARE(row(QStringLiteral("00908F000002.cfg")).templateId, 0);
    QCOMPARE(row(QStringLiteral("00908F000002.cfg")).unresolved, shippedUnresolved);
    const RegionScope all {true, {}};
    QCOMPARE(m_store->unresolvedCounts(RowQueries::unresolvedFiles(-1, all)).value(),
             (QHash<qint64, qint64> {{parisTemplate, 1}, {0, 1}}));
    QCOMPARE(m_store->configFiles().count(RowQueries::unresolvedFiles(parisTemplate, all)).value(), 1);
    QCOMPARE(m_store->configFiles().count(RowQueries::unresolvedFiles(0, all)).value(), 1);
    // A regional view counts the phones of its regions only.
    QCOMPARE(m_store->unresolvedCounts(RowQueries::unresolvedFiles(-1, RegionScope {false, {m_zurich.id}})).value(),
             (QHash<qint64, qint64> {{0, 1}}));

    // A run that skips the unchanged file keeps what it recorded.
    QCOMPARE(Generator(*m_store, m_out, m_server).run()->unchanged, 2);
    QCOMPARE(row(QStringLiteral("00908F000001.cfg")).unresolved, QStringLiteral("Line1AuthName"));

    // Once the phone has a user, its file is complete and the record says so.
    lone.userId = m_alice.id;
    QVERIFY(m_store->devices().update(lone));
    const StoreResult<GenerationReport> again = Generator(*m_store, m_out, m_server).run();
    QCOMPARE(again->unresolved, QStringList {});
    QCOMPARE(row(QStringLiteral("00908F000001.cfg")).unresolved, QString());
    QCOMPARE(m_store->unresolvedCounts(RowQueries::unresolvedFiles(-1, all)).value(), (QHash<qint64, qint64> {{0, 1}}));
}

void TestGenerator::filesOfBeforeTheRecordAreRenderedOnceMore()
{
    addDevice(QStringLiteral("00908F000001"), QStringLiteral("430HD"), m_paris.id, 0);
    addDevice(QStringLiteral("00908F000002"), QStringLiteral("430HD"), m_paris.id, m_alice.id);
    QVERIFY(Generator(*m_store, m_out, m_server).run());
    // The rows as a server before migration 0011 left them, then that migration's own updates.
    QSqlQuery q(m_store->database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE config_files SET unresolved = '', template_id = NULL")));
    int applied = 0;
    for (const Migration& m : Migrations::all(Migrations::Dialect::SQLite)) {
        for (const QString& statement : m.statements) {
            if (m.version == 11 && statement.startsWith(QLatin1String("UPDATE"))) {
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
                ++applied;
            }
        }
    }
    QCOMPARE(applied, 1);
    const StoreResult<GenerationReport> r = Generator(*m_store, m_out, m_server).run();
    QCOMPARE(r->rendered, 2); // every phone's file once more...
    QCOMPARE(r->written, 0);  // ...but the same bytes are not written again
    const StoreResult<ConfigFile> lone =
        m_store->configFiles().findOne(QStringLiteral("file_name"), QStringLiteral("00908F000001.cfg"));
    QCOMPARE(lone->unresolved, QStringLiteral("Line1AuthName"));
    QVERIFY(lone->templateId > 0);
    QCOMPARE(
        m_store->configFiles().findOne(QStringLiteral("file_name"), QStringLiteral("00908F000002.cfg"))->unresolved,
        QString());
    QCOMPARE(Generator(*m_store, m_out, m_server).run()->unchanged, 2); // and once only
}

void TestGenerator::missingFileIsWrittenAgain()
{
    addDevice(QStringLiteral("00908F000001"), QStringLiteral("430HD"), m_paris.id, m_alice.id);
    Generator generator(*m_store, m_out, m_server);
    QVERIFY(generator.run());
    QVERIFY(QFile::remove(QDir(m_out).filePath(QStringLiteral("00908F000001.cfg"))));
    const StoreResult<GenerationReport> r = generator.run();
    QCOMPARE(r->rendered, 1);
    QCOMPARE(r->written, 1);
    QVERIFY(!file(QStringLiteral("00908F000001.cfg")).isEmpty());
}

// Issue 20: a template whose device file was renamed left the old file, with the phone's SIP
// password, in the folder and the store.
void TestGenerator::renamedDeviceFileLeavesNothingBehind()
{
    const Region bern = m_store->regions().insert(makeRegion(QStringLiteral("Bern"))).value();
    const Device d = addDevice(QStringLiteral("00908F00AA01"), QStringLiteral("430HD"), bern.id, m_alice.id);
    PhoneTemplate t;
    t.name = QStringLiteral("renamed");
    t.model = QStringLiteral("430HD");
    t.regionId = bern.id;
    t.isDefault = true;
    t.deviceFile.name = QStringLiteral("%ITCS_mac%.cfg");
    t.deviceFile.data = QStringLiteral("voip/line/0/auth_password=%ITCS_Line1AuthPassword%\n");
    t = m_store->templates().insert(t).value();
    QVERIFY(Generator(*m_store, m_out, m_server).run().ok());
    QVERIFY(QFile::exists(m_out + QStringLiteral("/00908F00AA01.cfg")));
    for (const bool partial : {false, true}) {
        t.deviceFile.name = partial ? QStringLiteral("%ITCS_mac%_b.cfg") : QStringLiteral("SEP%ITCS_mac%.cfg");
        t = m_store->templates().update(t).value();
        const StoreResult<GenerationReport> r =
            partial ? Generator(*m_store, m_out, m_server).runFor({d.id}) : Generator(*m_store, m_out, m_server).run();
        QVERIFY(r.ok());
        QVERIFY2(r->problems.isEmpty(), qPrintable(r->problems.isEmpty() ? QString() : r->problems.first().message));
        const QString now = partial ? QStringLiteral("00908F00AA01_b.cfg") : QStringLiteral("SEP00908F00AA01.cfg");
        const QString before = partial ? QStringLiteral("SEP00908F00AA01.cfg") : QStringLiteral("00908F00AA01.cfg");
        QVERIFY2(QFile::exists(m_out + u'/' + now),
                 qPrintable(QDir(m_out).entryList(QDir::Files | QDir::Hidden).join(u' ') + QStringLiteral(" r=")
                            + QString::number(r->rendered) + u'/' + QString::number(r->written) + u'/'
                            + QString::number(r->unchanged) + u'/' + QString::number(r->devices)));
        QVERIFY2(!QFile::exists(m_out + u'/' + before), qPrintable(before));
        QVERIFY(!m_store->configFiles().findOne(QStringLiteral("file_name"), before).ok());
        QCOMPARE(m_store->configFiles().listWhere(QStringLiteral("device_id"), d.id).value().size(), 1);
    }
}

QStringList TestGenerator::folder() const
{
    return QDir(m_out).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// Issue 20: after a full disk during generation, files with SIP passwords were left with no
// database row. A run that fails half-way (here one phone's name is taken by a folder, so its
// file cannot be put in place, as with a full disk) leaves the folder as it was before the
// run: files it created are gone, files it replaced have their previous bytes, nothing else.
void TestGenerator::failedRunPutsTheFolderBack()
{
    addDevice(QStringLiteral("00908F000001"), QStringLiteral("430HD"), m_paris.id, m_alice.id);
    QVERIFY(Generator(*m_store, m_out, m_server).run().ok());
    const QStringList before = folder();
    QCOMPARE(before, QStringList({QStringLiteral("00908F000001.cfg"), QStringLiteral("Paris_430HD_global.cfg")}));
    const QByteArray aliceFile = file(QStringLiteral("00908F000001.cfg"));

    // Alice's file changes (her name is in it); forty new phones get files; the last cannot.
    User alice = m_alice;
    alice.name = QStringLiteral("alice.renamed");
    QVERIFY(m_store->users().update(alice).ok());
    for (int i = 2; i <= 41; ++i) {
        addDevice(QStringLiteral("00908F0001%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("430HD"), m_paris.id,
                  0);
    }
    QVERIFY(QDir(m_out).mkdir(QStringLiteral("00908F000141.cfg")));
    const StoreResult<GenerationReport> failed = Generator(*m_store, m_out, m_server).run();
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QLatin1String("00908F000141.cfg")), qPrintable(failed.error().message));
    QVERIFY(QDir(m_out).rmdir(QStringLiteral("00908F000141.cfg")));
    QCOMPARE(folder(), before);
    QCOMPARE(file(QStringLiteral("00908F000001.cfg")), aliceFile);
    // The rows say the same as the folder.
    QStringList rows;
    const QVector<ConfigFile> stored = m_store->configFiles().list().value();
    for (const ConfigFile& f : stored) {
        rows.append(f.fileName);
    }
    rows.sort();
    QCOMPARE(rows, before);

    // The next run writes everything.
    const StoreResult<GenerationReport> again = Generator(*m_store, m_out, m_server).run();
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(folder().size(), 42);
    QVERIFY(file(QStringLiteral("00908F000001.cfg")).contains("auth_name=alice.renamed"));
}

// What a crash (kill -9, power loss) during a run can leave: a temporary file, a previous
// version, a file of a transaction that never committed. phonefleetd removes them from its own
// folder when it starts; a run into any other folder (phonefleetctl generate --out) touches no
// file it did not write.
void TestGenerator::strayFilesAreRemovedFromTheServersFolderOnly()
{
    addDevice(QStringLiteral("00908F000001"), QStringLiteral("430HD"), m_paris.id, m_alice.id);
    QVERIFY(Generator(*m_store, m_out, m_server).run().ok());
    const QStringList before = folder();
    const QStringList strays = {QStringLiteral("00908F0000FF.cfg"), QStringLiteral(".00908F000001.cfg.partial"),
                                QStringLiteral(".00908F000001.cfg.previous")};
    for (const QString& stray : strays) {
        QFile f(QDir(m_out).filePath(stray));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("voip/line/0/auth_password=secret\n");
    }
    QVERIFY(Generator(*m_store, m_out, m_server).run().ok());
    QCOMPARE(folder().size(), before.size() + strays.size()); // a run deletes nothing it did not write

    QSet<QString> rows;
    const QVector<ConfigFile> stored = m_store->configFiles().list().value();
    for (const ConfigFile& f : stored) {
        rows.insert(f.fileName);
    }
    QCOMPARE(GeneratedFiles::removeStrayFiles(m_out, &rows), 3);
    QCOMPARE(folder(), before);
}

// Inside the writer's batch the generator's transaction is an inner one: its files follow the
// batch, kept when it commits and put back when it rolls back (issue 20 review).
void TestGenerator::filesFollowTheOuterTransaction()
{
    addDevice(QStringLiteral("00908F000001"), QStringLiteral("430HD"), m_paris.id, m_alice.id);
    QVERIFY(Generator(*m_store, m_out, m_server).run().ok());
    const QStringList before = folder();
    const QByteArray aliceFile = file(QStringLiteral("00908F000001.cfg"));
    User alice = m_alice;
    alice.name = QStringLiteral("alice.outer");
    QVERIFY(m_store->users().update(alice).ok());
    addDevice(QStringLiteral("00908F000002"), QStringLiteral("430HD"), m_paris.id, 0);

    for (const bool commit : {false, true}) {
        QVERIFY(!m_store->database().begin().isError());
        const StoreResult<GenerationReport> r = Generator(*m_store, m_out, m_server).run();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->written, 2);
        QVERIFY(file(QStringLiteral("00908F000001.cfg")).contains("alice.outer")); // written, not yet kept
        if (commit) {
            QVERIFY(!m_store->database().commit().isError());
            QCOMPARE(folder().size(), 3);
            QVERIFY(file(QStringLiteral("00908F000001.cfg")).contains("alice.outer"));
            QVERIFY(!QDir(m_out).entryList(QDir::Hidden | QDir::Files).join(u' ').contains(QLatin1String(".previous")));
        } else {
            m_store->database().rollback();
            QCOMPARE(folder(), before);
            QCOMPARE(file(QStringLiteral("00908F000001.cfg")), aliceFile);
        }
    }
}

// A new phone's file is placed without looking for a previous version first (RENAME_NOREPLACE)
// and its temporary file is created, never reused: a temporary file a crash left with a loose
// mode does not lend it its mode, and a file already under a new phone's name (no row: left by
// hand or by a crash) is still kept for an undo, and put back when the run rolls back.
void TestGenerator::leftoversAreReplacedNotReused()
{
    addDevice(QStringLiteral("00908F000001"), QStringLiteral("430HD"), m_paris.id, m_alice.id);
    const auto leave = [this](const QString& name, const QByteArray& content) {
        QFile f(QDir(m_out).filePath(name));
        QVERIFY(QDir().mkpath(m_out));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                 | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));
    };
    leave(QStringLiteral(".00908F000001.cfg.partial"), "half a file");
    leave(QStringLiteral("00908F000001.cfg"), "a file without its row");

    QVERIFY(!m_store->database().begin().isError());
    StoreResult<GenerationReport> r = Generator(*m_store, m_out, m_server).run();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const QByteArray generated = file(QStringLiteral("00908F000001.cfg"));
    QVERIFY(!generated.isEmpty() && generated != "a file without its row");
    m_store->database().rollback();
    QCOMPARE(file(QStringLiteral("00908F000001.cfg")), QByteArray("a file without its row"));

    r = Generator(*m_store, m_out, m_server).run();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->written, 1);
    const QFileInfo written(QDir(m_out).filePath(QStringLiteral("00908F000001.cfg")));
    QCOMPARE(file(written.fileName()), generated);
    QCOMPARE(written.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#if PHONEFLEET_UNIX_PATHS
    // The leftover was the Unix path's own temporary name: replaced, then renamed into place.
    // (QSaveFile, the portable path, has temporary names of its own and leaves it alone.)
    QVERIFY(!QFileInfo::exists(QDir(m_out).filePath(QStringLiteral(".00908F000001.cfg.partial"))));
#endif

    // A second phone, new: placed by RENAME_NOREPLACE, and removed again by an undo.
    addDevice(QStringLiteral("00908F000002"), QStringLiteral("430HD"), m_paris.id, 0);
    QVERIFY(!m_store->database().begin().isError());
    r = Generator(*m_store, m_out, m_server).run();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(QFileInfo::exists(QDir(m_out).filePath(QStringLiteral("00908F000002.cfg"))));
    m_store->database().rollback();
    QVERIFY(!QFileInfo::exists(QDir(m_out).filePath(QStringLiteral("00908F000002.cfg"))));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
