#include "processrun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using Run = ProcessRun;

Run start(const QString& program, const QStringList& arguments,
          const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    return runProgram(program, arguments, {}, env);
}
} // namespace

// Every executable starts, answers --help honestly about what it does, and rejects bad input.
class TestExecutables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpOfEach_data();
    void helpOfEach();
    void phonefleetdPreparesDatabase();
    void phonefleetdRejectsBadOptions();
    void consoleRejectsBadOptions();
    void simPrintsAddressPlan();

private:
    QTemporaryDir m_dir;
};

void TestExecutables::helpOfEach_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("phonefleetd") << "phonefleetd" << QByteArray("Serves phones");
    QTest::newRow("phonefleetctl") << "phonefleetctl" << QByteArray("cfg check");
    QTest::newRow("phonefleet-sim") << "phonefleet-sim" << QByteArray("Runs N simulated phones");
    QTest::newRow("phonefleet") << "phonefleet" << QByteArray("signs in to it by itself");
}

void TestExecutables::helpOfEach()
{
    QFETCH(QString, program);
    QFETCH(QByteArray, says);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run r = start(program, {QStringLiteral("--help")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.simplified().contains(says.simplified()), r.out.constData());
}

void TestExecutables::phonefleetdPreparesDatabase()
{
    const QString db = m_dir.filePath(QStringLiteral("sub/dir/pf.db"));
    const Run r = start(QStringLiteral("phonefleetd"),
                        {QStringLiteral("--migrate"), QStringLiteral("--database"), QStringLiteral("sqlite:") + db});
    QCOMPARE(r.exitCode, 0);
    // As many versions as there are numbered migrations in the source tree.
    const int migrations =
        static_cast<int>(QDir(qEnvironmentVariable("PHONEFLEET_SOURCE_DIR") + QStringLiteral("/store/migrations"))
                             .entryList({QStringLiteral("*.sql")}, QDir::Files)
                             .size());
    QVERIFY(migrations >= 5);
    QVERIFY2(r.out.contains("schema version " + QByteArray::number(migrations) + ")"), r.out.constData());
    QVERIFY(QFile::exists(db));
    const Run again =
        start(QStringLiteral("phonefleetd"),
              {QStringLiteral("--migrate"), QStringLiteral("--database"), QStringLiteral("sqlite:") + db});
    QCOMPARE(again.exitCode, 0);
}

void TestExecutables::consoleRejectsBadOptions()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Said on the terminal it was started from, before any window opens.
    Run r = start(QStringLiteral("phonefleet"), {QStringLiteral("--demo"), QStringLiteral("0")}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--demo takes a number of phones"), r.err.constData());
    r = start(QStringLiteral("phonefleet"), {QStringLiteral("--database"), QStringLiteral("mysql://x")}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("database URL"), r.err.constData());
}

void TestExecutables::phonefleetdRejectsBadOptions()
{
    Run r =
        start(QStringLiteral("phonefleetd"), {QStringLiteral("--database"), QStringLiteral("postgresql://u:pw@h/db")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("PGPASSWORD"));
    QVERIFY(!r.err.contains("pw@"));
    const QString notADb = m_dir.filePath(QStringLiteral("text.db"));
    QFile f(notADb);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    r = start(QStringLiteral("phonefleetd"), {QStringLiteral("--database"), QStringLiteral("sqlite:") + notADb});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("phonefleetd:"), r.err.constData());
}

void TestExecutables::simPrintsAddressPlan()
{
    const Run r = start(QStringLiteral("phonefleet-sim"),
                        {QStringLiteral("--print-plan"), QStringLiteral("--phones"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("00908F000000 127.0.0.2\n00908F000001 127.0.0.3\n00908F000002 127.0.0.4\n"));
    QCOMPARE(start(QStringLiteral("phonefleet-sim"), {}).exitCode, 2);
    QCOMPARE(start(QStringLiteral("phonefleet-sim"),
                   {QStringLiteral("--print-plan"), QStringLiteral("--phones"), QStringLiteral("0")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
