#include "simphone.h"

#include "cfgdocument.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

bool SimPhone::alreadyDone(const QString& id)
{
    if (id.isEmpty()) {
        return false;
    }
    if (seenIds.contains(id)) {
        return true;
    }
    seenIds.append(id);
    while (seenIds.size() > 16) {
        seenIds.removeFirst();
    }
    return false;
}

void SimPhone::remember(const QString& what)
{
    recent.append(what);
    while (recent.size() > 5) {
        recent.removeFirst();
    }
}

QStringList SimPhone::applyConfig(const QByteArray& cfg)
{
    const CfgDocument doc = CfgDocument::parse(cfg);
    const auto take = [&](const char* key, QString* out) {
        const QString v = doc.effectiveValue(QLatin1String(key));
        if (!v.isNull() && !v.trimmed().isEmpty()) {
            *out = v.trimmed();
        }
    };
    take("ems_server/user_name", &emsUser);
    take("ems_server/user_password", &emsSecret);
    take("voip/line/0/auth_name", &lineUser);
    QString text;
    take("ems_server/keep_alive_period", &text);
    if (text.toInt() > 0) {
        keepAliveSeconds = text.toInt();
    }
    text.clear();
    take("provisioning/random_provisioning_time", &text);
    if (!text.isEmpty()) {
        randomProvisioningSeconds = qMax(0, text.toInt());
    }
    text.clear();
    take("provisioning/configuration/url", &text);
    if (!text.isEmpty()) {
        const QString path = QUrl(text).path();
        configPath = path.endsWith(u'/') ? path : path + u'/';
    }
    hasConfig = true;
    QStringList includes;
    for (int i = 0; i < doc.lineCount(); ++i) {
        const QString target = doc.includeTarget(i);
        if (!target.isEmpty()) {
            includes.append(target);
        }
    }
    return includes;
}

QByteArray SimPhone::userAgent() const
{
    return "AUDC-IPPhone/" + firmwareVersion.toLatin1() + " (" + model.toLatin1() + "; " + mac.toString().toLatin1()
        + ")";
}

QString SimPhone::emsDigest() const
{
    // As the firmware does (its algorithm is not public): 32 hex digits, stable while the
    // credentials are, different for other credentials (a factory-reset phone has none).
    const QString basis = emsSecret.isEmpty() ? QStringLiteral("factory:") + mac.toString()
                                              : emsUser + u':' + emsSecret + u':' + mac.toString();
    return QString::fromLatin1(QCryptographicHash::hash(basis.toUtf8(), QCryptographicHash::Md5).toHex());
}

QByteArray SimPhone::statusReport() const
{
    QJsonObject o {{QStringLiteral("sessionId"), QStringLiteral("sim%1").arg(index)},
                   {QStringLiteral("emsUserName"), emsUser},
                   {QStringLiteral("emsUserPassword"), emsDigest()},
                   {QStringLiteral("mac"), mac.toString()},
                   {QStringLiteral("ip"), address.toString()},
                   {QStringLiteral("subnet"), QStringLiteral("255.0.0.0")},
                   {QStringLiteral("region"), region},
                   {QStringLiteral("model"), model},
                   {QStringLiteral("fwVersion"), firmwareVersion},
                   {QStringLiteral("userAgent"), QString::fromLatin1(userAgent())},
                   {QStringLiteral("userName"), lineUser},
                   {QStringLiteral("userId"), lineUser},
                   {QStringLiteral("status"), sipStatusToString(sip == SipStatus::Unknown ? SipStatus::Started : sip)},
                   {QStringLiteral("phoneNumber"), lineUser},
                   {QStringLiteral("location"), QStringLiteral("simulated")},
                   {QStringLiteral("sipProxy"), QStringLiteral("127.0.0.1")}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject SimPhone::toJson(qint64 nowMs) const
{
    static const char* const states[] = {"off", "booting", "running", "rebooting"};
    return {{QStringLiteral("mac"), mac.toString()},
            {QStringLiteral("address"), address.toString()},
            {QStringLiteral("model"), model},
            {QStringLiteral("region"), region},
            {QStringLiteral("firmwareVersion"), firmwareVersion},
            {QStringLiteral("state"), QLatin1String(states[static_cast<int>(state)])},
            {QStringLiteral("sip"), sipStatusToString(sip)},
            {QStringLiteral("failing"), failing},
            {QStringLiteral("inCall"), inCall},
            {QStringLiteral("boots"), boots},
            {QStringLiteral("reboots"), reboots},
            {QStringLiteral("commandsDone"), commandsDone},
            {QStringLiteral("duplicateCommands"), duplicateCommands},
            {QStringLiteral("configFetches"), configFetches},
            {QStringLiteral("firmwareUpdates"), firmwareUpdates},
            {QStringLiteral("beeps"), beeps},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("lcdText"), nowMs < lcdUntilMs ? lcdText : QString()},
            {QStringLiteral("lastMessage"), lcdText},
            {QStringLiteral("recentCommands"), QJsonArray::fromStringList(recent)}};
}

QByteArray SimPhone::page(qint64 nowMs) const
{
    const QJsonObject s = toJson(nowMs);
    QString rows;
    for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
        QString value = it.value().isArray()
            ? QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact))
            : it.value().toVariant().toString();
        rows +=
            QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(it.key().toHtmlEscaped(), value.toHtmlEscaped());
    }
    return QStringLiteral(
               "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1 %2 (simulated)</title></head>"
               "<body><h1>AudioCodes %1 %2</h1><p>A phone simulated by phonefleet-sim.</p><table>\n%3</table>"
               "</body></html>\n")
        .arg(model.toHtmlEscaped(), mac.toColonString(), rows)
        .toUtf8();
}
