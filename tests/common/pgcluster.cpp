#include "pgcluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binDir()
{
    const QString fromEnv = qEnvironmentVariable("PHONEFLEET_PG_BINDIR");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!onPath.isEmpty()) {
        // Follow links (/usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb) to the folder
        // that also holds pg_ctl.
        return QFileInfo(QFileInfo(onPath).canonicalFilePath()).absolutePath();
    }
    // Debian keeps the server programs in a versioned folder; take the newest.
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions) {
        if (QFileInfo::exists(lib.filePath(v + QStringLiteral("/bin/initdb")))) {
            return lib.filePath(v + QStringLiteral("/bin"));
        }
    }
    return {};
}

bool PgCluster::run(const QString& program, const QStringList& arguments, QString* error, int timeoutMs)
{
    QProcess p;
    QString exe = QDir(binDir()).filePath(program);
    QStringList args = arguments;
    if (m_asPostgresUser) {
        args = QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe} + arguments;
        exe = QStringLiteral("runuser");
    }
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).trimmed());
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        return false;
    }
    return true;
}

bool PgCluster::start(QString* error)
{
    if (binDir().isEmpty()) {
        *error = QStringLiteral("PostgreSQL's initdb is not installed (set PHONEFLEET_PG_BINDIR)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/phonefleet-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            *error = QStringLiteral("running as root and there is no 'postgres' user to run PostgreSQL as");
            return false;
        }
        m_asPostgresUser = true;
        if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir->path());
            return false;
        }
    }
#endif
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
             error)) {
        return false;
    }
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off").arg(m_port).arg(m_dir->path());
        m_running = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), m_dataDir, QStringLiteral("-o"), options, QStringLiteral("-l"),
                         m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")},
                        error);
    }
    return m_running;
}

void PgCluster::stop()
{
    if (!m_running) {
        return;
    }
    QString error;
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
              QStringLiteral("stop")},
             &error)) {
        qWarning("stopping the test PostgreSQL cluster: %s", qPrintable(error));
    }
    m_running = false;
}

QString PgCluster::url(const QString& database) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool PgCluster::createDatabase(const QString& name, QString* error)
{
    const QString connectionName = QStringLiteral("pgcluster-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(host());
        db.setPort(m_port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!ok) {
                *error = q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

PgCluster::TestStart PgCluster::startForTests(QString* message)
{
    QString error;
    if (start(&error)) {
        return TestStart::Running;
    }
    if (qEnvironmentVariableIntValue("PHONEFLEET_REQUIRE_POSTGRES") == 1) {
        *message = QStringLiteral("PostgreSQL is required here: ") + error;
        return TestStart::Fail;
    }
    *message = QStringLiteral("no PostgreSQL: ") + error;
    return TestStart::Skip;
}
