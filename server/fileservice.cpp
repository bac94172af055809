#include "fileservice.h"

#include "audittrail.h"
#include "digest.h"
#include "generator.h"
#include "groupcommitter.h"
#include "httpcredentials.h"
#include "newphonelimiter.h"
#include "option160.h"
#include "placeholderscope.h"
#include "provisioningcache.h"
#include "randomsecret.h"
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

FileService::FileService(ServerState& state, SharedMissLimiter& misses, NewPhoneLimiter& newPhones)
    : m_state(state)
    , m_misses(misses)
    , m_newPhones(newPhones)
{ }

HttpHeadDecision FileService::inspect(const HttpRequest& head)
{
    if (head.method != "GET" && head.method != "HEAD") {
        return {405, QStringLiteral("phones' files are read with GET or HEAD"), 0};
    }
    return {413, QStringLiteral("a request for a file has no body"), 0};
}

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
        StoreResult<ProvisioningCache::FileEntry> file = m_state.cache.configFile(path.fileName);
        if (!file && file.error().code == StoreError::Code::NotFound) {
            // No such file: answered as a phone's file refused (same 401, same work, counted),
            // so that trying names tells nobody which phones' files exist.
            decoyAccess(*exchange, MacAddress());
            refuse(exchange, QStringLiteral("no such file"));
            return;
        }
        if (!file) {
            exchange->respondError(503, QStringLiteral("the database is not available"));
            return;
        }
        if (file->deviceId != 0) {
            serveOwnedFile(exchange, path, file.value()); // one phone's, whatever its name
            return;
        }
        // Global and uploaded files hold nothing about one phone.
        serveBytes(exchange, file->content, file->etag, contentTypeFor(path.fileName));
        return;
    }
    case ProvisioningPath::Kind::Invalid:
        break;
    }
    exchange->respondError(404, QStringLiteral("not found"));
}

bool FileService::inRegion(const ProvisioningPath& path, qint64 deviceId)
{
    const auto matches = [&] {
        const StoreResult<ProvisioningCache::DeviceEntry> device = m_state.cache.deviceById(deviceId);
        const StoreResult<ProvisioningCache::RegionEntry> region = m_state.cache.regionNamed(path.region);
        return device && region && region->id == device->regionId;
    };
    if (matches()) {
        return true;
    }
    // Moved a moment ago (change-region pushes the phone to fetch from its new folder at once)?
    // This thread's cache follows the database within 250 ms: look again now.
    m_state.cache.sync();
    return matches();
}

FileService::Access FileService::access(const HttpExchange& exchange, const ProvisioningCache::DeviceEntry& device,
                                        QString* why) const
{
    const HttpCredentials credentials = HttpCredentials::parse(exchange.header("Authorization"));
    if (credentials.scheme() == HttpCredentials::Scheme::Basic
        || credentials.scheme() == HttpCredentials::Scheme::Digest) {
        if (credentials.verify(device.user, device.secret, exchange.method(), exchange.target(), m_state.nonceKey,
                               nowMs())) {
            return Access::OwnCredentials;
        }
        *why = QStringLiteral("wrong credentials");
        return Access::Refused;
    }
    bool inSubnets = m_state.systemSubnets.contains(exchange.peer());
    if (!inSubnets && device.regionId > 0) {
        const StoreResult<ProvisioningCache::RegionEntry> region = m_state.cache.region(device.regionId);
        inSubnets = region && region->subnets.contains(exchange.peer());
    }
    if (!inSubnets) {
        *why = QStringLiteral("no credentials");
        return Access::Refused;
    }
    // First contact is first contact: once the phone has used its own credentials, the subnet
    // serves it again only when an administrator allowed it, or once per
    // first_contact_repeat_minutes when that setting is not 0.
    const qint64 now = nowMs();
    if (!device.ownFetched || device.firstContactUntilMs > now) {
        return Access::FirstContact;
    }
    const qint64 repeatMs = qint64(m_state.settings.firstContactRepeatMinutes) * 60000;
    if (repeatMs > 0 && now - device.firstContactAtMs >= repeatMs) {
        return Access::FirstContact;
    }
    *why = QStringLiteral("first contact is over: the phone has fetched with its own credentials (an administrator "
                          "may allow first contact again)");
    return Access::Refused;
}

