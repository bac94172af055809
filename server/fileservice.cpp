#include "fileservice.h"

#include "audittrail.h"
#include "digest.h"
#include "generator.h"
#include "groupcommitter.h"
#include "httpcredentials.h"
#include "option160.h"
#include "placeholderscope.h"
#include "provisioningcache.h"
#include "serverstate.h"
#include "sharedmisslimiter.h"
#include "store.h"
#include "subnetlist.h"
#include "templaterenderer.h"
#include "useragent.h"

#include <QDateTime>
#include <QPointer>

namespace {
const QByteArray realm = "PhoneFleet";

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray contentTypeFor(const QString& name)
{
    return name.endsWith(QLatin1String(".img"), Qt::CaseInsensitive) ? QByteArray("application/octet-stream")
                                                                     : QByteArray("text/plain; charset=utf-8");
}

// If-None-Match: a list of entity tags, weak or strong, or "*".
bool matchesETag(const QByteArray& ifNoneMatch, const QByteArray& etag)
{
    if (ifNoneMatch.trimmed() == "*") {
        return true;
    }
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/")) {
            tag = tag.mid(2);
        }
        if (tag == etag) {
            return true;
        }
    }
    return false;
}

QString pathText(const HttpExchange& e)
{
    return QString::fromLatin1(e.encodedPath());
}
} // namespace

FileService::FileService(ServerState& state, SharedMissLimiter& misses)
    : m_state(state)
    , m_misses(misses)
{ }

void FileService::handle(const HttpExchangePtr& exchange)
{
    if (exchange->method() != "GET" && exchange->method() != "HEAD") {
        exchange->respond(405, "application/json", R"({"error":"phones' files are read with GET or HEAD"})",
                          {{"Allow", "GET, HEAD"}});
        return;
    }
    const ProvisioningPath path = ProvisioningPath::parse(exchange->encodedPath());
    if (!path.isValid()) {
        exchange->respondError(404, QStringLiteral("not found"));
        return;
    }
    if (m_misses.isLimited(exchange->peerText(), nowMs())) {
        exchange->respond(429, "application/json", R"({"error":"too many refused requests; try again later"})",
                          {{"Retry-After", "60"}});
        return;
    }
    switch (path.kind) {
    case ProvisioningPath::Kind::Option160: {
        const RenderResult r = Option160::renderSystemFile(m_state.settings.option160Template, m_state.context);
        if (!r.ok()) {
            exchange->respondError(500, r.error);
            return;
        }
        serveBytes(exchange, r.text, '"' + Digest::sha256Hex(r.text).toLatin1() + '"', contentTypeFor(path.fileName));
        return;
    }
    case ProvisioningPath::Kind::FirmwareFile: {
        StoreResult<ProvisioningCache::FileEntry> file = m_state.cache.firmwareFile(path.fileName);
        if (!file && file.error().code == StoreError::Code::NotFound) {
            const QString model = ProvisioningPath::defaultFirmwareModel(path.fileName);
            if (!model.isEmpty()) {
                file = m_state.cache.latestFirmware(model);
            }
        }
        if (!file) {
            if (file.error().code == StoreError::Code::NotFound) {
                exchange->respondError(404, QStringLiteral("no firmware file %1").arg(path.fileName));
            } else {
                exchange->respondError(503, QStringLiteral("the database is not available"));
            }
            return;
        }
        serveBytes(exchange, file->content, file->etag, "application/octet-stream");
        return;
    }
    case ProvisioningPath::Kind::ConfigFile:
    case ProvisioningPath::Kind::SystemFile:
    case ProvisioningPath::Kind::RegionFile: {
        QString model;
        const MacAddress mac = ProvisioningPath::deviceFileMac(path.fileName, &model);
        if (!mac.isNull()) {
            serveDeviceFile(exchange, path, mac, model);
            return;
        }
        // Global and uploaded files hold nothing about one phone.
        StoreResult<ProvisioningCache::FileEntry> file = m_state.cache.configFile(path.fileName);
        if (!file) {
            exchange->respondError(file.error().code == StoreError::Code::NotFound ? 404 : 503,
                                   file.error().code == StoreError::Code::NotFound
                                       ? QStringLiteral("no file %1").arg(path.fileName)
                                       : QStringLiteral("the database is not available"));
            return;
        }
        serveBytes(exchange, file->content, file->etag, contentTypeFor(path.fileName));
        return;
    }
    case ProvisioningPath::Kind::Invalid:
        break;
    }
    exchange->respondError(404, QStringLiteral("not found"));
}

bool FileService::isAuthorised(const HttpExchange& exchange, const ProvisioningCache::DeviceEntry& device) const
{
    const HttpCredentials credentials = HttpCredentials::parse(exchange.header("Authorization"));
    if (credentials.scheme() == HttpCredentials::Scheme::Basic
        || credentials.scheme() == HttpCredentials::Scheme::Digest) {
        return credentials.verify(device.user, device.secret, exchange.method(), exchange.target(), m_state.nonceKey,
                                  nowMs());
    }
    if (m_state.systemSubnets.contains(exchange.peer())) {
        return true;
    }
    if (device.regionId > 0) {
        const StoreResult<ProvisioningCache::RegionEntry> region = m_state.cache.region(device.regionId);
        return region && region->subnets.contains(exchange.peer());
    }
    return false;
}

