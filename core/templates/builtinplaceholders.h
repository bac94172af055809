#pragma once

#include "device.h"
#include "user.h"

#include <QHash>
#include <QString>
#include <QStringList>

// What the built-in placeholders are derived from besides the device and its user.
struct ServerContext
{
    QString serverAddress = QStringLiteral("127.0.0.1"); // FQDN or IP, with ":port" when not the default
    bool https = true;
    QString httpProxyIp;
    QString httpProxyPort;
    QString destination = QStringLiteral("configfiles"); // where generated files go
    QHash<QString, QString> firmwareFiles;               // model -> firmware file name
};

// The lowest level of placeholder values: derived from the device, its user and the server,
// or sensible defaults for settings the administrator has not given (an empty value leaves the
// phone at its own default).
namespace BuiltinPlaceholders {
// Every built-in name: mac, destination, HTTP_OR_S, ServerIP, HTTP_PROXY_IP, HTTP_PROXY_PORT,
// FirmwareFile, Line1Id, Line1AuthName, Line1AuthPassword, DisplayName, IPPhoneUsername,
// IPPhonePassword, Language, VLANMode, VLANID, VLANPriority, KeepAlivePeriod,
// TimeZoneLocation, Primary_NTP, MwiVmNumber, SRTP, Outbound_proxy, Outbound_proxy_port and
// the LDAP* settings.
const QStringList& names();
bool isBuiltin(const QString& name);

// The value of one built-in; false when name is not one, or when it cannot be derived (no MAC,
// no user for the line credentials, no firmware file for the model). user may be null.
bool value(const QString& name, const Device& device, const User* user, const ServerContext& server, QString* out);
// The same by position in names(), for callers that look the name up once.
int indexOf(const QString& name);
bool valueAt(int index, const Device& device, const User* user, const ServerContext& server, QString* out);
// Whether the built-in at that position varies with the device (or its user); the others
// depend on the server alone, so one value serves a whole batch.
bool dependsOnDevice(int index);
// All that can be derived, for a PlaceholderScope's Builtin level.
QHash<QString, QString> values(const Device& device, const User* user, const ServerContext& server);
} // namespace BuiltinPlaceholders
