#pragma once

#include "testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

// A real phonefleetd on 127.0.0.1 with ports picked by the system, for integration tests.
class ServerProcess
{
public:
    ~ServerProcess() { kill(); }

    // Starts phonefleetd with the arguments (port options are added: free ones, or the ones
    // given, to come back where a client expects the server) and waits for its listener lines.
    // adminPassword goes in PHONEFLEET_ADMIN_PASSWORD when not empty.
    bool start(const QStringList& arguments, const QString& adminPassword, QString* error, quint16 httpPort = 0,
               quint16 httpsPort = 0)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PHONEFLEET_ADMIN_PASSWORD"));
        if (!adminPassword.isEmpty()) {
            env.insert(QStringLiteral("PHONEFLEET_ADMIN_PASSWORD"), adminPassword);
        }
        m_process.setProcessEnvironment(env);
        m_process.start(projectBinary(QStringLiteral("phonefleetd")),
                        arguments
                            + QStringList {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                           QStringLiteral("--http-port"), QString::number(httpPort),
                                           QStringLiteral("--https-port"), QString::number(httpsPort)});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("phonefleetd did not start");
            return false;
        }
        http = 0;
        https = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                m_output += line + '\n';
                if (line.startsWith("http: ")) {
                    http = static_cast<quint16>(line.mid(line.lastIndexOf(':') + 1).toUInt());
                } else if (line.startsWith("https: ")) {
                    https = static_cast<quint16>(line.mid(line.lastIndexOf(':') + 1).toUInt());
                } else if (line.startsWith("certificate: SHA-256 ")) {
                    fingerprint = line.mid(21).split(' ').first();
                }
            }
            if (http != 0 && https != 0) {
                return true;
            }
            if (m_process.state() != QProcess::Running) {
                *error = QStringLiteral("phonefleetd exited: ")
                    + QString::fromUtf8(m_output + m_process.readAllStandardError());
                return false;
            }
            m_process.waitForReadyRead(200);
        }
        *error = QStringLiteral("phonefleetd printed no listeners");
        return false;
    }

    // The usual test server: a SQLite database and data folder in dir, first administrator "admin".
    bool startIn(const QString& dir, const QString& adminPassword, QString* error, quint16 httpPort = 0,
                 quint16 httpsPort = 0)
    {
        return start({QStringLiteral("--database"), QStringLiteral("sqlite:") + dir + QStringLiteral("/pf.db"),
                      QStringLiteral("--data-dir"), dir + QStringLiteral("/data"), QStringLiteral("--admin-user"),
                      QStringLiteral("admin")},
                     adminPassword, error, httpPort, httpsPort);
    }
    void terminate() { m_process.terminate(); }
    qint64 pid() const { return m_process.processId(); }
    bool waitForExit(int ms = 30000) { return m_process.waitForFinished(ms); }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QByteArray output() { return m_output + m_process.readAllStandardOutput(); }
    // What phonefleetd has said on standard error so far.
    QByteArray errors()
    {
        m_errors += m_process.readAllStandardError();
        return m_errors;
    }
    // Whether it says text on standard error within ms (what it says reaches this process only
    // while events are processed).
    bool saysOnErrors(const QByteArray& text, int ms = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!errors().contains(text)) {
            if (timer.elapsed() > ms) {
                return false;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(20);
        }
        return true;
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 http = 0;
    quint16 https = 0;
    QByteArray fingerprint;

private:
    QProcess m_process;
    QByteArray m_output;
    QByteArray m_errors;
};
