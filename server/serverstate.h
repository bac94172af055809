#pragma once

#include "builtinplaceholders.h"
#include "serversettings.h"

#include <QByteArray>
#include <QString>

class AuditTrail;
class QObject;
class GroupCommitter;
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
    ServerSettings settings;
    ServerContext context;   // server address, scheme, firmware per model: for generated files
    QByteArray nonceKey;     // Digest nonces; shared by all nodes through the settings table
    QString provisioningDir; // where generated files are also written
};
