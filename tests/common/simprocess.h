#pragma once

#include "processrun.h"
#include "rawhttp.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>

// A real phonefleet-sim for integration tests: started with its arguments, on a free port it
// listens on (every phone's address), stopped with SIGTERM. Its phones are asked about
// themselves through their own web admin (GET /status.json at their address).
class SimProcess
{
public:
    ~SimProcess() { stop(); }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::AnyIPv4, 0);
        return probe.serverPort();
    }

    // The MACs and addresses phonefleet-sim will use for count phones: its own address plan.
    static QVector<QPair<QString, QHostAddress>> plan(int count)
    {
        const ProcessRun r =
            runProgram(QStringLiteral("phonefleet-sim"),
                       {QStringLiteral("--print-plan"), QStringLiteral("--phones"), QString::number(count)});
        QVector<QPair<QString, QHostAddress>> out;
        for (const QByteArray& line : r.out.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2) {
                out.append({QString::fromLatin1(parts.at(0)), QHostAddress(QString::fromLatin1(parts.at(1)))});
            }
        }
        return out;
    }

    bool start(const QStringList& arguments, quint16 port, QString* error)
    {
        m_port = port;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(projectBinary(QStringLiteral("phonefleet-sim")),
                        arguments + QStringList {QStringLiteral("--listen-port"), QString::number(port)});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("phonefleet-sim did not start");
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            m_process.waitForReadyRead(200);
            m_output += m_process.readAllStandardOutput();
            if (m_output.contains("listening: ")) {
                return true;
            }
            if (m_process.state() != QProcess::Running) {
                *error = QStringLiteral("phonefleet-sim exited: ")
                    + QString::fromUtf8(m_output + m_process.readAllStandardError());
                return false;
            }
        }
        *error = QStringLiteral("phonefleet-sim did not say where it listens");
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return;
        }
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // One phone's own account of itself; empty when it does not answer (off, rebooting).
    QJsonObject phone(const QHostAddress& address) const
    {
        const RawResponse r = rawRequestTo(address, m_port, "GET", "/status.json");
        return r.status == 200 ? QJsonDocument::fromJson(r.body).object() : QJsonObject();
    }

    QByteArray output()
    {
        m_output += m_process.readAllStandardOutput();
        return m_output;
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};
