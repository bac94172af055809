#pragma once

#include "pgcluster.h"
#include "serverprocess.h"

#include <QTemporaryDir>
#include <QtTest>

// The database a server suite runs on, chosen by PHONEFLEET_TEST_BACKEND (sqlite or postgresql,
// where a throwaway cluster is started), and a fresh database and data folder per server.
class TestBackend
{
public:
    // For initTestCase(): false when the suite must stop, after QFAIL or QSKIP said why.
    bool start()
    {
        if (!m_tmp.isValid()) {
            return false;
        }
        m_postgres = qEnvironmentVariable("PHONEFLEET_TEST_BACKEND") == QLatin1String("postgresql");
        if (!m_postgres) {
            return true;
        }
        QString why;
        const PgCluster::TestStart started = m_cluster.startForTests(&why);
        if (started == PgCluster::TestStart::Fail) {
            qCritical("%s", qPrintable(why));
            return false;
        }
        if (started == PgCluster::TestStart::Skip) {
            m_skipReason = why;
            return false;
        }
        return true;
    }
    QString skipReason() const { return m_skipReason; }
    void stop() { m_cluster.stop(); }
    bool isPostgres() const { return m_postgres; }

    QString newDatabase()
    {
        ++m_counter;
        if (!m_postgres) {
            return QStringLiteral("sqlite:") + m_tmp.filePath(QStringLiteral("pf%1.db").arg(m_counter));
        }
        const QString name = QStringLiteral("pf%1").arg(m_counter);
        QString error;
        if (!m_cluster.createDatabase(name, &error)) {
            qFatal("%s", qPrintable(error));
        }
        return m_cluster.url(name);
    }
    QString dataDir() const { return m_tmp.filePath(QStringLiteral("data%1").arg(m_counter)); }
    QString path(const QString& name) const { return m_tmp.filePath(name); }

    // A phonefleetd on a new database with the first administrator "admin".
    bool startServer(ServerProcess* server, const QString& adminPassword, const QStringList& extra, QString* error)
    {
        const QString db = newDatabase();
        return server->start(QStringList {QStringLiteral("--database"), db, QStringLiteral("--data-dir"), dataDir(),
                                          QStringLiteral("--admin-user"), QStringLiteral("admin")}
                                 + extra,
                             adminPassword, error);
    }

private:
    bool m_postgres = false;
    PgCluster m_cluster;
    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString m_skipReason;
};

// initTestCase() for a suite with a TestBackend member.
#define PHONEFLEET_START_BACKEND(backend)                                                                              \
    do {                                                                                                               \
        if (!(backend).start()) {                                                                                      \
            if (!(backend).skipReason().isEmpty()) {                                                                   \
                QSKIP(qPrintable((backend).skipReason()));                                                             \
            }                                                                                                          \
            QFAIL("the test database could not be started");                                                           \
        }                                                                                                              \
    } while (false)
