#include "databasecopy.h"
#include "pgcluster.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

// DatabaseCopy (phonefleetd --copy-database-to): SQLite to SQLite always, SQLite to a throwaway
// PostgreSQL cluster and back where PostgreSQL is installed (required in CI on Debian).
class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tablesComeAfterTheirParents();
    void sqliteToSqlite();
    void sqliteToPostgresAndBack();
    void refusesATargetWithRows();
    void refusesAnEmptySource();

private:
    std::unique_ptr<Store> open(const QString& url);
    std::unique_ptr<Store> filledSqlite();
    // Every table's rows, as text, in id order: what must be equal after a copy.
    QMap<QString, QStringList> contents(Store& store);
    void checkIdsContinue(Store& copy, qint64 highestRegion);

    QTemporaryDir m_tmp;
    PgCluster m_cluster;
    bool m_havePostgres = false;
    QString m_postgresWhy;
    int m_counter = 0;
};

std::unique_ptr<Store> TestDatabaseCopy::open(const QString& url)
{
    QString error;
    auto store = std::make_unique<Store>();
    const StoreError e = store->open(StoreUrl::parse(url, &error));
    if (e.isError()) {
        qWarning("%s: %s", qPrintable(url), qPrintable(e.message));
        return nullptr;
    }
    return store;
}

void TestDatabaseCopy::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const PgCluster::TestStart started = m_cluster.startForTests(&m_postgresWhy);
    QVERIFY2(started != PgCluster::TestStart::Fail, qPrintable(m_postgresWhy));
    m_havePostgres = started == PgCluster::TestStart::Running;
}

void TestDatabaseCopy::cleanupTestCase()
{
    m_cluster.stop();
}

void TestDatabaseCopy::tablesComeAfterTheirParents()
{
    const QStringList order = DatabaseCopy::tablesInOrder();
    std::unique_ptr<Store> store = open(QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("order.db")));
    QVERIFY(store);
    // Every table SQLite itself knows is copied, and each after those its foreign keys name.
    QSqlQuery tables(store->database().connection());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' AND name <> 'schema_migrations'")));
    int count = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        ++count;
        QVERIFY2(order.contains(table), qPrintable(table + QStringLiteral(" is not copied")));
        QSqlQuery keys(store->database().connection());
        QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)));
        while (keys.next()) {
            const QString parent = keys.value(QStringLiteral("table")).toString();
            QVERIFY2(order.indexOf(parent) < order.indexOf(table),
                     qPrintable(parent + QStringLiteral(" after ") + table));
        }
    }
    QCOMPARE(order.size(), count);
    QVERIFY(order.indexOf(QStringLiteral("regions")) < order.indexOf(QStringLiteral("devices")));
}

std::unique_ptr<Store> TestDatabaseCopy::filledSqlite()
{
    std::unique_ptr<Store> store =
        open(QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("source%1.db").arg(++m_counter)));
    if (!store) {
        return nullptr;
    }
    Region paris;
    paris.name = QStringLiteral("Paris");
    paris.description = QStringLiteral("Siège — 東京 annex");
    const Region p = store->regions().insert(paris).value();
    Region lyon;
    lyon.name = QStringLiteral("Lyon");
    store->regions().insert(lyon).value();
    const User alice = store->users()
                           .insert({0, 0, QStringLiteral("alice.moreau"), QStringLiteral("Alice Moreau"), p.id,
                                    QStringLiteral("Xk4!pr9w")})
                           .value();
    for (int i = 0; i < 50; ++i) {
        Device d;
        d.mac = MacAddress::fromString(QStringLiteral("00908F1A2B%1").arg(i, 2, 16, QLatin1Char('0')));
        d.model = QStringLiteral("430HD");
        d.regionId = p.id;
        d.userId = i == 0 ? alice.id : 0;
        d.displayName = QStringLiteral("Desk %1 «ä»").arg(i);
        d.vlanId = i;
        d.lastReport = QDateTime::fromMSecsSinceEpoch(1795000000123 + i, Qt::UTC);
        store->devices().insert(d).value();
    }
    // A deleted device: the change feed's tombstone must travel too.
    Device gone;
    gone.mac = MacAddress::fromString(QStringLiteral("00908F000001"));
    gone.model = QStringLiteral("C450HD");
    gone.regionId = p.id;
    const Device g = store->devices().insert(gone).value();
    if (StoreResult<bool> removed = store->devices().remove(g.id, g.revision); !removed) {
        qWarning("%s", qPrintable(removed.error().message));
        return nullptr;
    }
    store->settings().setValue(QStringLiteral("smtp.host"), QStringLiteral("mail.example.com"));
    // Bytes of every value, as a firmware image holds them.
    QByteArray blob;
    for (int i = 0; i < 3 * 256; ++i) {
        blob.append(char(i % 256));
    }
    QSqlQuery q(store->database().connection());
    if (!q.exec(QStringLiteral("INSERT INTO firmware_files (revision, file_name, model, size) VALUES (1, "
                               "'430HD_3.4.8.img', '430HD', 768)"))
        || !q.prepare(QStringLiteral("INSERT INTO firmware_chunks (firmware_id, seq, data) VALUES (?, 0, ?)"))) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return nullptr;
    }
    q.addBindValue(1); // the first firmware row
    q.addBindValue(blob);
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return nullptr;
    }
    return store;
}

