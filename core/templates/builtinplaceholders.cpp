#include "builtinplaceholders.h"

#include "entityfields.h"

namespace {
enum class Builtin {
    Mac,
    Destination,
    HttpOrS,
    ServerIp,
    HttpProxyIp,
    HttpProxyPort,
    FirmwareFile,
    Line1Id,
    Line1AuthName,
    Line1AuthPassword,
    DisplayName,
    IpPhoneUsername,
    IpPhonePassword,
    Default, // a setting with a fixed default value
};

struct Entry
{
    const char* name;
    Builtin kind;
    const char* defaultValue;
};

// Settings are normally system placeholders; these are the values used until one is set.
constexpr Entry entries[] = {
    {"mac", Builtin::Mac, ""},
    {"destination", Builtin::Destination, ""},
    {"HTTP_OR_S", Builtin::HttpOrS, ""},
    {"ServerIP", Builtin::ServerIp, ""},
    {"HTTP_PROXY_IP", Builtin::HttpProxyIp, ""},
    {"HTTP_PROXY_PORT", Builtin::HttpProxyPort, ""},
    {"FirmwareFile", Builtin::FirmwareFile, ""},
    {"Line1Id", Builtin::Line1Id, ""},
    {"Line1AuthName", Builtin::Line1AuthName, ""},
    {"Line1AuthPassword", Builtin::Line1AuthPassword, ""},
    {"DisplayName", Builtin::DisplayName, ""},
    {"IPPhoneUsername", Builtin::IpPhoneUsername, ""},
    {"IPPhonePassword", Builtin::IpPhonePassword, ""},
    {"KeepAlivePeriod", Builtin::Default, "60"},
    {"TimeZoneLocation", Builtin::Default, ""},
    {"Primary_NTP", Builtin::Default, ""},
    {"MwiVmNumber", Builtin::Default, ""},
    {"SRTP", Builtin::Default, ""},
    {"Outbound_proxy", Builtin::Default, ""},
    {"Outbound_proxy_port", Builtin::Default, ""},
    {"LDAPServerAddress", Builtin::Default, ""},
    {"LDAPPort", Builtin::Default, ""},
    {"LDAPUserName", Builtin::Default, ""},
    {"LDAPPassword", Builtin::Default, ""},
    {"LDAPBaseDN", Builtin::Default, ""},
    {"LDAPNameAttribute", Builtin::Default, ""},
    {"LDAPNumberAttribute", Builtin::Default, ""},
    {"LDAPNameFilter", Builtin::Default, ""},
    {"LDAPNumberFilter", Builtin::Default, ""},
    {"LDAPDisplayName", Builtin::Default, ""},
    {"LDAPMaxHits", Builtin::Default, ""},
    {"LDAPSortResults", Builtin::Default, ""},
    {"LDAPSearchTimeout", Builtin::Default, ""},
    {"LDAPMinLength", Builtin::Default, ""},
    {"LDAPEnabled", Builtin::Default, "0"},
};

constexpr int entryCount = int(sizeof(entries) / sizeof(entries[0]));

// The device's fields that are built-ins of their own (Language, VLANMode, VLANID,
// VLANPriority: entityfields.cpp), after the entries above in names().
const std::vector<const Field<Device>*>& deviceFields()
{
    static const std::vector<const Field<Device>*> fields =
        fieldsOf<Device>().select([](const FieldSpec& f) { return f.placeholder != nullptr; });
    return fields;
}

int count()
{
    return entryCount + static_cast<int>(deviceFields().size());
}

QString nameAt(int position)
{
    return position < entryCount
        ? QLatin1String(entries[position].name)
        : QLatin1String(deviceFields()[static_cast<size_t>(position - entryCount)]->placeholder);
}

const QHash<QString, int>& index()
{
    static const QHash<QString, int> map = [] {
        QHash<QString, int> m;
        for (int i = 0; i < count(); ++i) {
            m.insert(nameAt(i), i);
        }
        return m;
    }();
    return map;
}
} // namespace

namespace BuiltinPlaceholders {
const QStringList& names()
{
    static const QStringList list = [] {
        QStringList l;
        for (int i = 0; i < count(); ++i) {
            l.append(nameAt(i));
        }
        return l;
    }();
    return list;
}

bool isBuiltin(const QString& name)
{
    return index().contains(name);
}

int indexOf(const QString& name)
{
    return index().value(name, -1);
}

bool dependsOnDevice(int position)
{
    if (position >= entryCount && position < count()) {
        return true; // a device field
    }
    if (position < 0 || position >= entryCount) {
        return false;
    }
    switch (entries[position].kind) {
    case Builtin::Destination:
    case Builtin::HttpOrS:
    case Builtin::ServerIp:
    case Builtin::HttpProxyIp:
    case Builtin::HttpProxyPort:
    case Builtin::Default:
        return false;
    default:
        return true;
    }
}

bool value(const QString& name, const Device& device, const User* user, const ServerContext& server, QString* out)
{
    return valueAt(indexOf(name), device, user, server, out);
}

bool valueAt(int position, const Device& device, const User* user, const ServerContext& server, QString* out)
{
    if (position >= entryCount && position < count()) {
        const Field<Device>& f = *deviceFields()[static_cast<size_t>(position - entryCount)];
        *out = f.toText(f.get(device));
        if (out->isNull()) {
            *out = QLatin1String(""); // found, and empty: not "no such value"
        }
        return true;
    }
    if (position < 0 || position >= entryCount) {
        return false;
    }
    const Entry& e = entries[position];
    switch (e.kind) {
    case Builtin::Mac:
        if (device.mac.isNull()) {
            return false;
        }
        *out = device.mac.toString();
        break;
    case Builtin::Destination:
        *out = server.destination;
        break;
    case Builtin::HttpOrS:
        *out = server.https ? QStringLiteral("https") : QStringLiteral("http");
        break;
    case Builtin::ServerIp:
        *out = server.serverAddress;
        break;
    case Builtin::HttpProxyIp:
        *out = server.httpProxyIp;
        break;
    case Builtin::HttpProxyPort:
        *out = server.httpProxyPort;
        break;
    case Builtin::FirmwareFile:
        if (!server.firmwareFiles.contains(device.model)) {
            return false; // no firmware for this model: flagged, not silently emptied
        }
        *out = server.firmwareFiles.value(device.model);
        break;
    case Builtin::Line1Id:
    case Builtin::Line1AuthName:
    case Builtin::IpPhoneUsername:
        if (!user) {
            return false; // a phone without a user has no line credentials to derive
        }
        *out = user->name;
        break;
    case Builtin::Line1AuthPassword:
    case Builtin::IpPhonePassword:
        if (!user || user->password.isEmpty()) {
            // No usable SIP password (none set, or a vendor import's obfuscated one): the
            // lines that would carry it are left out of the file (CompiledTemplate::Unresolved).
            return false;
        }
        *out = user->password;
        break;
    case Builtin::DisplayName:
        *out = user && !user->displayName.isEmpty() ? user->displayName : device.displayName;
        break;
    case Builtin::Default:
        *out = QLatin1String(e.defaultValue);
        break;
    }
    if (out->isNull()) {
        *out = QLatin1String("");
    }
    return true;
}

QHash<QString, QString> values(const Device& device, const User* user, const ServerContext& server)
{
    QHash<QString, QString> out;
    for (const QString& name : names()) {
        QString v;
        if (value(name, device, user, server, &v)) {
            out.insert(name, v);
        }
    }
    return out;
}
} // namespace BuiltinPlaceholders
