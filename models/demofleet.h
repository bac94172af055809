#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

class ConsoleSession;

// "Start a demo fleet": N simulated phones (phonefleet-sim, next to the console's executable)
// against the local server, so the dashboard is alive on a laptop. Prepares the server first —
// three demo regions whose zero-touch subnet is loopback, a user for each phone (the vendor's
// users+devices CSV, imported as an administrator would), their files generated, pushes sent to
// the simulator's port — then starts the simulator and stops it with the console.
class DemoFleet : public QObject
{
    Q_OBJECT

public:
    explicit DemoFleet(ConsoleSession* session, QObject* parent = nullptr);
    ~DemoFleet() override;

    static QStringList regionNames();
    static QStringList models();
    // The users+devices CSV of the demo fleet (the simulator's MACs, in its address plan order).
    static QByteArray usersCsv(const QStringList& macs);

    void start(int phones);
    void stop();
    bool isRunning() const { return m_sim.state() != QProcess::NotRunning; }
    int phones() const { return m_phones; }
    // Where the simulator is (overridable for tests).
    void setSimulatorPath(const QString& path) { m_simPath = path; }

Q_SIGNALS:
    void progress(const QString& step);
    void started(int phones);
    void failed(const QString& why);
    void stopped();

private:
    void setPushPort();
    void ensureRegions(int index);
    void planAndImport();
    void generate();
    void waitForJob(qint64 jobId);
    void launch();
    void fail(const QString& why);

    ConsoleSession* m_session;
    QProcess m_sim;
    QString m_simPath;
    int m_phones = 0;
    quint16 m_port = 0;
    bool m_stopping = false;
};