void FileService::serveDeviceFile(const HttpExchangePtr& exchange, const ProvisioningPath& path, const MacAddress& mac,
                                  const QString& modelFromName)
{
    const StoreResult<ProvisioningCache::DeviceEntry> device = m_state.cache.device(mac);
    if (!device) {
        if (device.error().code != StoreError::Code::NotFound) {
            exchange->respondError(503, QStringLiteral("the database is not available"));
            return;
        }
        const QString model = modelFromName.isEmpty()
            ? UserAgent::parse(QString::fromUtf8(exchange->header("User-Agent"))).model
            : modelFromName;
        if (path.kind == ProvisioningPath::Kind::RegionFile) {
            zeroTouch(exchange, path, mac, model);
            return;
        }
        if (path.kind == ProvisioningPath::Kind::SystemFile) {
            recordPending(exchange, mac, model);
        }
        refuse(exchange, QStringLiteral("unknown phone"));
        return;
    }
    if (device->approval != ApprovalState::Approved) {
        // A new phone that reported before it provisioned waits for approval; asking for its
        // file through a region's folder from that region's subnets is zero touch all the same.
        if (path.kind == ProvisioningPath::Kind::RegionFile && device->regionId == 0) {
            zeroTouch(exchange, path, mac, device->model.isEmpty() ? modelFromName : device->model);
            return;
        }
        refuse(exchange, QStringLiteral("phone waiting for approval"));
        return;
    }
    if (path.kind == ProvisioningPath::Kind::RegionFile) {
        const StoreResult<ProvisioningCache::RegionEntry> region = m_state.cache.regionNamed(path.region);
        if (!region || region->id != device->regionId) {
            refuse(exchange, QStringLiteral("phone of another region"));
            return;
        }
    }
    if (!isAuthorised(*exchange, device.value())) {
        refuse(exchange, QStringLiteral("no valid credentials"));
        return;
    }
    serveGenerated(exchange, mac, path.fileName, true);
}

void FileService::serveGenerated(const HttpExchangePtr& exchange, const MacAddress& mac, const QString& requestedName,
                                 bool mayGenerate)
{
    StoreResult<ProvisioningCache::FileEntry> file = m_state.cache.configFile(requestedName);
    const QString plainName = mac.toString() + QStringLiteral(".cfg");
    if (!file && file.error().code == StoreError::Code::NotFound && requestedName != plainName) {
        file = m_state.cache.configFile(plainName);
    }
    if (file) {
        serveBytes(exchange, file->content, file->etag, contentTypeFor(requestedName));
        return;
    }
    if (file.error().code != StoreError::Code::NotFound) {
        exchange->respondError(503, QStringLiteral("the database is not available"));
        return;
    }
    const StoreResult<ProvisioningCache::DeviceEntry> device = m_state.cache.device(mac);
    if (!device) {
        exchange->respondError(404, QStringLiteral("not found"));
        return;
    }
    if (!mayGenerate) {
        m_state.audit.record(LogLevel::Error, exchange->peerText(), QStringLiteral("phone file missing"),
                             mac.toString(), QStringLiteral("no template gives this phone a file"));
        exchange->respondError(404,
                               QStringLiteral("no file for this phone: no template for model '%1'").arg(device->model));
        return;
    }
    // Never generated (a new phone, or files not generated yet): make it now, on the writer, and
    // answer once it is committed.
    const qint64 id = device->id;
    const QString dir = m_state.provisioningDir;
    const ServerContext context = m_state.context;
    m_state.writer.submit(
        [id, dir, context](Store& store) { return Generator(store, dir, context).runFor({id}).error(); }, m_state.owner,
        [this, exchange, mac, requestedName](const StoreError& error) {
            if (error.isError()) {
                m_state.audit.record(LogLevel::Error, exchange->peerText(), QStringLiteral("generation failed"),
                                     requestedName, error.message);
            }
            m_state.cache.sync();
            serveGenerated(exchange, mac, requestedName, false);
        });
}

