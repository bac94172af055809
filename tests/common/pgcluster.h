#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throwaway PostgreSQL cluster for one test run: initdb in a temporary folder, pg_ctl start
// on a free loopback port, pg_ctl stop and removal on destruction. As root, the server runs as
// the "postgres" system user, since PostgreSQL refuses to run as root.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();

    // Returns false with a reason when PostgreSQL's programs are not installed or fail.
    bool start(QString* error);

    // For a test's initTestCase(): Running, or what to do instead and *message saying why:
    // Fail where PHONEFLEET_REQUIRE_POSTGRES=1 (CI on Debian), Skip elsewhere.
    enum class TestStart { Running, Skip, Fail };
    TestStart startForTests(QString* message);
    void stop();

    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    // A database URL for the store: postgresql://postgres@127.0.0.1:PORT/DB (created on demand).
    QString url(const QString& database = QStringLiteral("postgres")) const;
    bool createDatabase(const QString& name, QString* error);

    static QString binDir();

private:
    bool run(const QString& program, const QStringList& arguments, QString* error, int timeoutMs = 60000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgresUser = false;
};
