#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

using SimHeaders = QList<QPair<QByteArray, QByteArray>>;

struct SimResponse
{
    int status = 0; // 0: no answer (then error says why)
    SimHeaders headers;
    QByteArray body;
    QString error;

    QByteArray header(const QByteArray& name) const;
};

// HTTP/1.1 requests of the simulated phones: each from its phone's own loopback address (the
// socket is bound to it before connecting, so the server sees a fleet, not one client), one
// connection per request. Fleet-wide at most maxConnections are in flight; more wait their turn.
// A request without a complete answer within 30 s fails ("no answer").
class SimHttpClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SimResponse&)>;

    SimHttpClient(const QUrl& server, int maxConnections, QObject* parent = nullptr);

    void request(const QHostAddress& from, const QByteArray& method, const QByteArray& target, const QByteArray& body,
                 const SimHeaders& headers, Done done);
    int inFlight() const { return m_inFlight; }
    int waiting() const { return static_cast<int>(m_queue.size()); }

    // How long answered requests took from the moment their connection was opened (time spent
    // waiting for a free connection slot is the simulator's, not the server's), since the last call.
    struct Latency
    {
        int answered = 0;
        double p50Ms = 0;
        double p99Ms = 0;
        double maxMs = 0;
    };
    Latency takeLatency();

private:
    struct Request
    {
        QHostAddress from;
        QByteArray method;
        QByteArray target;
        QByteArray body;
        SimHeaders headers;
        Done done;
    };
    void startNext();
    void send(Request request);
    void finished();
    // Fails the requests whose time is up. One timer for all of them: a QTimer per request
    // (thousands in flight) made Qt's timer list the simulator's own bottleneck.
    void expire();

    QUrl m_server;
    QByteArray m_host;
    int m_maxConnections;
    int m_inFlight = 0;
    std::deque<Request> m_queue;
    QElapsedTimer m_clock;
    std::vector<float> m_latenciesMs;
    struct Deadline
    {
        qint64 atMs;
        std::shared_ptr<std::function<void()>> expire; // emptied once the request is over
    };
    std::deque<Deadline> m_deadlines; // in the order sent: every request has the same timeout
    QTimer* m_expiry;
};
