#include "phonefleetserver.h"

#include "actiondispatcher.h"
#include "adminbootstrap.h"
#include "alarmforwarder.h"
#include "audittrail.h"
#include "checkpointthread.h"
#include "connectionlimiter.h"
#include "digest.h"
#include "generatedfiles.h"
#include "groupcommitter.h"
#include "listensocket.h"
#include "localsession.h"
#include "loginguard.h"
#include "newphonelimiter.h"
#include "privatefiles.h"
#include "randomsecret.h"
#include "servingthread.h"
#include "sharedmisslimiter.h"
#include "trustedproxypolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QThread>

#include <atomic>
#include <memory>

namespace {
// Runs f in the serving thread's own thread and waits for it.
template <class F>
void inThread(ServingThread* server, F f)
{
    QMetaObject::invokeMethod(server, f, Qt::BlockingQueuedConnection);
}
} // namespace

PhoneFleetServer::PhoneFleetServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_settingsTimer, &QTimer::timeout, this, &PhoneFleetServer::refreshSettings);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &PhoneFleetServer::sweepSilentPhones);
    connect(&m_drainTimer, &QTimer::timeout, this, &PhoneFleetServer::checkDrained);
}

PhoneFleetServer::~PhoneFleetServer()
{
    if (m_dispatcher) {
        m_dispatcher->stop();
    }
    // The writer first: its last completions still find the serving threads' services alive.
    if (m_writer) {
        m_writer->stop();
    }
    stopServing();
}

