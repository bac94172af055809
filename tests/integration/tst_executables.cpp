#include "processrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using Run = ProcessRun;

// The process ids of `parent`'s children running `name` (Linux /proc).
QList<qint64> childrenNamed(qint64 parent, const QByteArray& name)
{
    QList<qint64> out;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        // pid (comm) state ppid ...
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            continue;
        }
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (line.mid(open + 1, close - open - 1) == name.left(15) && rest.size() > 1
            && rest.at(1).toLongLong() == parent) {
            out.append(entry.toLongLong());
        }
    }
    return out;
}

bool running(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray line = stat.readAll();
    return !line.mid(line.lastIndexOf(')') + 2, 1).startsWith('Z');
}

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
    void versionOfEach_data();
    void versionOfEach();
    void phonefleetdPreparesDatabase();
    void phonefleetdRejectsBadOptions();
    void consoleRejectsBadOptions();
    void consoleDemoFleetStopsWithIt_data();
    void consoleDemoFleetStopsWithIt();
    void simPrintsAddressPlan();
    void executablesAreHardened_data();
    void executablesAreHardened();

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

void TestExecutables::versionOfEach_data()
{
    QTest::addColumn<QString>("program");
    for (const char* program : {"phonefleetd", "phonefleetctl", "phonefleet-sim", "phonefleet"}) {
        QTest::newRow(program) << QString::fromLatin1(program);
    }
}

void TestExecutables::versionOfEach()
{
    // The version, the commit built from, and the Qt and OpenSSL it runs with; the console's
    // with no display at all (a package's test, a server over ssh).
    QFETCH(QString, program);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run r = start(program, {QStringLiteral("--version")}, env);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(program.toUtf8() + ' ' + PHONEFLEET_VERSION + " (commit "),
             lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("Qt " + QByteArray(qVersion())) && lines.at(1).contains(", OpenSSL "),
             lines.at(1).constData());
    // In a git checkout, the commit is the checkout's (with "-dirty" when files differ from it).
    const QString source = qEnvironmentVariable("PHONEFLEET_SOURCE_DIR");
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (!git.isEmpty() && QFileInfo::exists(source + QStringLiteral("/.git"))) {
        const ProcessRun head = runProgram(git,
                                           {QStringLiteral("-C"), source, QStringLiteral("rev-parse"),
                                            QStringLiteral("--short=12"), QStringLiteral("HEAD")});
        QVERIFY2(lines.at(0).contains("(commit " + head.out.trimmed()), lines.at(0).constData());
    }
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

namespace {
enum class Ending { Terminated, Killed, DisplayLost };
}
Q_DECLARE_METATYPE(Ending)

void TestExecutables::consoleDemoFleetStopsWithIt_data()
{
    QTest::addColumn<Ending>("ending");
    QTest::newRow("asked to stop (SIGTERM)") << Ending::Terminated;
    QTest::newRow("killed (SIGKILL)") << Ending::Killed;
    // Qt's X11 plugin exits at once when the connection breaks: the server must be stopped first,
    // or its threads run on while static objects are destroyed (warnings, now and then a crash).
    QTest::newRow("the display went away") << Ending::DisplayLost;
}

