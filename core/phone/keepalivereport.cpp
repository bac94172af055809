#include "keepalivereport.h"

#include "phonemodels.h"
#include "useragent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {
constexpr qsizetype maxFieldLength = 256;

// A field as text: phones send numbers as strings, but a number is accepted too.
bool field(const QJsonObject& o, const char* name, QString* out, QString* error)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (v.isString()) {
        *out = v.toString().trimmed();
    } else if (v.isDouble()) {
        *out = QString::number(v.toDouble(), 'g', 15);
    } else if (v.isBool()) {
        *out = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else {
        *error = QStringLiteral("\"%1\" must be a string").arg(QLatin1String(name));
        return false;
    }
    if (out->size() > maxFieldLength) {
        *error = QStringLiteral("\"%1\" is longer than %2 characters").arg(QLatin1String(name)).arg(maxFieldLength);
        return false;
    }
    for (const QChar c : std::as_const(*out)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            *error = QStringLiteral("\"%1\" holds a control character").arg(QLatin1String(name));
            return false;
        }
    }
    return true;
}
} // namespace

bool KeepAliveReport::parse(const QByteArray& body, const QString& httpUserAgent, KeepAliveReport* report,
                            QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the body is not JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the body must be a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    KeepAliveReport r;
    QString mac, status, model, vlan;
    struct Text
    {
        const char* name;
        QString* target;
    };
    const Text texts[] = {
        {"mac", &mac},
        {"ip", &r.ipAddress},
        {"subnet", &r.subnet},
        {"region", &r.region},
        {"model", &model},
        {"fwVersion", &r.firmwareVersion},
        {"userAgent", &r.userAgent},
        {"userName", &r.userName},
        {"phoneNumber", &r.phoneNumber},
        {"location", &r.location},
        {"sipProxy", &r.sipProxy},
        {"status", &status},
        {"vLanId", &vlan},
        {"emsUserName", &r.emsUserName},
        {"emsUserPassword", &r.emsUserPassword},
        {"sessionId", &r.sessionId},
    };
    for (const Text& t : texts) {
        if (!field(o, t.name, t.target, error)) {
            return false;
        }
    }
    r.mac = MacAddress::fromString(mac);
    if (r.mac.isNull()) {
        *error = mac.isEmpty() ? QStringLiteral("\"mac\" is missing")
                               : QStringLiteral("\"mac\": '%1' is not a MAC address").arg(mac);
        return false;
    }
    if (!status.isEmpty()) {
        r.status = sipStatusFromString(status);
        if (r.status == SipStatus::Unknown || r.status == SipStatus::Disconnected) {
            *error =
                QStringLiteral("\"status\": '%1' is not one of started, registered, unregistered, offline").arg(status);
            return false;
        }
    }
    if (!vlan.isEmpty()) {
        bool ok = false;
        r.vlanId = vlan.toInt(&ok);
        if (!ok || r.vlanId < 0 || r.vlanId > 4094) {
            *error = QStringLiteral("\"vLanId\": '%1' is not a VLAN ID (0..4094)").arg(vlan);
            return false;
        }
    }
    if (r.userAgent.isEmpty()) {
        r.userAgent = httpUserAgent.trimmed().left(maxFieldLength);
    }
    // Whatever names a MAC must name this one. (Each agent text is parsed once: this runs for
    // every report.)
    const UserAgent bodyAgent = UserAgent::parse(r.userAgent);
    const QString header = httpUserAgent.trimmed();
    const UserAgent headerAgent = header == r.userAgent ? bodyAgent : UserAgent::parse(header);
    for (const UserAgent* agent : {&bodyAgent, &headerAgent}) {
        if (!agent->mac.isNull() && agent->mac != r.mac) {
            *error = QStringLiteral("the User-Agent names MAC %1 but the report is for %2")
                         .arg(agent->mac.toString(), r.mac.toString());
            return false;
        }
    }
    const PhoneModels::ModelName name = PhoneModels::parse(model);
    r.model = name.model;
    r.teams = name.teams;
    if (r.model.isEmpty()) {
        r.model = bodyAgent.model;
        r.teams = bodyAgent.teams;
    }
    if (r.firmwareVersion.isEmpty()) {
        r.firmwareVersion = bodyAgent.firmwareVersion;
    }
    *report = r;
    return true;
}
