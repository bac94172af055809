#include "servingthread.h"

#include "adminservice.h"
#include "fileservice.h"
#include "httpfrontend.h"
#include "offthread.h"
#include "phoneservice.h"
#include "provisioningcache.h"

#include <QThread>

ServingThread::ServingThread(const Shared& shared)
    : m_shared(shared)
{ }

ServingThread::~ServingThread() = default;

StoreError ServingThread::open()
{
    m_store = std::make_unique<Store>();
    if (StoreError e = m_store->open(m_shared.database, m_shared.databasePassword); e.isError()) {
        return e;
    }
    m_cache = std::make_unique<ProvisioningCache>(*m_store, m_shared.cacheBytes);
    m_cache->sync();
    m_state.reset(new ServerState {this,
                                   *m_store,
                                   *m_shared.writer,
                                   *m_shared.audit,
                                   *m_cache,
                                   {},
                                   {},
                                   {},
                                   m_shared.nonceKey,
                                   m_shared.provisioningDir,
                                   m_shared.settingsChanged,
                                   m_shared.trustedProxies});
    m_files = std::make_unique<FileService>(*m_state, *m_shared.misses, *m_shared.newPhones);
    m_phones = std::make_unique<PhoneService>(*m_state, *m_shared.forwarder, *m_shared.newPhones);
    m_admin = std::make_unique<AdminService>(*m_state, *m_shared.logins, m_shared.adminOverPlainHttp);
    m_cacheTimer = new QTimer(this);
    connect(m_cacheTimer, &QTimer::timeout, this, [this] { m_cache->sync(); });
    m_cacheTimer->start(250);
    return {};
}

HttpFrontend* ServingThread::frontend(bool secure, const QSslConfiguration& tls)
{
    auto* f = new HttpFrontend(
        secure, tls, [this](const HttpExchangePtr& exchange) { handle(exchange); }, this);
    f->setTimeouts(m_shared.timeouts);
    HttpRequestParser::Limits limits;
    limits.inspectHead = [this](const HttpRequest& head, bool isSecure, const QHostAddress& peer) {
        return inspect(head, isSecure, peer);
    };
    limits.spoolFolder = m_shared.uploadDir;
    limits.spools = m_shared.uploads;
    f->setLimits(limits);
    f->setConnectionLimiter(m_shared.connections);
    if (!m_shared.trustedProxies.isEmpty()) {
        f->setTrustedProxy(
            [proxies = m_shared.trustedProxies](const QHostAddress& peer) { return proxies.contains(peer); });
    }
    m_frontends.append(f);
    return f;
}

bool ServingThread::listenOn(qintptr descriptor, bool secure, const QSslConfiguration& tls, QString* error)
{
    return frontend(secure, tls)->listenOn(descriptor, error);
}

quint16 ServingThread::listen(const QHostAddress& address, quint16 port, bool secure, const QSslConfiguration& tls)
{
    return frontend(secure, tls)->listen(address, port);
}

void ServingThread::applySettings(const ServerSettings& settings, const ServerContext& context)
{
    if (!m_state) {
        return;
    }
    m_state->settings = settings;
    m_state->systemSubnets = SubnetList::parse(settings.systemProvisioningSubnets);
    m_state->context = context;
}

void ServingThread::stopListening()
{
    for (HttpFrontend* f : std::as_const(m_frontends)) {
        f->stopListening();
    }
}

void ServingThread::shutdown()
{
    // A password hash finishing now must not reach the services deleted below.
    abandonOffThreadResults(this);
    if (m_cacheTimer) {
        m_cacheTimer->stop();
    }
    qDeleteAll(m_frontends);
    m_frontends.clear();
    m_admin.reset();
    m_phones.reset();
    m_files.reset();
    m_state.reset();
    m_cache.reset();
    m_store.reset();
    // No event may reach the services after this one (a late completion from the writer would
    // find them gone): leave the event loop now.
    thread()->quit();
}

HttpHeadDecision ServingThread::inspect(const HttpRequest& head, bool secure, const QHostAddress& peer)
{
    if (PhoneService::handles(head.path)) {
        return PhoneService::inspect(head);
    }
    if (AdminService::handles(head.path)) {
        return m_admin->inspect(head, secure, peer);
    }
    return FileService::inspect(head);
}

void ServingThread::handle(const HttpExchangePtr& exchange)
{
    // Counted until the last reference to the exchange is gone, i.e. until it is answered.
    ++*m_shared.inFlight;
    HttpExchangePtr tracked(exchange.get(), [keep = exchange, counter = m_shared.inFlight](HttpExchange*) mutable {
        keep.reset();
        --*counter;
    });
    if (PhoneService::handles(exchange->encodedPath())) {
        m_phones->handle(tracked);
    } else if (AdminService::handles(exchange->encodedPath())) {
        m_admin->handle(tracked);
    } else {
        m_files->handle(tracked);
    }
}
