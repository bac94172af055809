#pragma once

#include "httpexchange.h"
#include "macaddress.h"
#include "provisioningcache.h"
#include "provisioningpath.h"

class SharedMissLimiter;
struct ServerState;

// GET and HEAD of the files phones download: /configfiles/, /firmwarefiles/, the zero-touch
// folders /ipp/region/<region>/, the system folder /ipp/ and dhcpoption160.cfg.
//
// A per-device file holds the phone's SIP credentials, so it goes only to that phone: HTTP
// Basic or Digest with the credentials generated for it, or a request from a subnet its region
// allows for first contact. Unknown MACs and refused requests get the same 401 (so a scanner
// learns nothing), are written to the activity log with the client's address, and a client
// with more than 20 of them in a minute gets 429 until the minute has passed.
class FileService
{
public:
    FileService(ServerState& state, SharedMissLimiter& misses);

    void handle(const HttpExchangePtr& exchange);

private:
    void serveDeviceFile(const HttpExchangePtr& exchange, const ProvisioningPath& path, const MacAddress& mac,
                         const QString& modelFromName);
    void serveGenerated(const HttpExchangePtr& exchange, const MacAddress& mac, const QString& requestedName,
                        bool mayGenerate);
    void zeroTouch(const HttpExchangePtr& exchange, const ProvisioningPath& path, const MacAddress& mac,
                   const QString& model);
    void recordPending(const HttpExchangePtr& exchange, const MacAddress& mac, const QString& model);
    void refuse(const HttpExchangePtr& exchange, const QString& why);
    void serveBytes(const HttpExchangePtr& exchange, const QByteArray& content, const QByteArray& etag,
                    const QByteArray& contentType);
    bool isAuthorised(const HttpExchange& exchange, const ProvisioningCache::DeviceEntry& device) const;

    ServerState& m_state;
    SharedMissLimiter& m_misses;
};
