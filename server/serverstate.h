#pragma once

#include "builtinplaceholders.h"
#include "serversettings.h"
#include "subnetlist.h"

#include <QByteArray>
#include <QString>

#include <functional>

class AuditTrail;
class QObject;
class GroupCommitter;
class ProvisioningCache;
class Store;

// What the server's services share: the main thread's connection (reads), the writer (every
// write), the activity log, and the settings as last read (refreshed every few seconds, so
// several nodes sharing one database converge on an administrator's change).
struct ServerState
{
    QObject* owner; // main-thread object the writer's completions are delivered to
    Store& store;
    GroupCommitter& writer;
    AuditTrail& audit;
    ProvisioningCache& cache; // the main thread's view of what phones' file requests read
    ServerSettings settings;
    SubnetList systemSubnets; // settings.systemProvisioningSubnets, parsed
    ServerContext context;    // server address, scheme, firmware per model: for generated files
    QByteArray nonceKey;      // Digest nonces; shared by all nodes through the settings table
    QString provisioningDir;  // where generated files are also written
    // Asks the node to read the settings again now (after an administrator changed them here),
    // rather than at its next refresh; other nodes follow within theirs. applied runs on the
    // calling thread once every serving thread of this node has the new settings, so that the
    // administrator's next request, whichever thread takes it, sees them.
    std::function<void(std::function<void()> applied)> settingsChanged;
    SubnetList trustedProxies; // --trusted-proxy: provisioning subnets may not share addresses with them
};
