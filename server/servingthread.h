#pragma once

#include "httpconnection.h"
#include "httpexchange.h"
#include "serverstate.h"
#include "store.h"
#include "subnetlist.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QVector>

#include <atomic>
#include <memory>

class AdminService;
class AlarmForwarder;
class ConnectionLimiter;
class FileService;
class LoginGuard;
class HttpFrontend;
class PhoneService;
class ProvisioningCache;
class NewPhoneLimiter;
class SharedMissLimiter;

// One thread that answers HTTP: its own event loop, database connection (reads), file cache and
// services, on listening sockets that share their ports with the other serving threads. Writes
// go to the one writer; alarms to the main thread's forwarder. Create it, move it to its thread,
// then call open() and listen*() in that thread.
class ServingThread : public QObject
{
    Q_OBJECT
public:
    struct Shared
    {
        StoreUrl database;
        QString databasePassword;
        GroupCommitter* writer = nullptr;
        AuditTrail* audit = nullptr;
        AlarmForwarder* forwarder = nullptr;
        SharedMissLimiter* misses = nullptr;
        NewPhoneLimiter* newPhones = nullptr;
        ConnectionLimiter* connections = nullptr;
        LoginGuard* logins = nullptr;
        bool adminOverPlainHttp = false; // the admin API answers plain HTTP from anywhere (a TLS proxy in front)
        SubnetList trustedProxies;       // proxies whose X-Forwarded-For names the client (phone or console)
        std::function<void(std::function<void()> applied)> settingsChanged;
        QByteArray nonceKey;
        QString provisioningDir;
        QString uploadDir;                         // where upload bodies are spooled (HttpHeadDecision::spool)
        std::shared_ptr<std::atomic<int>> uploads; // spooled bodies at once, all threads
        std::shared_ptr<std::atomic<int>> inFlight;
        qint64 cacheBytes = 0;
        HttpConnection::Timeouts timeouts;
    };

    explicit ServingThread(const Shared& shared);
    ~ServingThread() override;

    StoreError open();
    // Serves on an already listening socket (see ListenSocket).
    bool listenOn(qintptr descriptor, bool secure, const QSslConfiguration& tls, QString* error);
    // Lets Qt open the socket (platforms without shared ports); returns the port, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port, bool secure, const QSslConfiguration& tls);
    void applySettings(const ServerSettings& settings, const ServerContext& context);
    void stopListening();
    // Releases everything this thread made, in this thread, and ends its event loop.
    void shutdown();

private:
    void handle(const HttpExchangePtr& exchange);
    // Once a request's head is read: which service it is for, whether that takes it, and how
    // large a body it takes (HttpRequestLimits::inspectHead).
    HttpHeadDecision inspect(const HttpRequest& head, bool secure, const QHostAddress& peer);
    HttpFrontend* frontend(bool secure, const QSslConfiguration& tls);

    Shared m_shared;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProvisioningCache> m_cache;
    std::unique_ptr<ServerState> m_state;
    std::unique_ptr<FileService> m_files;
    std::unique_ptr<PhoneService> m_phones;
    std::unique_ptr<AdminService> m_admin;
    QVector<HttpFrontend*> m_frontends;
    QTimer* m_cacheTimer = nullptr;
};