bool PhoneFleetServer::start(const ServerOptions& options, const QString& databasePassword,
                             const QString& adminPassword, QString* error)
{
    m_options = options;
    // Owner-only whatever the umask: the database and the generated files hold SIP passwords.
    if (!PrivateFiles::folder(options.dataDir, error)
        || !PrivateFiles::folder(QDir(options.dataDir).filePath(QStringLiteral("provisioning")), error)
        || !PrivateFiles::folder(QDir(options.dataDir).filePath(QStringLiteral("uploads")), error)) {
        return false;
    }
    // Upload bodies spooled when the server last stopped (a crash mid-upload) are of no use.
    {
        QDir uploads(QDir(options.dataDir).filePath(QStringLiteral("uploads")));
        for (const QString& name : uploads.entryList({QStringLiteral("phonefleet-upload-*")}, QDir::Files)) {
            uploads.remove(name);
        }
    }
    if (options.database.kind == StoreUrl::Kind::SQLite) {
        QDir().mkpath(QFileInfo(options.database.path).absolutePath());
        if (!PrivateFiles::sqliteDatabase(options.database.path, error)) {
            return false;
        }
    }
    // Every connection the server opens (serving threads, writer) cuts a reset WAL back to it.
    const qint64 walLimit = qint64(options.walLimitMegabytes) * 1024 * 1024;
    Database::setJournalSizeLimit(walLimit);
    if (StoreError e = m_store.open(options.database, databasePassword); e.isError()) {
        *error = e.message;
        return false;
    }
    if (!reviewTrustedProxies(options, error)) {
        return false;
    }
    // What a crash during a generation can leave in the server's own folder (GeneratedFiles).
    {
        const StoreResult<QVector<ConfigFile>> rows = m_store.configFiles().list();
        if (rows) {
            QSet<QString> names;
            for (const ConfigFile& f : rows.value()) {
                names.insert(f.fileName);
            }
            const QString folder = QDir(options.dataDir).filePath(QStringLiteral("provisioning"));
            if (const int removed = GeneratedFiles::removeStrayFiles(folder, &names); removed > 0) {
                qInfo("phonefleetd: removed %d file(s) no row names from %s (left by an interrupted generation)",
                      removed, qPrintable(folder));
            }
        }
    }
    // The writer never checkpoints SQLite's WAL itself; a thread of its own does, four times a
    // second, keeping the file under --wal-limit and emptying it when idle (WalKeeper).
    if (options.database.kind == StoreUrl::Kind::SQLite) {
        WalKeeper::Options walOptions;
        walOptions.limitBytes = walLimit;
        m_checkpoints = std::make_unique<CheckpointThread>(options.database, walOptions);
    }
    QString message;
    const AdminBootstrap::Outcome admin = options.requireAdministrator
        ? AdminBootstrap::ensureFirstAdmin(m_store, options.adminUser, adminPassword, &message)
        : AdminBootstrap::Outcome::AlreadyHasAdmins;
    switch (admin) {
    case AdminBootstrap::Outcome::Refused:
        *error = message;
        return false;
    case AdminBootstrap::Outcome::Created:
        m_notices << message;
        break;
    case AdminBootstrap::Outcome::AlreadyHasAdmins:
        break;
    }
    const StoreResult<QString> nonceKey =
        m_store.settings().valueOrCreate(QStringLiteral("digest_nonce_key"), RandomSecret::hex(32));
    if (!nonceKey) {
        *error = nonceKey.error().message;
        return false;
    }
    if (options.httpsEnabled
        && !TlsIdentity::load(options.tlsCertificate, options.tlsKey, options.dataDir, &m_tls, &m_createdCertificate,
                              error)) {
        return false;
    }

    m_writer = std::make_unique<GroupCommitter>(options.database, databasePassword, options.commitWindowMs,
                                                options.maxCommitBatch);
    if (StoreError e = m_writer->start(); e.isError()) {
        *error = e.message;
        return false;
    }
    m_audit = std::make_unique<AuditTrail>(*m_writer);
    m_misses = std::make_unique<SharedMissLimiter>();
    m_newPhones = std::make_unique<NewPhoneLimiter>(options.newPhonesPerAddress, options.newPhonesPerMinute);
    m_connections = std::make_unique<ConnectionLimiter>(options.maxConnectionsPerAddress,
                                                        options.maxConnections > 0 ? options.maxConnections
                                                                                   : ConnectionLimiter::defaultTotal());
    m_logins = std::make_unique<LoginGuard>();
    m_forwarder = std::make_unique<AlarmForwarder>([this](const QString& problem) {
        m_audit->record(LogLevel::Warn, {}, QStringLiteral("alarm forwarding"), {}, problem);
    });
    if (!startServing(options, databasePassword, nonceKey->toLatin1(), error)) {
        stopServing();
        return false;
    }
    // This node's name for job leases: the same after a restart, so that its own unfinished jobs
    // are resumed at once; different for another server's data folder.
    const QString node = QHostInfo::localHostName() + u':'
        + Digest::sha256Hex(QFileInfo(options.dataDir).absoluteFilePath().toUtf8()).left(12);
    m_dispatcher = std::make_unique<ActionDispatcher>(m_store, *m_writer, *m_audit, node,
                                                      QDir(options.dataDir).filePath(QStringLiteral("provisioning")));
    refreshSettings();
    m_dispatcher->start();
    sweepSilentPhones();
    m_settingsTimer.start(5000);
    m_housekeepingTimer.start(options.housekeepingSeconds * 1000);
    m_audit->record(LogLevel::Info, {}, QStringLiteral("server started"), {},
                    QStringLiteral("phonefleetd %1, %2 serving thread(s)")
                        .arg(QStringLiteral(PHONEFLEET_VERSION))
                        .arg(m_serving.size()));
    return true;
}

StoreResult<TrustedProxyPolicy::Review> PhoneFleetServer::trustedProxyReview(const SubnetList& trusted,
                                                                             const QString& systemSubnets)
{
    const StoreResult<QVector<Region>> regions = m_store.regions().list();
    if (!regions) {
        return regions.error();
    }
    QVector<TrustedProxyPolicy::Subnets> provisioning {TrustedProxyPolicy::Subnets::ofSystem(systemSubnets)};
    for (const Region& r : regions.value()) {
        provisioning.append(TrustedProxyPolicy::Subnets::ofRegion(r.name, r.provisioningSubnets));
    }
    return TrustedProxyPolicy::review(trusted, provisioning);
}