QMap<QString, QStringList> TestDatabaseCopy::contents(Store& store)
{
    QMap<QString, QStringList> out;
    for (const QString& table : DatabaseCopy::tablesInOrder()) {
        QSqlQuery q(store.database().connection());
        // Column by column in one order on both sides.
        const QSqlRecord columns = store.database().connection().record(table);
        QStringList names;
        for (int i = 0; i < columns.count(); ++i) {
            names.append(columns.fieldName(i));
        }
        names.sort();
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2").arg(names.join(u','), table))) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return {};
        }
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < names.size(); ++i) {
                const QVariant v = q.value(i);
                row.append(v.isNull()                                ? QStringLiteral("NULL")
                               : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                     : v.toString());
            }
            out[table].append(row.join(u'|'));
        }
    }
    return out;
}

void TestDatabaseCopy::checkIdsContinue(Store& copy, qint64 highestRegion)
{
    Region next;
    next.name = QStringLiteral("Nice");
    const StoreResult<Region> added = copy.regions().insert(next);
    QVERIFY2(added, qPrintable(added.error().message));
    QVERIFY2(added->id > highestRegion, qPrintable(QString::number(added->id)));
    // Device 51 was deleted before the copy: its id, named by the change feed's tombstone, is
    // not handed out again.
    Device d;
    d.mac = MacAddress::fromString(QStringLiteral("00908F99AA01"));
    d.model = QStringLiteral("450HD");
    d.regionId = added->id;
    const StoreResult<Device> device = copy.devices().insert(d);
    QVERIFY2(device, qPrintable(device.error().message));
    QVERIFY2(device->id > 51, qPrintable(QString::number(device->id)));
}

void TestDatabaseCopy::sqliteToSqlite()
{
    std::unique_ptr<Store> source = filledSqlite();
    QVERIFY(source);
    std::unique_ptr<Store> target = open(QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("copy.db")));
    QVERIFY(target);
    QStringList reported;
    const StoreError e =
        DatabaseCopy::copy(source->database(), target->database(), [&reported](const QString& table, qint64 rows) {
            reported.append(QStringLiteral("%1=%2").arg(table).arg(rows));
        });
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QVERIFY(reported.contains(QStringLiteral("devices=50")));
    QVERIFY(reported.contains(QStringLiteral("firmware_chunks=1")));
    const QMap<QString, QStringList> before = contents(*source);
    QVERIFY(!before.value(QStringLiteral("deleted_rows")).isEmpty());
    QCOMPARE(contents(*target), before);
    checkIdsContinue(*target, 2);
}

void TestDatabaseCopy::sqliteToPostgresAndBack()
{
    if (!m_havePostgres) {
        QSKIP(qPrintable(m_postgresWhy));
    }
    std::unique_ptr<Store> source = filledSqlite();
    QVERIFY(source);
    QString error;
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("copied"), &error), qPrintable(error));
    std::unique_ptr<Store> pg = open(m_cluster.url(QStringLiteral("copied")));
    QVERIFY(pg);
    StoreError e = DatabaseCopy::copy(source->database(), pg->database());
    QVERIFY2(!e.isError(), qPrintable(e.message));
    const QMap<QString, QStringList> before = contents(*source);
    QCOMPARE(contents(*pg), before);
    // Back into a new SQLite file: the same rows again.
    std::unique_ptr<Store> back = open(QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("back.db")));
    QVERIFY(back);
    e = DatabaseCopy::copy(pg->database(), back->database());
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(contents(*back), before);
    // PostgreSQL's identity sequences, and SQLite's once back, go on after the copied ids.
    checkIdsContinue(*pg, 2);
    checkIdsContinue(*back, 2);
}

void TestDatabaseCopy::refusesATargetWithRows()
{
    std::unique_ptr<Store> source = filledSqlite();
    QVERIFY(source);
    std::unique_ptr<Store> target = open(QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("used.db")));
    QVERIFY(target);
    Region r;
    r.name = QStringLiteral("Already here");
    QVERIFY(target->regions().insert(r));
    const StoreError e = DatabaseCopy::copy(source->database(), target->database());
    QCOMPARE(e.code, StoreError::Code::Invalid);
    QVERIFY2(e.message.contains(QLatin1String("regions has 1 rows")), qPrintable(e.message));
    // Nothing was written: still the one region.
    QCOMPARE(contents(*target).value(QStringLiteral("regions")).size(), 1);
    QCOMPARE(contents(*target).value(QStringLiteral("devices")).size(), 0);
}

void TestDatabaseCopy::refusesAnEmptySource()
{
    std::unique_ptr<Store> empty = open(QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("empty.db")));
    QVERIFY(empty);
    std::unique_ptr<Store> target = open(QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("from-empty.db")));
    QVERIFY(target);
    const StoreError e = DatabaseCopy::copy(empty->database(), target->database());
    QCOMPARE(e.code, StoreError::Code::Invalid);
    QVERIFY2(e.message.contains(QLatin1String("holds nothing")), qPrintable(e.message));
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
