#pragma once

#include "httpexchange.h"
#include "httprequestparser.h"
#include "macaddress.h"
#include "provisioningcache.h"
#include "provisioningpath.h"

#include <functional>

class NewPhoneLimiter;
class SharedMissLimiter;
struct ServerState;

// GET and HEAD of the files phones download: /configfiles/, /firmwarefiles/, the zero-touch
// folders /ipp/region/<region>/, the system folder /ipp/ and dhcpoption160.cfg.
//
// A phone's own file holds its SIP credentials, so it goes only to that phone, whatever the
// file's name (the generator records whose it is): HTTP Basic or Digest with the credentials
// generated for it, or first contact (a request from a subnet its region allows, until the phone
// has fetched with its own credentials once; docs/server.md, "Who can get what"). Getting its
// file opens the phone's keep-alive proof for that address. Unknown MACs and refused requests
// get the same 401 after the same work (so a scanner learns nothing, not even from the time),
// are written to the activity log with the client's address, and a client with more than 20 of
// them in a minute gets 429 until the minute has passed.
class FileService
{
public:
    FileService(ServerState& state, SharedMissLimiter& misses, NewPhoneLimiter& newPhones);

    void handle(const HttpExchangePtr& exchange);
    // Files are read: GET and HEAD, with no body.
    static HttpHeadDecision inspect(const HttpRequest& head);

private:
    void serveDeviceFile(const HttpExchangePtr& exchange, const ProvisioningPath& path, const MacAddress& mac,
                         const QString& modelFromName);
    void serveGenerated(const HttpExchangePtr& exchange, const MacAddress& mac, qint64 deviceId,
                        const QString& requestedName, bool mayGenerate);
    // The phone may have its file (serve()) when the request names its region's folder (if any)
    // and its credentials or first contact allow it.
    void serveToPhone(const HttpExchangePtr& exchange, const ProvisioningPath& path,
                      const ProvisioningCache::DeviceEntry& device, std::function<void()> serve);
    // A phone's own file stored under a name that is no MAC file name.
    void serveOwnedFile(const HttpExchangePtr& exchange, const ProvisioningPath& path,
                        const ProvisioningCache::FileEntry& file);
    void zeroTouch(const HttpExchangePtr& exchange, const ProvisioningPath& path, const MacAddress& mac,
                   const QString& model);
    void recordPending(const HttpExchangePtr& exchange, const MacAddress& mac, const QString& model);
    void refuse(const HttpExchangePtr& exchange, const QString& why);
    void serveBytes(const HttpExchangePtr& exchange, const QByteArray& content, const QByteArray& etag,
                    const QByteArray& contentType);
    // Whether the phone is in the region whose folder the request names.
    bool inRegion(const ProvisioningPath& path, qint64 deviceId);
    enum class Access { Refused, OwnCredentials, FirstContact };
    // How the request may have the phone's file, and why not (*why) when it may not.
    Access access(const HttpExchange& exchange, const ProvisioningCache::DeviceEntry& device, QString* why) const;
    // The same work for a MAC that is no phone, so that both answers take as long.
    void decoyAccess(const HttpExchange& exchange, const MacAddress& mac) const;
    // Serves the phone its file (serve()) once what the access means is recorded: with its own
    // credentials at once (the write opens its keep-alive proof for this address and ends first
    // contact; skipped when it would change nothing); first contact only once the database
    // granted it (an allowance is served once, by whichever thread or node asks first).
    void grant(const HttpExchangePtr& exchange, const ProvisioningCache::DeviceEntry& device, Access how,
               std::function<void()> serve);

    ServerState& m_state;
    SharedMissLimiter& m_misses;
    NewPhoneLimiter& m_newPhones;
    QHash<qint64, qint64> m_lastRecorded; // device id -> when its fetch was last written (this thread)
};
