// WalKeeper against a real SQLite database with the server's connections: a writer that never
// checkpoints, readers that hold old snapshots, and the keeper's own connection. The finding it
// answers: under steady keep-alive load the WAL grew to 517 MB and stayed after the load.
#include "database.h"
#include "walkeeper.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr qint64 limit = 1024 * 1024; // 1 MB, so that the test writes little

StoreUrl urlOf(const QString& path)
{
    QString error;
    return StoreUrl::parse(QStringLiteral("sqlite:") + path, &error);
}

// One transaction of n rows of about 1 KB each: some 250 pages of WAL per 1000 rows.
void write(Database& db, int n)
{
    QVERIFY(!db.begin().isError());
    QSqlQuery q(db.connection());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO wal_test (payload) VALUES (?)")));
    for (int i = 0; i < n; ++i) {
        q.addBindValue(QByteArray(1000, char('a' + i % 26)));
        QVERIFY(q.exec());
    }
    QVERIFY(!db.commit().isError());
}
// A reader on the snapshot of now, as a serving thread's read is: a deferred transaction and a
// read (Database::begin() takes the write lock at once, which a reader does not).
void holdSnapshot(Database& db)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM wal_test")) && q.next());
}

void releaseSnapshot(Database& db)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
}
} // namespace

class TestWalKeeper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void choosesByStateAlone();
    void passiveAloneLeavesTheFileBig();
    void keepsTheWalUnderTheLimitUnderLoad();
    void emptiesTheWalWhenIdle();
    void waitsOutAnOldReaderAndTriesAgain();
    void backsOffUnderTheLimit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_keeperConnection;
};

void TestWalKeeper::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("pf.db"));
    Database::setJournalSizeLimit(limit);
    m_writer = std::make_unique<Database>();
    QVERIFY(!m_writer->open(urlOf(m_path)).isError());
    QVERIFY(!m_writer->disableAutoCheckpoint().isError());
    QSqlQuery q(m_writer->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE wal_test (id INTEGER PRIMARY KEY, payload BLOB)")));
    m_keeperConnection = std::make_unique<Database>();
    QVERIFY(!m_keeperConnection->open(urlOf(m_path)).isError());
}

void TestWalKeeper::cleanup()
{
    m_keeperConnection.reset();
    m_writer.reset();
    m_dir.reset();
    Database::setJournalSizeLimit(64LL * 1024 * 1024);
}

void TestWalKeeper::choosesByStateAlone()
{
    const WalKeeper::Options o; // 64 MB, 8 idle calls
    using A = WalKeeper::Action;
    QCOMPARE(WalKeeper::choose(0, 0, 0, 10, o), A::None);
    QCOMPARE(WalKeeper::choose(4096, 10, 20, 0, o), A::Passive);                  // growing
    QCOMPARE(WalKeeper::choose(4096, 20, 20, 7, o), A::Passive);                  // quiet, not yet idle
    QCOMPARE(WalKeeper::choose(4096, 20, 20, 8, o), A::Truncate);                 // idle
    QCOMPARE(WalKeeper::choose(o.limitBytes / 2, 10, 20, 0, o), A::Passive);      // growing, half full
    QCOMPARE(WalKeeper::choose(o.limitBytes / 2 + 1, 10, 20, 0, o), A::Truncate); // past half: room kept
    QCOMPARE(WalKeeper::choose(o.limitBytes + 1, 10, 20, 0, o), A::Truncate);     // over the limit
}

void TestWalKeeper::passiveAloneLeavesTheFileBig()
{
    // What the server did before: PASSIVE checkpoints only. A reader on an old snapshot keeps the
    // log from restarting, so it grows past the limit, and stays that size after everything is
    // checkpointed and the reader is gone.
    Database reader;
    QVERIFY(!reader.open(urlOf(m_path)).isError());
    holdSnapshot(reader);
    for (int i = 0; i < 10; ++i) {
        write(*m_writer, 1000);
        QVERIFY(m_keeperConnection->checkpoint(Database::Checkpoint::Passive));
    }
    releaseSnapshot(reader);
    const StoreResult<Database::CheckpointResult> done = m_keeperConnection->checkpoint(Database::Checkpoint::Passive);
    QVERIFY(done);
    QCOMPARE(done->checkpointed, done->walFrames);
    QVERIFY2(QFileInfo(m_path + QStringLiteral("-wal")).size() > 4 * limit,
             qPrintable(QString::number(QFileInfo(m_path + QStringLiteral("-wal")).size())));
}