bool PhoneFleetServer::reviewTrustedProxies(const ServerOptions& options, QString* error)
{
    const SubnetList trusted = SubnetList::parse(options.trustedProxies);
    if (trusted.isEmpty()) {
        return true;
    }
    // (The settings are read once the server runs; this is before.)
    const StoreResult<QString> system = m_store.settings().value(QStringLiteral("system_provisioning_subnets"));
    if (!system) {
        *error = system.error().message;
        return false;
    }
    const StoreResult<TrustedProxyPolicy::Review> review = trustedProxyReview(trusted, system.value());
    if (!review) {
        *error = review.error().message;
        return false;
    }
    for (const QString& warning : review->warnings) {
        qWarning("phonefleetd: %s", qPrintable(warning));
    }
    if (!review->refusals.isEmpty()) {
        *error = review->refusals.join(QLatin1String("\n"));
        return false;
    }
    m_trustedProxies = trusted;
    return true;
}

void PhoneFleetServer::reviewTrustedProxiesAgain()
{
    // This node refuses the overlap at start and in its own API; another node without the
    // option, or a restored database, can still make it while this one runs. Said once per
    // change, as an error in the activity log and on standard error: the node must be
    // restarted with a narrower --trusted-proxy, or the subnet changed, before it starts again.
    if (m_trustedProxies.isEmpty()) {
        return;
    }
    const StoreResult<TrustedProxyPolicy::Review> review =
        trustedProxyReview(m_trustedProxies, m_settings.systemProvisioningSubnets);
    if (!review || review->refusals == m_trustRefusals) {
        return;
    }
    m_trustRefusals = review->refusals;
    for (const QString& refusal : std::as_const(m_trustRefusals)) {
        qWarning("phonefleetd: %s (this node would not start so)", qPrintable(refusal));
        m_audit->record(LogLevel::Error, {}, QStringLiteral("trusted proxy"), {},
                        refusal + QStringLiteral(" (this node would not start so)"));
    }
}

