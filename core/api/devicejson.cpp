// The admin API's JSON form of a device, both ways: written field by field (JsonWriter) for
// lists of thousands, read field by field (JsonCursor's scalars) or from a QJsonObject, each
// through one list of fields so that no way of reading or writing can drift from the others.
#include "apijson.h"

#include <QJsonDocument>

namespace ApiJson {
void writeMembers(JsonWriter& w, const Device& d)
{
    const auto idOrNull = [](qint64 id) { return id > 0 ? QJsonValue(static_cast<double>(id)) : QJsonValue(); };
    w.member("id", d.id);
    w.member("revision", d.revision);
    w.member("mac", d.mac.toString());
    w.member("model", d.model);
    w.member("teams", d.teams);
    w.member("displayName", d.displayName);
    w.member("userId", idOrNull(d.userId));
    w.member("regionId", idOrNull(d.regionId));
    w.member("serialNumber", d.serialNumber);
    w.member("language", d.language);
    w.member("vlanMode", d.vlanMode);
    w.member("vlanId", d.vlanId);
    w.member("vlanPriority", d.vlanPriority);
    w.member("approval", approvalStateToString(d.approval));
    w.member("ipAddress", d.ipAddress);
    w.member("subnet", d.subnet);
    w.member("firmwareVersion", d.firmwareVersion);
    w.member("userAgent", d.userAgent);
    w.member("status", sipStatusToString(d.sipStatus));
    w.member("phoneNumber", d.phoneNumber);
    w.member("location", d.location);
    w.member("reportedUser", d.reportedUser);
    w.member("lastReport", time(d.lastReport));
    w.member("lastStatusChange", time(d.lastStatusChange));
}

QJsonObject toJson(const Device& d)
{
    // One list of fields, writeMembers(): parsed back for the callers that want an object.
    JsonWriter w;
    w.beginObject();
    writeMembers(w, d);
    w.endObject();
    return QJsonDocument::fromJson(w.take()).object();
}

namespace {
JsonScalar scalarOf(const QJsonValue& v)
{
    JsonScalar s;
    switch (v.type()) {
    case QJsonValue::Bool:
        s.kind = JsonScalar::Kind::Bool;
        s.boolean = v.toBool();
        break;
    case QJsonValue::Double:
        s.kind = JsonScalar::Kind::Number;
        s.number = v.toDouble();
        break;
    case QJsonValue::String:
        s.kind = JsonScalar::Kind::String;
        s.text = v.toString();
        break;
    default:
        break;
    }
    return s;
}

// Key: QLatin1String (JsonCursor's keys) or QString (QJsonObject's).
template <class Key>
bool deviceField(const Key& key, const JsonScalar& v, Device* d)
{
    const auto is = [&key](const char* name) { return key == QLatin1String(name); };
    if (is("mac")) {
        d->mac = MacAddress::fromString(v.toString());
    } else if (is("id")) {
        d->id = v.toInteger();
    } else if (is("revision")) {
        d->revision = v.toInteger();
    } else if (is("model")) {
        d->model = v.toString();
    } else if (is("teams")) {
        d->teams = v.toBool();
    } else if (is("displayName")) {
        d->displayName = v.toString();
    } else if (is("userId")) {
        d->userId = v.toInteger();
    } else if (is("regionId")) {
        d->regionId = v.toInteger();
    } else if (is("serialNumber")) {
        d->serialNumber = v.toString();
    } else if (is("language")) {
        d->language = v.toString();
    } else if (is("vlanMode")) {
        d->vlanMode = v.toString();
    } else if (is("vlanId")) {
        d->vlanId = static_cast<int>(v.toInteger());
    } else if (is("vlanPriority")) {
        d->vlanPriority = static_cast<int>(v.toInteger());
    } else if (is("approval")) {
        approvalStateFromString(v.toString(), &d->approval);
    } else if (is("ipAddress")) {
        d->ipAddress = v.toString();
    } else if (is("subnet")) {
        d->subnet = v.toString();
    } else if (is("firmwareVersion")) {
        d->firmwareVersion = v.toString();
    } else if (is("userAgent")) {
        d->userAgent = v.toString();
    } else if (is("status")) {
        d->sipStatus = sipStatusFromString(v.toString());
    } else if (is("phoneNumber")) {
        d->phoneNumber = v.toString();
    } else if (is("location")) {
        d->location = v.toString();
    } else if (is("reportedUser")) {
        d->reportedUser = v.toString();
    } else if (is("lastReport")) {
        d->lastReport = ApiJson::parseTime(v.toString());
    } else if (is("lastStatusChange")) {
        d->lastStatusChange = ApiJson::parseTime(v.toString());
    } else {
        return false;
    }
    return true;
}
} // namespace

bool readDeviceField(QLatin1String key, const JsonScalar& value, Device* device)
{
    return deviceField(key, value, device);
}

bool read(const QJsonObject& o, Device* d)
{
    // Field by field, in one pass: the console reads 100 000 of these.
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        deviceField(it.key(), scalarOf(it.value()), d);
    }
    return !d->mac.isNull();
}

} // namespace ApiJson