void TestWalKeeper::keepsTheWalUnderTheLimitUnderLoad()
{
    WalKeeper::Options o;
    o.limitBytes = limit;
    o.waitMs = 20;
    WalKeeper keeper(*m_keeperConnection, o);
    // Steady load while a reader keeps a snapshot over six writes at a time (the serving
    // threads' reads overlap the writer's commits the same way), the keeper ticking after each
    // write as the server's timer would. While the snapshot is held the log must grow (and the
    // keeper backs off after a TRUNCATE the reader kept from finishing); once the reader lets go,
    // the keeper empties the file at once (it is over the limit, where it does not back off).
    Database reader;
    QVERIFY(!reader.open(urlOf(m_path)).isError());
    for (int i = 0; i < 60; ++i) {
        if (i % 6 == 0) {
            holdSnapshot(reader);
        }
        write(*m_writer, 250);
        if (i % 6 == 5) {
            QVERIFY2(keeper.walBytes() > limit, "the reader did not hold the log: the test shows nothing");
            releaseSnapshot(reader);
        }
        QVERIFY(!keeper.tick().isError());
        if (i % 6 == 5) {
            QCOMPARE(keeper.walBytes(), 0);
        }
    }
    QCOMPARE(keeper.truncations(), 10);
    QSqlQuery count(m_writer->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM wal_test")) && count.next());
    QCOMPARE(count.value(0).toInt(), 60 * 250); // nothing lost
}

void TestWalKeeper::emptiesTheWalWhenIdle()
{
    WalKeeper::Options o; // 64 MB: only idleness empties it here
    WalKeeper keeper(*m_keeperConnection, o);
    write(*m_writer, 500);
    QVERIFY(!keeper.tick().isError());
    QVERIFY(keeper.walBytes() > 0);
    for (int i = 0; i < o.idleCalls + 1; ++i) {
        QVERIFY(!keeper.tick().isError());
    }
    QCOMPARE(keeper.walBytes(), 0);
    // And the data is in the database file.
    Database fresh;
    QVERIFY(!fresh.open(urlOf(m_path)).isError());
    QSqlQuery q(fresh.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM wal_test")) && q.next());
    QCOMPARE(q.value(0).toInt(), 500);
}

void TestWalKeeper::waitsOutAnOldReaderAndTriesAgain()
{
    WalKeeper::Options o;
    o.limitBytes = limit;
    o.waitMs = 50;
    WalKeeper keeper(*m_keeperConnection, o);
    Database reader;
    QVERIFY(!reader.open(urlOf(m_path)).isError());
    holdSnapshot(reader);
    for (int i = 0; i < 8; ++i) {
        write(*m_writer, 500);
    }
    // Over the limit, but the reader's snapshot holds the log: the keeper waits 50 ms, gives up
    // without an error, and does not block the writer for longer than that.
    QElapsedTimer t;
    t.start();
    QVERIFY(!keeper.tick().isError());
    QVERIFY(t.elapsed() < 5000);
    QCOMPARE(keeper.truncations(), 0);
    QVERIFY(keeper.walBytes() > limit);
    write(*m_writer, 10); // the writer still writes
    releaseSnapshot(reader);
    // Let go, the next call empties the file (over the limit it does not back off).
    QVERIFY(!keeper.tick().isError());
    QCOMPARE(keeper.truncations(), 1);
    QCOMPARE(keeper.walBytes(), 0);
}

void TestWalKeeper::backsOffUnderTheLimit()
{
    // Past half the limit, a TRUNCATE that a reader keeps from finishing holds the writer lock
    // while it waits: the next call does not try (and does not make the writer wait).
    WalKeeper::Options o;
    o.limitBytes = 4 * limit;
    o.waitMs = 1000;
    WalKeeper keeper(*m_keeperConnection, o);
    Database reader;
    QVERIFY(!reader.open(urlOf(m_path)).isError());
    holdSnapshot(reader);
    write(*m_writer, 2200);
    QVERIFY2(keeper.walBytes() > o.limitBytes / 2 && keeper.walBytes() < o.limitBytes,
             qPrintable(QString::number(keeper.walBytes())));
    QElapsedTimer t;
    t.start();
    QVERIFY(!keeper.tick().isError());
    QVERIFY2(t.elapsed() >= o.waitMs / 2, "it did not try");
    t.restart();
    QVERIFY(!keeper.tick().isError());
    QVERIFY2(t.elapsed() < o.waitMs / 2, "it tried again at once");
    QCOMPARE(keeper.truncations(), 0);
    releaseSnapshot(reader);
    for (int i = 0; i < 4 && keeper.truncations() == 0; ++i) {
        QVERIFY(!keeper.tick().isError());
    }
    QCOMPARE(keeper.truncations(), 1);
}

QTEST_GUILESS_MAIN(TestWalKeeper)
#include "tst_walkeeper.moc"