bool PhoneFleetServer::startServing(const ServerOptions& options, const QString& databasePassword,
                                    const QByteArray& nonceKey, QString* error)
{
    const int threads = ListenSocket::isSupported() ? options.servingThreads : 1;
    ServingThread::Shared shared;
    shared.database = options.database;
    shared.databasePassword = databasePassword;
    shared.writer = m_writer.get();
    shared.audit = m_audit.get();
    shared.forwarder = m_forwarder.get();
    shared.misses = m_misses.get();
    shared.newPhones = m_newPhones.get();
    shared.connections = m_connections.get();
    shared.logins = m_logins.get();
    shared.adminOverPlainHttp = options.adminOverPlainHttp;
    shared.trustedProxies = SubnetList::parse(options.trustedProxies);
    shared.settingsChanged = [this](std::function<void()> applied) {
        QMetaObject::invokeMethod(
            this,
            [this, applied = std::move(applied)] {
                refreshSettings(); // posts the settings to every serving thread
                // A thread has them once what was posted to it before this has run there.
                auto left = std::make_shared<std::atomic<int>>(static_cast<int>(m_serving.size()));
                if (*left == 0) {
                    applied();
                    return;
                }
                for (const Serving& s : std::as_const(m_serving)) {
                    QMetaObject::invokeMethod(
                        s.server,
                        [left, applied] {
                            if (--*left == 0) {
                                applied();
                            }
                        },
                        Qt::QueuedConnection);
                }
            },
            Qt::QueuedConnection);
    };
    shared.nonceKey = nonceKey;
    shared.provisioningDir = QDir(options.dataDir).filePath(QStringLiteral("provisioning"));
    shared.uploadDir = QDir(options.dataDir).filePath(QStringLiteral("uploads"));
    shared.uploads = std::make_shared<std::atomic<int>>(0);
    shared.inFlight = m_inFlight;
    shared.cacheBytes = 256LL * 1024 * 1024 / threads;
    shared.timeouts.idleMs = options.keepAliveTimeoutSeconds * 1000;
    shared.timeouts.requestMs = options.requestTimeoutSeconds * 1000;
    shared.timeouts.headMs = options.headerTimeoutSeconds * 1000;
    shared.timeouts.minBodyBytesPerSecond = options.minBodyBytesPerSecond;
    for (int i = 0; i < threads; ++i) {
        Serving s;
        s.thread = new QThread;
        s.thread->setObjectName(QStringLiteral("phonefleet-serve%1").arg(i));
        s.server = new ServingThread(shared);
        s.server->moveToThread(s.thread);
        s.thread->start();
        m_serving.append(s);
        StoreError opened;
        inThread(s.server, [&] { opened = s.server->open(); });
        if (opened.isError()) {
            *error = opened.message;
            return false;
        }
    }
    struct Wanted
    {
        bool enabled;
        bool secure;
        int port;
    };
    const QSslConfiguration tls = options.httpsEnabled ? m_tls.configuration() : QSslConfiguration();
    for (const Wanted& w : {Wanted {options.httpEnabled, false, options.httpPort},
                            Wanted {options.httpsEnabled, true, options.httpsPort}}) {
        if (!w.enabled) {
            continue;
        }
        const QString what = w.secure ? QStringLiteral("HTTPS") : QStringLiteral("HTTP");
        auto cannot = [&](const QString& why) {
            *error = QStringLiteral("cannot listen for %1 on %2 port %3: %4")
                         .arg(what, options.bindAddress.toString())
                         .arg(w.port)
                         .arg(why);
            return false;
        };
        quint16 port = static_cast<quint16>(w.port);
        if (!ListenSocket::isSupported()) {
            inThread(m_serving.first().server,
                     [&] { port = m_serving.first().server->listen(options.bindAddress, port, w.secure, tls); });
            if (port == 0) {
                return cannot(QStringLiteral("in use, or not allowed"));
            }
        } else {
            // The first socket picks the port; the others join it.
            for (const Serving& s : std::as_const(m_serving)) {
                QString why;
                const qintptr fd = ListenSocket::open(options.bindAddress, port, &port, &why);
                if (fd < 0) {
                    return cannot(why);
                }
                bool ok = false;
                inThread(s.server, [&] { ok = s.server->listenOn(fd, w.secure, tls, &why); });
                if (!ok) {
                    ListenSocket::close(fd);
                    return cannot(why);
                }
            }
        }
        m_listeners.append({w.secure ? QByteArray("https") : QByteArray("http"), options.bindAddress, port});
    }
    return true;
}

void PhoneFleetServer::stopServing()
{
    for (const Serving& s : std::as_const(m_serving)) {
        inThread(s.server, [server = s.server] { server->shutdown(); });
        s.thread->quit();
        s.thread->wait();
        delete s.server;
        delete s.thread;
    }
    m_serving.clear();
    m_listeners.clear();
}

