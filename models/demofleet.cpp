#include "demofleet.h"

#include "consolesession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTcpServer>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {
QString defaultSimulator()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("phonefleet-sim.exe");
#else
    const QString name = QStringLiteral("phonefleet-sim");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::AnyIPv4, 0);
    return probe.serverPort();
}

const char* const firstNames[] = {"Alice", "Bruno", "Chloé",  "Dmitri", "Elif", "Farid", "Greta", "Hiro",
                                  "Inès",  "Jonas", "Kamala", "Luca",   "Maya", "Nils",  "Olga",  "Pablo"};
const char* const lastNames[] = {"Moreau", "Keller", "Nakamura", "Okafor",  "Rossi",  "Schmidt", "Dubois",
                                 "Novak",  "Larsen", "García",   "Ivanova", "Haddad", "Byrne",   "Silva"};
} // namespace

DemoFleet::DemoFleet(ConsoleSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_simPath(defaultSimulator())
{
    connect(&m_sim, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (!m_stopping && (status != QProcess::NormalExit || code != 0)) {
            Q_EMIT failed(tr("The simulator stopped (exit code %1): %2")
                              .arg(code)
                              .arg(QString::fromLocal8Bit(m_sim.readAllStandardError()).trimmed().right(400)));
        }
        m_stopping = false;
        Q_EMIT stopped();
    });
    connect(&m_sim, &QProcess::started, this, [this] { Q_EMIT started(m_phones); });
    connect(&m_sim, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(tr("The simulator did not start: %1").arg(m_sim.errorString()));
        }
    });
}

DemoFleet::~DemoFleet()
{
    stop();
}

QStringList DemoFleet::regionNames()
{
    return {QStringLiteral("Paris"), QStringLiteral("Berlin"), QStringLiteral("Madrid")};
}

QStringList DemoFleet::models()
{
    return {QStringLiteral("430HD"), QStringLiteral("440HD"), QStringLiteral("445HD"), QStringLiteral("450HD"),
            QStringLiteral("C450HD")};
}

