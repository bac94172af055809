#include "phonefleetserver.h"

#include "adminbootstrap.h"
#include "alarmforwarder.h"
#include "audittrail.h"
#include "fileservice.h"
#include "groupcommitter.h"
#include "httpfrontend.h"
#include "phoneservice.h"
#include "provisioningcache.h"
#include "randomsecret.h"

#include <QDir>
#include <QHostInfo>
#include <QTcpServer>

PhoneFleetServer::PhoneFleetServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_settingsTimer, &QTimer::timeout, this, &PhoneFleetServer::refreshSettings);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &PhoneFleetServer::sweepSilentPhones);
    connect(&m_drainTimer, &QTimer::timeout, this, &PhoneFleetServer::checkDrained);
    connect(&m_cacheTimer, &QTimer::timeout, this, [this] { m_cache->sync(); });
}

PhoneFleetServer::~PhoneFleetServer()
{
    qDeleteAll(m_frontends);
    m_frontends.clear();
    if (m_writer) {
        m_writer->stop();
    }
}

bool PhoneFleetServer::start(const ServerOptions& options, const QString& databasePassword,
                             const QString& adminPassword, QString* error)
{
    m_options = options;
    if (!QDir().mkpath(options.dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(options.dataDir);
        return false;
    }
    if (options.database.kind == StoreUrl::Kind::SQLite) {
        QDir().mkpath(QFileInfo(options.database.path).absolutePath());
    }
    if (StoreError e = m_store.open(options.database, databasePassword); e.isError()) {
        *error = e.message;
        return false;
    }
    QString message;
    switch (AdminBootstrap::ensureFirstAdmin(m_store, options.adminUser, adminPassword, &message)) {
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
    m_cache = std::make_unique<ProvisioningCache>(m_store);
    m_cache->sync();
    m_state.reset(new ServerState {this,
                                   m_store,
                                   *m_writer,
                                   *m_audit,
                                   *m_cache,
                                   {},
                                   {},
                                   {},
                                   nonceKey->toLatin1(),
                                   QDir(options.dataDir).filePath(QStringLiteral("provisioning"))});
    m_forwarder = std::make_unique<AlarmForwarder>([this](const QString& problem) {
        m_audit->record(LogLevel::Warn, {}, QStringLiteral("alarm forwarding"), {}, problem);
    });
    m_files = std::make_unique<FileService>(*m_state);
    m_phones = std::make_unique<PhoneService>(*m_state, *m_forwarder);

    const auto handler = [this](const HttpExchangePtr& exchange) { handle(exchange); };
    struct Wanted
    {
        bool enabled;
        bool secure;
        int port;
    };
    for (const Wanted& w : {Wanted {options.httpEnabled, false, options.httpPort},
                            Wanted {options.httpsEnabled, true, options.httpsPort}}) {
        if (!w.enabled) {
            continue;
        }
        auto* frontend = new HttpFrontend(w.secure, handler);
        if (w.secure) {
            frontend->sslSetup(m_tls.configuration());
        }
        const quint16 port = frontend->listen(options.bindAddress, static_cast<quint16>(w.port));
        if (port == 0) {
            *error =
                QStringLiteral("cannot listen for %1 on %2 port %3 (in use, or not allowed)")
                    .arg(w.secure ? QStringLiteral("HTTPS") : QStringLiteral("HTTP"), options.bindAddress.toString())
                    .arg(w.port);
            delete frontend;
            qDeleteAll(m_frontends);
            m_frontends.clear();
            m_listeners.clear();
            return false;
        }
        m_frontends.append(frontend);
        m_listeners.append({w.secure ? QByteArray("https") : QByteArray("http"), options.bindAddress, port});
    }
    refreshSettings();
    sweepSilentPhones();
    m_settingsTimer.start(5000);
    m_cacheTimer.start(250);
    m_housekeepingTimer.start(options.housekeepingSeconds * 1000);
    m_audit->record(LogLevel::Info, {}, QStringLiteral("server started"), {},
                    QStringLiteral("phonefleetd %1").arg(QStringLiteral(PHONEFLEET_VERSION)));
    return true;
}

void PhoneFleetServer::handle(const HttpExchangePtr& exchange)
{
    // Counted until the last reference to the exchange is gone, i.e. until it is answered.
    ++*m_inFlight;
    HttpExchangePtr tracked(exchange.get(), [keep = exchange, counter = m_inFlight](HttpExchange*) mutable {
        keep.reset();
        --*counter;
    });
    if (PhoneService::handles(exchange->encodedPath())) {
        m_phones->handle(tracked);
    } else {
        m_files->handle(tracked);
    }
}

void PhoneFleetServer::refreshSettings()
{
    const StoreResult<QHash<QString, QString>> values = m_store.settings().all();
    if (!values) {
        return; // keep the last good settings; the database may be back at the next refresh
    }
    QStringList problems;
    m_state->settings = ServerSettings::fromValues(values.value(), &problems);
    m_state->systemSubnets = SubnetList::parse(m_state->settings.systemProvisioningSubnets);
    ServerContext context;
    const Listener* https = nullptr;
    const Listener* http = nullptr;
    for (const Listener& l : std::as_const(m_listeners)) {
        (l.scheme == "https" ? https : http) = &l;
    }
    context.https = https != nullptr;
    if (!m_state->settings.serverAddress.isEmpty()) {
        context.serverAddress = m_state->settings.serverAddress;
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
    m_state->context = context;
}

void PhoneFleetServer::sweepSilentPhones()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime cutoff = now.addSecs(-60LL * m_state->settings.disconnectTimeoutMinutes);
    m_writer->submit([cutoff, now](Store& store) { return store.phoneStatus().markDisconnected(cutoff, now).error(); },
                     this,
                     [this](const StoreError& e) {
                         if (e.isError()) {
                             m_audit->record(LogLevel::Error, {}, QStringLiteral("disconnect sweep"), {}, e.message);
                         }
                     });
}

void PhoneFleetServer::drain(int timeoutMs)
{
    if (m_draining) {
        return;
    }
    m_draining = true;
    for (HttpFrontend* frontend : std::as_const(m_frontends)) {
        for (QTcpServer* server : frontend->servers()) {
            server->close();
        }
    }
    m_settingsTimer.stop();
    m_housekeepingTimer.stop();
    m_cacheTimer.stop();
    m_drainDeadline = QDeadlineTimer(timeoutMs);
    m_drainTimer.start(10);
    checkDrained();
}

void PhoneFleetServer::checkDrained()
{
    const bool idle = *m_inFlight == 0 && (!m_writer || m_writer->inFlight() == 0)
        && (!m_forwarder || m_forwarder->pendingMail() == 0);
    if (!idle && !m_drainDeadline.hasExpired()) {
        return;
    }
    m_drainTimer.stop();
    if (m_writer) {
        m_writer->stop();
    }
    Q_EMIT drained();
}