void FileService::zeroTouch(const HttpExchangePtr& exchange, const ProvisioningPath& path, const MacAddress& mac,
                            const QString& model)
{
    const StoreResult<ProvisioningCache::RegionEntry> region = m_state.cache.regionNamed(path.region);
    if (!region || !region->subnets.contains(exchange->peer())) {
        refuse(exchange,
               region ? QStringLiteral("zero touch from outside the region's subnets")
                      : QStringLiteral("unknown region"));
        return;
    }
    if (model.isEmpty()) {
        refuse(exchange,
               QStringLiteral("zero touch without a model (no <MODEL>_<MAC>_conf.cfg name or phone User-Agent)"));
        return;
    }
    Device d;
    d.mac = mac;
    d.model = model;
    d.regionId = region->id;
    d.approval = ApprovalState::Approved;
    d.userAgent = QString::fromUtf8(exchange->header("User-Agent")).left(256);
    d.ipAddress = exchange->peerText();
    assignProvisioningCredentials(&d);
    const QString dir = m_state.provisioningDir;
    const ServerContext context = m_state.context;
    auto created = std::make_shared<qint64>(0);
    m_state.writer.submit(
        [d, dir, context, created](Store& store) -> StoreError {
            // The phone may be known already, waiting for approval (it reported first).
            StoreResult<Device> saved = store.deviceByMac(d.mac);
            if (saved && saved->approval == ApprovalState::Pending && saved->regionId == 0) {
                saved->approval = ApprovalState::Approved;
                saved->regionId = d.regionId;
                if (saved->model.isEmpty()) {
                    saved->model = d.model;
                }
                saved = store.devices().update(saved.value());
            } else {
                saved = store.devices().insert(d);
            }
            if (!saved) {
                return saved.error();
            }
            *created = saved->id;
            return Generator(store, dir, context).runFor({saved->id}).error();
        },
        m_state.owner,
        [this, exchange, created, path, mac, regionName = region->name](const StoreError& error) {
            m_state.cache.sync();
            const StoreResult<ProvisioningCache::DeviceEntry> device = m_state.cache.device(mac);
            if (!device) {
                exchange->respondError(503,
                                       error.isError() ? error.message : QStringLiteral("the phone was not added"));
                return;
            }
            if (!error.isError()) {
                m_state.audit.record(LogLevel::Info, exchange->peerText(), QStringLiteral("zero touch"), mac.toString(),
                                     QStringLiteral("added to region %1").arg(regionName));
            }
            serveGenerated(exchange, mac, path.fileName, false);
        });
}

void FileService::recordPending(const HttpExchangePtr& exchange, const MacAddress& mac, const QString& model)
{
    const UserAgent agent = UserAgent::parse(QString::fromUtf8(exchange->header("User-Agent")));
    if (!agent.isPhone) {
        return; // only phones wait for approval; anything else is just refused
    }
    Device d;
    d.mac = mac;
    d.model = model.isEmpty() ? agent.model : model;
    d.teams = agent.teams;
    d.approval = ApprovalState::Pending;
    d.userAgent = QString::fromUtf8(exchange->header("User-Agent")).left(256);
    d.ipAddress = exchange->peerText();
    d.firmwareVersion = agent.firmwareVersion;
    assignProvisioningCredentials(&d);
    AuditTrail* audit = &m_state.audit;
    const QString peer = exchange->peerText();
    m_state.writer.submit(
        [d](Store& store) -> StoreError {
            const StoreResult<Device> existing = store.deviceByMac(d.mac);
            if (existing) {
                return {};
            }
            return store.devices().insert(d).error();
        },
        nullptr, {});
    audit->record(LogLevel::Info, peer, QStringLiteral("phone waiting for approval"), mac.toString(),
                  QStringLiteral("asked for its file through the system URL"));
}

void FileService::refuse(const HttpExchangePtr& exchange, const QString& why)
{
    const QString client = exchange->peerText();
    const bool limited = m_misses.recordMiss(client, nowMs());
    m_state.audit.record(LogLevel::Warn, client, QStringLiteral("phone file refused"), pathText(*exchange), why);
    if (limited) {
        exchange->respond(429, "application/json", R"({"error":"too many refused requests; try again later"})",
                          {{"Retry-After", "60"}});
        return;
    }
    // One answer for every refusal: unknown MAC, wrong region, no or wrong credentials.
    exchange->respond(401, "application/json", R"({"error":"authentication required"})",
                      {{"WWW-Authenticate", HttpCredentials::digestChallenge(realm, m_state.nonceKey, nowMs())},
                       {"WWW-Authenticate", HttpCredentials::basicChallenge(realm)},
                       {"Cache-Control", "no-store"}});
}

void FileService::serveBytes(const HttpExchangePtr& exchange, const QByteArray& content, const QByteArray& etag,
                             const QByteArray& contentType)
{
    const QByteArray ifNoneMatch = exchange->header("If-None-Match");
    const bool unchanged = !ifNoneMatch.isEmpty() && matchesETag(ifNoneMatch, etag);
    if (m_state.audit.records(LogLevel::Debug)) {
        m_state.audit.record(
            LogLevel::Debug, exchange->peerText(), QStringLiteral("phone file served"), pathText(*exchange),
            unchanged ? QStringLiteral("not modified") : QStringLiteral("%1 bytes").arg(content.size()));
    }
    if (unchanged) {
        exchange->respondHeadersOnly(304, {{"ETag", etag}, {"Cache-Control", "no-cache, private"}});
        return;
    }
    exchange->respond(200, contentType, content, {{"ETag", etag}, {"Cache-Control", "no-cache, private"}});
}