void FileService::decoyAccess(const HttpExchange& exchange, const MacAddress& mac) const
{
    // A per-process secret nobody knows: the check fails, after the same hashing as a real one.
    static const QString secret = RandomSecret::hex(16);
    ProvisioningCache::DeviceEntry decoy;
    decoy.user = mac.toString();
    decoy.secret = secret;
    decoy.ownFetched = true;
    QString why;
    access(exchange, decoy, &why);
}

void FileService::grant(const HttpExchangePtr& exchange, const ProvisioningCache::DeviceEntry& device, Access how,
                        std::function<void()> serve)
{
    const QString peer = exchange->peerText();
    const qint64 now = nowMs();
    if (how == Access::OwnCredentials) {
        // The usual fetch (same address, written lately) changes nothing: no write on the path
        // that serves tens of thousands of files a second.
        constexpr qint64 rewriteMs = 10 * 60 * 1000;
        // (An administrator's allowance still running ends here too.)
        if (!device.ownFetched || device.proofAddress != peer || device.firstContactUntilMs > now
            || now - m_lastRecorded.value(device.id, 0) >= rewriteMs) {
            m_lastRecorded.insert(device.id, now);
            m_state.cache.noteServed(device.mac, peer, PhoneTrust::Served::OwnCredentials, now);
            m_state.writer.submit(
                [id = device.id, peer, now](Store& store) { return store.phoneTrust().recordServed(id, peer, now); },
                nullptr, {});
        }
        serve();
        return;
    }
    const qint64 repeatMs = qint64(m_state.settings.firstContactRepeatMinutes) * 60000;
    auto granted = std::make_shared<bool>(false);
    m_state.writer.submit(
        [id = device.id, peer, now, repeatMs, granted](Store& store) -> StoreError {
            const StoreResult<bool> r = store.phoneTrust().claimFirstContact(id, peer, now, repeatMs);
            *granted = r.ok() && r.value();
            return r.error();
        },
        m_state.owner,
        [this, exchange, device, peer, now, granted, serve = std::move(serve)](const StoreError& error) {
            if (error.isError()) {
                exchange->respondError(503, QStringLiteral("the database is not available"));
                return;
            }
            if (!*granted) {
                refuse(exchange, QStringLiteral("first contact is over (taken meanwhile)"));
                return;
            }
            m_state.cache.noteServed(device.mac, peer, PhoneTrust::Served::FirstContact, now);
            m_state.audit.record(LogLevel::Info, peer, QStringLiteral("first contact"), device.mac,
                                 device.ownFetched ? QStringLiteral("served again without credentials")
                                                   : QStringLiteral("served without credentials"));
            serve();
        });
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
        decoyAccess(*exchange, mac);
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
    serveToPhone(exchange, path, device.value(), [this, exchange, mac, id = device->id, name = path.fileName] {
        serveGenerated(exchange, mac, id, name, true);
    });
}

void FileService::serveToPhone(const HttpExchangePtr& exchange, const ProvisioningPath& path,
                               const ProvisioningCache::DeviceEntry& device, std::function<void()> serve)
{
    if (path.kind == ProvisioningPath::Kind::RegionFile && !inRegion(path, device.id)) {
        refuse(exchange, QStringLiteral("phone of another region"));
        return;
    }
    QString why;
    const Access how = access(*exchange, device, &why);
    if (how == Access::Refused) {
        refuse(exchange, why);
        return;
    }
    grant(exchange, device, how, std::move(serve));
}

void FileService::serveOwnedFile(const HttpExchangePtr& exchange, const ProvisioningPath& path,
                                 const ProvisioningCache::FileEntry& file)
{
    const StoreResult<ProvisioningCache::DeviceEntry> device = file.deviceId > 0
        ? m_state.cache.deviceById(file.deviceId)
        : StoreResult<ProvisioningCache::DeviceEntry>(
            StoreError {StoreError::Code::NotFound, QStringLiteral("no owner")});
    if (!device) {
        if (device.error().code != StoreError::Code::NotFound) {
            exchange->respondError(503, QStringLiteral("the database is not available"));
            return;
        }
        refuse(exchange, QStringLiteral("a phone's file whose phone is gone"));
        return;
    }
    if (device->approval != ApprovalState::Approved) {
        refuse(exchange, QStringLiteral("phone waiting for approval"));
        return;
    }
    serveToPhone(exchange, path, device.value(), [this, exchange, file, name = path.fileName] {
        serveBytes(exchange, file.content, file.etag, contentTypeFor(name));
    });
}

