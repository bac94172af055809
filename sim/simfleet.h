#pragma once

#include "fleetaddressplan.h"
#include "simhttpclient.h"
#include "simlistener.h"
#include "simoptions.h"
#include "simphone.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>
#include <queue>
#include <random>
#include <vector>

// The simulated fleet: every phone's life, event-driven in one thread (one timer queue for all
// phones, no thread or timer object per phone), their requests through one SimHttpClient and
// the pushes and web admin pages they answer through one SimListener. Phone-side durations
// (keep-alive period, provisioning delay, reboot, calls, failures) are divided by --time-scale;
// --jitter is wall-clock seconds.
class SimFleet : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        int booted = 0;  // phones that have booted at least once
        int running = 0; // up and provisioned
        int registered = 0;
        int failing = 0;
        int rebooting = 0;
        int commands = 0;
        qint64 requests = 0;
        qint64 errors = 0;       // requests without a usable answer (no answer, 4xx, 5xx)
        qint64 serverErrors = 0; // 5xx other than 503 with Retry-After
        qint64 retriedLater = 0; // 503 with Retry-After, retried as told
        qint64 noAnswer = 0;
    };

    explicit SimFleet(const SimOptions& options, QObject* parent = nullptr);
    ~SimFleet() override;

    bool start(QString* error);
    quint16 listenPort() const { return m_listener->port(); }
    Stats stats() const;
    // The stats line; its latency is of the requests answered since the previous line.
    QString statsLine();
    // Every phone's state, as JSON.
    QByteArray report() const;
    // Seconds from the start until every phone was registered at once, or -1 while not yet.
    double allRegisteredAfter() const { return m_allRegisteredAfter; }

Q_SIGNALS:
    void allRegistered(double seconds);

private:
    enum class Event : quint8 { Boot, Provision, KeepAlive, ClearFailure, CallStart, CallEnd, ScheduledReset };
    struct Timer
    {
        qint64 due;
        int phone;
        quint32 generation;
        Event event;
        bool operator>(const Timer& other) const { return due > other.due; }
    };

    qint64 now() const { return m_clock.elapsed(); }
    qint64 scaled(double seconds) const;
    double random01();
    void schedule(int phone, Event event, qint64 delayMs);
    void arm();
    void tick();
    void handle(SimPhone& phone, Event event);

    void boot(SimPhone& phone);
    void provision(SimPhone& phone, std::function<void(bool)> done);
    void fetch(int phone, quint32 generation, const QByteArray& path, int depth, std::shared_ptr<int> pending,
               std::shared_ptr<bool> failed, std::function<void(bool)> done);
    void registerLine(SimPhone& phone);
    void report(SimPhone& phone, bool init = false);
    void alarm(SimPhone& phone, bool raise);
    void execute(SimPhone& phone, const QByteArray& command, const QString& via);
    void reboot(SimPhone& phone, const QString& why);
    void retry(SimPhone& phone, Event event, const SimResponse& answer);
    void send(SimPhone& phone, const QByteArray& method, const QByteArray& path, const QByteArray& body,
              bool withCredentials, std::function<void(const SimResponse&)> done);
    bool answer(const SimRequest& request, SimAnswer* answer);
    // Every change of a phone's SIP status goes here, so that the phones registered are counted
    // as they change (a scan of every phone at each registration made a 100 000-phone storm
    // quadratic: a fifth of the simulator's time).
    void setSip(SimPhone& phone, SipStatus status);
    void checkAllRegistered();

    SimOptions m_options;
    FleetAddressPlan m_plan;
    std::vector<SimPhone> m_phones;
    std::unique_ptr<SimHttpClient> m_http;
    std::unique_ptr<SimListener> m_listener;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> m_timers;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_registered = 0; // phones whose sip is Registered
    std::mt19937 m_random;
    Stats m_counts;
    double m_allRegisteredAfter = -1;
};
