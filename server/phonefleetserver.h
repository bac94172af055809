#pragma once

#include "serveroptions.h"
#include "serversettings.h"
#include "store.h"
#include "tlsidentity.h"
#include "trustedproxypolicy.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <atomic>
#include <memory>

class ActionDispatcher;
class CheckpointThread;
class AlarmForwarder;
class AuditTrail;
class GroupCommitter;
class LoginGuard;
class QThread;
class ServingThread;
class ConnectionLimiter;
class NewPhoneLimiter;
class SharedMissLimiter;

// phonefleetd: the database, the writer thread, the serving threads (HTTP and HTTPS on shared
// ports) and the housekeeping. The console runs the same object in-process as its local server.
class PhoneFleetServer : public QObject
{
    Q_OBJECT
public:
    struct Listener
    {
        QByteArray scheme; // "http" or "https"
        QHostAddress address;
        quint16 port = 0;
    };

    explicit PhoneFleetServer(QObject* parent = nullptr);
    ~PhoneFleetServer() override;

    // Opens the database (bringing its schema up to date), creates the first administrator of an
    // empty database, loads or creates the TLS certificate and starts listening. On failure
    // nothing is left listening and *error says why.
    bool start(const ServerOptions& options, const QString& databasePassword, const QString& adminPassword,
               QString* error);

    const QVector<Listener>& listeners() const { return m_listeners; }
    QString certificateFingerprint() const { return m_tls.fingerprint(); }
    bool createdCertificate() const { return m_createdCertificate; }
    int servingThreads() const { return static_cast<int>(m_serving.size()); }
    // What start() did that an operator should know ("created the first administrator ...").
    const QStringList& notices() const { return m_notices; }

    // For the console running this server in-process: signs its operating-system user in
    // (LocalSession) and returns the token, valid for `seconds`; empty and *error on failure.
    QString openLocalSession(int seconds, QString* accountName, QString* error);

    // Stops accepting connections, lets the requests in flight finish (at most timeoutMs), then
    // stops the writer and emits drained().
    void drain(int timeoutMs = 30000);
    int requestsInFlight() const { return *m_inFlight; }

Q_SIGNALS:
    void drained();

private:
    struct Serving
    {
        QThread* thread = nullptr;
        ServingThread* server = nullptr;
    };

    // Refuses a --trusted-proxy block that shares addresses with a provisioning subnet
    // (TrustedProxyPolicy); warns about a single trusted address inside one.
    bool reviewTrustedProxies(const ServerOptions& options, QString* error);
    // The same while running, after settings or regions changed elsewhere: logged, once per change.
    void reviewTrustedProxiesAgain();
    StoreResult<TrustedProxyPolicy::Review> trustedProxyReview(const SubnetList& trusted, const QString& systemSubnets);
    bool startServing(const ServerOptions& options, const QString& databasePassword, const QByteArray& nonceKey,
                      QString* error);
    void stopServing();
    void refreshSettings();
    void sweepSilentPhones();
    void checkDrained();

    Store m_store;
    std::unique_ptr<GroupCommitter> m_writer;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<AlarmForwarder> m_forwarder;
    std::unique_ptr<SharedMissLimiter> m_misses;
    std::unique_ptr<NewPhoneLimiter> m_newPhones;
    std::unique_ptr<ConnectionLimiter> m_connections;
    std::unique_ptr<LoginGuard> m_logins;
    std::unique_ptr<ActionDispatcher> m_dispatcher;
    QVector<Serving> m_serving;
    QVector<Listener> m_listeners;
    TlsIdentity m_tls;
    bool m_createdCertificate = false;
    QStringList m_notices;
    SubnetList m_trustedProxies; // --trusted-proxy
    QStringList m_trustRefusals; // what reviewTrustedProxiesAgain() last said
    ServerSettings m_settings;
    QTimer m_settingsTimer;
    QTimer m_housekeepingTimer;
    std::unique_ptr<CheckpointThread> m_checkpoints;
    QTimer m_drainTimer;
    QDeadlineTimer m_drainDeadline;
    bool m_draining = false;
    std::shared_ptr<std::atomic<int>> m_inFlight = std::make_shared<std::atomic<int>>(0);
    ServerOptions m_options;
};