void FileService::serveGenerated(const HttpExchangePtr& exchange, const MacAddress& mac, qint64 deviceId,
                                 const QString& requestedName, bool mayGenerate)
{
    StoreResult<ProvisioningCache::FileEntry> file = m_state.cache.configFile(requestedName);
    const QString plainName = mac.toString() + QStringLiteral(".cfg");
    if (!file && file.error().code == StoreError::Code::NotFound && requestedName != plainName) {
        file = m_state.cache.configFile(plainName);
    }
    // A phone's file whose owner was not recorded (an upgrade from before) is made again, which
    // records it; one of another phone is never served.
    const bool unowned = file && file->deviceId < 0;
    if (file && file->deviceId != 0 && file->deviceId != deviceId && !(unowned && mayGenerate)) {
        refuse(exchange, QStringLiteral("the file is another phone's")); // never another phone's secrets
        return;
    }
    if (file && !unowned) {
        serveBytes(exchange, file->content, file->etag, contentTypeFor(requestedName));
        return;
    }
    if (!file && file.error().code != StoreError::Code::NotFound) {
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
        [this, exchange, mac, id, requestedName](const StoreError& error) {
            if (error.isError()) {
                m_state.audit.record(LogLevel::Error, exchange->peerText(), QStringLiteral("generation failed"),
                                     requestedName, error.message);
            }
            m_state.cache.sync();
            serveGenerated(exchange, mac, id, requestedName, false);
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
    // A host of the region's subnets adds phones at a bounded rate too (each costs a generation).
    if (!m_newPhones.allowFromAddress(exchange->peerText(), nowMs())) {
        refuse(exchange, QStringLiteral("too many new phones from this address"));
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
            const StoreError noModel {
                StoreError::Code::Invalid,
                QStringLiteral("zero touch without a model (no <MODEL>_<MAC>_conf.cfg name or phone User-Agent)")};
            // The phone may be known already (this thread's cache follows the database within
            // 250 ms): waiting for approval (it reported first) it is zero touch all the same;
            // otherwise it is not.
            StoreResult<Device> saved = store.deviceByMac(d.mac);
            if (saved) {
                if (saved->approval != ApprovalState::Pending || saved->regionId != 0) {
                    return {}; // *created stays 0
                }
                saved->approval = ApprovalState::Approved;
                moveToRegion(&saved.value(), d.regionId);
                if (saved->model.isEmpty()) {
                    saved->model = d.model;
                }
                if (saved->model.isEmpty()) {
                    return noModel;
                }
                saved = store.devices().update(saved.value());
            } else if (saved.error().code != StoreError::Code::NotFound) {
                return saved.error();
            } else if (d.model.isEmpty()) {
                return noModel;
            } else {
                saved = store.devices().insert(d);
            }
            if (!saved) {
                return saved.error();
            }
            *created = saved->id;
            // Its first contact: the proof opens for this address.
            if (StoreResult<bool> claimed = store.phoneTrust().claimFirstContact(
                    saved->id, d.ipAddress, QDateTime::currentMSecsSinceEpoch(), 0);
                !claimed) {
                return claimed.error();
            }
            return Generator(store, dir, context).runFor({saved->id}).error();
        },
        m_state.owner,
        [this, exchange, created, path, mac, regionName = region->name](const StoreError& error) {
            m_state.cache.sync();
            if (error.code == StoreError::Code::Invalid) {
                refuse(exchange, error.message);
                return;
            }
            if (*created == 0 && !error.isError()) {
                refuse(exchange, QStringLiteral("a known phone asked for zero touch (it has a file of its own)"));
                return;
            }
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
            serveGenerated(exchange, mac, device->id, path.fileName, false);
        });
}

void FileService::recordPending(const HttpExchangePtr& exchange, const MacAddress& mac, const QString& model)
{
    const UserAgent agent = UserAgent::parse(QString::fromUtf8(exchange->header("User-Agent")));
    if (!agent.isPhone) {
        return; // only phones wait for approval; anything else is just refused
    }
    if (!m_newPhones.allow(exchange->peerText(), nowMs())) {
        return; // too many new phones from this address, or in all: refused, nothing written
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