void TestExecutables::consoleDemoFleetStopsWithIt()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#else
    QFETCH(Ending, ending);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess display;
    if (ending == Ending::DisplayLost) {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty()) {
            QSKIP("no Xvfb here (scripts/setup-deps installs it)");
        }
        // A display of its own: a number no other test of this run uses.
        const QString number = QStringLiteral(":%1").arg(300 + QCoreApplication::applicationPid() % 500);
        display.start(xvfb,
                      {number, QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-screen"),
                       QStringLiteral("0"), QStringLiteral("1280x800x24")});
        QVERIFY(display.waitForStarted(10000));
        QTest::qWait(1000);
        QVERIFY2(display.state() == QProcess::Running, display.readAllStandardError().constData());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("DISPLAY"), number);
    }
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess console;
    console.setProcessEnvironment(env);
    console.start(projectBinary(QStringLiteral("phonefleet")),
                  {QStringLiteral("--local"), QStringLiteral("--demo"), QStringLiteral("5")});
    QVERIFY(console.waitForStarted(10000));
    // The local server starts, the demo users are imported, their files generated, the simulator started.
    QList<qint64> sims;
    QElapsedTimer timer;
    timer.start();
    while (sims.isEmpty() && timer.elapsed() < 60000 && console.state() == QProcess::Running) {
        QTest::qWait(200);
        sims = childrenNamed(console.processId(), "phonefleet-sim");
    }
    QVERIFY2(!sims.isEmpty(), console.readAllStandardError().constData());
    switch (ending) {
    case Ending::Killed:
        console.kill();
        break;
    case Ending::Terminated:
        console.terminate();
        break;
    case Ending::DisplayLost:
        display.kill();
        QVERIFY(display.waitForFinished(5000));
        break;
    }
    QVERIFY(console.waitForFinished(20000));
    if (ending != Ending::Killed) {
        const QByteArray err = console.readAllStandardError();
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QVERIFY2(!err.contains("invalid QRegularExpression") && !err.contains("QThread: Destroyed while"),
                 err.constData());
        if (ending == Ending::DisplayLost) {
            QCOMPARE(console.exitCode(), 1); // Qt's own, once the server stopped
            QVERIFY2(err.contains("the display is gone: stopping the local server"), err.constData());
        }
    }
    timer.restart();
    while (running(sims.first()) && timer.elapsed() < 10000) {
        QTest::qWait(100);
    }
    QVERIFY2(!running(sims.first()), "the simulated fleet outlived the console");
#endif
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

void TestExecutables::executablesAreHardened_data()
{
    QTest::addColumn<QString>("program");
    for (const char* name : {"phonefleetd", "phonefleet", "phonefleetctl", "phonefleet-sim"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

// The hardening flags of cmake/PhoneFleetOptions.cmake are in the binaries: position
// independent (ASLR), full RELRO (the GOT read-only after start), a non-executable stack, the
// stack protector, and in optimised builds _FORTIFY_SOURCE's checked calls.
void TestExecutables::executablesAreHardened()
{
#if !defined(Q_OS_LINUX)
    QSKIP("checked with readelf on Linux");
#elif !PHONEFLEET_HARDENED
    QSKIP("a sanitizer build: the sanitizers replace these checks");
#else
    QFETCH(QString, program);
    const QString path = QDir(qEnvironmentVariable("PHONEFLEET_BINARY_DIR")).filePath(program);
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const auto readelf = [&](const QStringList& arguments) {
        QProcess p;
        p.start(QStringLiteral("readelf"), arguments + QStringList {path});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            return QByteArray();
        }
        return p.readAllStandardOutput();
    };
    const QByteArray header = readelf({QStringLiteral("-h"), QStringLiteral("-W")});
    if (header.isEmpty()) {
        QSKIP("readelf (binutils) is not installed");
    }
    QVERIFY2(header.contains("DYN ("), "not a position-independent executable");
    const QByteArray segments = readelf({QStringLiteral("-l"), QStringLiteral("-W")});
    QVERIFY2(segments.contains("GNU_RELRO"), "no RELRO segment");
    const QByteArray stack = segments.mid(segments.indexOf("GNU_STACK"), 120);
    QVERIFY2(!stack.isEmpty() && !stack.contains("RWE"), stack.constData());
    const QByteArray dynamic = readelf({QStringLiteral("-d"), QStringLiteral("-W")});
    QVERIFY2(dynamic.contains("BIND_NOW") || (dynamic.contains("FLAGS_1") && dynamic.contains("NOW")),
             "lazy binding: RELRO is only partial");
    const QByteArray symbols = readelf({QStringLiteral("--dyn-syms"), QStringLiteral("-W")});
    QVERIFY2(symbols.contains("__stack_chk_fail"), "no stack protector");
#if PHONEFLEET_OPTIMISED
    QVERIFY2(symbols.contains("_chk@"), "no _FORTIFY_SOURCE checked call");
#endif
#endif
}

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