QByteArray DemoFleet::usersCsv(const QStringList& macs)
{
    QByteArray csv = "Name,Password,Display Name,Region,Device 1 Display Name,Device 1 MAC Address,Device 1 IP Phone "
                     "Model,Device 1 Language,Device 1 VLAN Mode,Device 1 VLAN ID,Device 1 VLAN Priority\n";
    const QStringList regions = regionNames();
    const QStringList kinds = models();
    const int firsts = static_cast<int>(std::size(firstNames));
    const int lasts = static_cast<int>(std::size(lastNames));
    for (int i = 0; i < macs.size(); ++i) {
        const QString first = QString::fromUtf8(firstNames[i % firsts]);
        const QString last = QString::fromUtf8(lastNames[(i / firsts) % lasts]);
        const QString name = QStringLiteral("demo.%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        // The simulator spreads its phones over regions and models in turn: the same here.
        csv += QStringLiteral("%1,Demo-sip-%2,%3 %4,%5,Desk %2,%6,%7,English,,0,0\n")
                   .arg(name)
                   .arg(i + 1)
                   .arg(first, last, regions.at(i % regions.size()), macs.at(i), kinds.at(i % kinds.size()))
                   .toUtf8();
    }
    return csv;
}

void DemoFleet::start(int phones)
{
    if (isRunning()) {
        fail(tr("A demo fleet is running already."));
        return;
    }
    if (!m_session->isSignedIn() || !m_session->isLocal()) {
        fail(tr("A demo fleet runs against the local server only: its phones are on this computer."));
        return;
    }
    if (phones < 1 || phones > 20000) {
        fail(tr("A demo fleet has 1 to 20 000 phones."));
        return;
    }
    if (!QFileInfo::exists(m_simPath)) {
        fail(tr("The simulator is not installed next to PhoneFleet (%1).").arg(m_simPath));
        return;
    }
    m_phones = phones;
    m_port = freePort();
    setPushPort();
}

void DemoFleet::fail(const QString& why)
{
    Q_EMIT failed(why);
}

void DemoFleet::setPushPort()
{
    Q_EMIT progress(tr("Preparing the server…"));
    // Commands are pushed to each phone's address at the simulator's port.
    m_session->get(QStringLiteral("settings"), {}, this, [this](const ApiReply& r) {
        if (!r.ok()) {
            fail(r.error);
            return;
        }
        const QJsonObject body {
            {QStringLiteral("settings"), QJsonObject {{QStringLiteral("phone_push_port"), QString::number(m_port)}}},
            {QStringLiteral("revision"), r.json.value(QStringLiteral("revision"))}};
        m_session->sendJson("PUT", QStringLiteral("settings"), body, this, [this](const ApiReply& put) {
            if (!put.ok()) {
                fail(put.error);
                return;
            }
            ensureRegions(0);
        });
    });
}

void DemoFleet::ensureRegions(int index)
{
    const QStringList names = regionNames();
    if (index >= names.size()) {
        m_session->refreshRegions();
        planAndImport();
        return;
    }
    for (const Region& r : m_session->regions()) {
        if (r.name.compare(names.at(index), Qt::CaseInsensitive) == 0) {
            ensureRegions(index + 1);
            return;
        }
    }
    const QJsonObject region {{QStringLiteral("name"), names.at(index)},
                              {QStringLiteral("description"), tr("Demo fleet (phonefleet-sim)")},
                              {QStringLiteral("provisioningSubnets"), QStringLiteral("127.0.0.0/8")}};
    m_session->sendJson("POST", QStringLiteral("regions"), region, this, [this, index](const ApiReply& r) {
        if (!r.ok() && r.status != 409) {
            fail(r.error);
            return;
        }
        ensureRegions(index + 1);
    });
}

void DemoFleet::planAndImport()
{
    Q_EMIT progress(tr("Adding %n demo user(s)…", "", m_phones));
    auto* plan = new QProcess(this);
    connect(plan, &QProcess::finished, this, [this, plan](int code) {
        plan->deleteLater();
        QStringList macs;
        for (const QByteArray& line : plan->readAllStandardOutput().split('\n')) {
            const QByteArray mac = line.split(' ').value(0).trimmed();
            if (!mac.isEmpty()) {
                macs << QString::fromLatin1(mac);
            }
        }
        if (code != 0 || macs.size() != m_phones) {
            fail(tr("The simulator did not give its address plan: %1")
                     .arg(QString::fromLocal8Bit(plan->readAllStandardError()).trimmed()));
            return;
        }
        m_session->api()->send("POST", QStringLiteral("import/users"), {}, usersCsv(macs), "text/csv", this,
                               [this](const ApiReply& r) {
                                   if (!r.ok()) {
                                       fail(tr("Importing the demo users failed: %1").arg(r.error));
                                       return;
                                   }
                                   generate();
                               });
    });
    plan->start(m_simPath,
                {QStringLiteral("--print-plan"), QStringLiteral("--phones"), QString::number(m_phones),
                 QStringLiteral("--server"), m_session->api()->server().toString()});
}

void DemoFleet::generate()
{
    Q_EMIT progress(tr("Generating the phones' configuration files…"));
    // The filter takes one region: the demo phones are those of the simulator's MAC prefix.
    const QJsonObject body {{QStringLiteral("action"), QStringLiteral("generate")},
                            {QStringLiteral("filter"), QJsonObject {{QStringLiteral("mac"), QStringLiteral("00908F")}}},
                            {QStringLiteral("pacing"), QJsonObject {{QStringLiteral("concurrency"), 20}}}};
    m_session->sendJson("POST", QStringLiteral("actions"), body, this, [this](const ApiReply& r) {
        if (!r.ok()) {
            fail(tr("Generating the demo phones' files failed: %1").arg(r.error));
            return;
        }
        waitForJob(r.json.value(QStringLiteral("id")).toInteger());
    });
}

void DemoFleet::waitForJob(qint64 jobId)
{
    m_session->get(QStringLiteral("jobs/%1").arg(jobId), {}, this, [this, jobId](const ApiReply& r) {
        if (!r.ok()) {
            fail(r.error);
            return;
        }
        const QString state = r.json.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("done") || state == QLatin1String("cancelled")) {
            launch();
            return;
        }
        QTimer::singleShot(300, this, [this, jobId] { waitForJob(jobId); });
    });
}

void DemoFleet::launch()
{
    Q_EMIT progress(tr("Starting %n simulated phone(s)…", "", m_phones));
    m_sim.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // Never outlive the console, even one killed without a chance to stop it.
    m_sim.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_sim.start(m_simPath,
                {QStringLiteral("--server"), m_session->api()->server().toString(), QStringLiteral("--phones"),
                 QString::number(m_phones), QStringLiteral("--regions"), regionNames().join(u','),
                 QStringLiteral("--models"), models().join(u','), QStringLiteral("--time-scale"), QStringLiteral("10"),
                 QStringLiteral("--jitter"), QString::number(qBound(5, m_phones / 20, 60)),
                 QStringLiteral("--fail-rate"), QStringLiteral("0.05"), QStringLiteral("--listen-port"),
                 QString::number(m_port)});
}

void DemoFleet::stop()
{
    if (m_sim.state() == QProcess::NotRunning) {
        return;
    }
    m_stopping = true;
    m_sim.terminate();
    if (!m_sim.waitForFinished(5000)) {
        m_sim.kill();
        m_sim.waitForFinished(2000);
    }
}