void PhoneFleetServer::refreshSettings()
{
    const StoreResult<QHash<QString, QString>> values = m_store.settings().all();
    if (!values) {
        return; // keep the last good settings; the database may be back at the next refresh
    }
    QStringList problems;
    m_settings = ServerSettings::fromValues(values.value(), &problems);
    reviewTrustedProxiesAgain();
    m_audit->setLevel(m_settings.activityLogLevel);
    ServerContext context;
    const Listener* https = nullptr;
    const Listener* http = nullptr;
    for (const Listener& l : std::as_const(m_listeners)) {
        (l.scheme == "https" ? https : http) = &l;
    }
    context.https = https != nullptr;
    if (!m_settings.serverAddress.isEmpty()) {
        context.serverAddress = m_settings.serverAddress;
    } else {
        const Listener* main = https ? https : http;
        const quint16 defaultPort = https ? 443 : 80;
        QString host = QHostInfo::localHostName();
        if (host.isEmpty()) {
            host = QStringLiteral("localhost");
        }
        context.serverAddress = main && main->port != defaultPort ? host + u':' + QString::number(main->port) : host;
    }
    if (const StoreResult<QVector<FirmwareFile>> firmware = m_store.firmwareFiles().list()) {
        // The newest upload of a model is the one its phones get.
        QHash<QString, QDateTime> newest;
        for (const FirmwareFile& f : firmware.value()) {
            if (!newest.contains(f.model) || f.uploadedAt > newest.value(f.model)) {
                newest.insert(f.model, f.uploadedAt);
                context.firmwareFiles.insert(f.model, f.fileName);
            }
        }
    }
    for (const Serving& s : std::as_const(m_serving)) {
        QMetaObject::invokeMethod(
            s.server, [server = s.server, settings = m_settings, context] { server->applySettings(settings, context); },
            Qt::QueuedConnection);
    }
    if (m_dispatcher) {
        m_dispatcher->applySettings(m_settings, context);
    }
}

void PhoneFleetServer::sweepSilentPhones()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime cutoff = now.addSecs(-60LL * m_settings.disconnectTimeoutMinutes);
    // Commands delivered long ago are history nobody reads; keep 30 days.
    const QDateTime oldCommands = now.addDays(-30);
    m_writer->submit(
        [cutoff, now, oldCommands](Store& store) -> StoreError {
            if (StoreError e = store.phoneStatus().markDisconnected(cutoff, now).error(); e.isError()) {
                return e;
            }
            return store.phoneStatus().forgetDeliveredCommands(oldCommands).error();
        },
        this,
        [this](const StoreError& e) {
            if (e.isError()) {
                m_audit->record(LogLevel::Error, {}, QStringLiteral("housekeeping"), {}, e.message);
            }
        });
}

QString PhoneFleetServer::openLocalSession(int seconds, QString* accountName, QString* error)
{
    *accountName = LocalSession::accountName();
    const StoreResult<QString> token = LocalSession::open(m_store, *accountName, seconds);
    if (!token) {
        *error = token.error().message;
        return {};
    }
    return token.value();
}

void PhoneFleetServer::drain(int timeoutMs)
{
    if (m_draining) {
        return;
    }
    m_draining = true;
    for (const Serving& s : std::as_const(m_serving)) {
        inThread(s.server, [server = s.server] { server->stopListening(); });
    }
    m_settingsTimer.stop();
    m_housekeepingTimer.stop();
    if (m_checkpoints) {
        m_checkpoints->stop();
    }
    if (m_dispatcher) {
        m_dispatcher->stop(); // no more targets; what is being pushed finishes
    }
    m_drainDeadline = QDeadlineTimer(timeoutMs);
    m_drainTimer.start(10);
    checkDrained();
}

void PhoneFleetServer::checkDrained()
{
    const bool idle = *m_inFlight == 0 && (!m_writer || m_writer->inFlight() == 0)
        && (!m_forwarder || m_forwarder->pendingMail() == 0) && (!m_dispatcher || m_dispatcher->isIdle());
    if (!idle && !m_drainDeadline.hasExpired()) {
        return;
    }
    m_drainTimer.stop();
    if (m_writer) {
        m_writer->stop();
        m_store.database().checkpoint(Database::Checkpoint::Truncate, 1000);
        const GroupCommitter::Statistics s = m_writer->statistics();
        qInfo("phonefleetd: %lld writes in %lld commits (largest batch %lld)", s.jobs, s.batches, s.largestBatch);
    }
    stopServing();
    Q_EMIT drained();
}
