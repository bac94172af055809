#include "alertreport.h"

#include "macaddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {
constexpr qsizetype maxAlerts = 100;
constexpr qsizetype maxText = 1024;

QString text(const QJsonObject& o, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    QString s = v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
    // Line breaks and every other control character (a NUL would make the row unsavable later)
    // become spaces: what a phone said is kept, readable.
    for (QChar& c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = u' ';
        }
    }
    return s.trimmed().left(maxText);
}
} // namespace

bool AlertReport::parse(const QByteArray& body, AlertReport* report, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? QStringLiteral("the body is not JSON: %1 at offset %2")
                                                                    .arg(parseError.errorString())
                                                                    .arg(parseError.offset)
                                                              : QStringLiteral("the body must be a JSON object");
        return false;
    }
    const QJsonValue list = doc.object().value(QLatin1String("alerts"));
    if (!list.isArray()) {
        *error = QStringLiteral("\"alerts\" must be an array");
        return false;
    }
    const QJsonArray alerts = list.toArray();
    if (alerts.size() > maxAlerts) {
        *error = QStringLiteral("at most %1 alerts per report").arg(maxAlerts);
        return false;
    }
    AlertReport r;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        if (!alerts.at(i).isObject()) {
            *error = QStringLiteral("alert %1 is not an object").arg(i + 1);
            return false;
        }
        const QJsonObject o = alerts.at(i).toObject();
        Alarm a;
        a.uniqueId = text(o, "uniqueId");
        a.name = text(o, "name");
        a.description = text(o, "description");
        a.type = text(o, "type");
        a.probableCause = text(o, "probableCause");
        a.additionalInfo1 = text(o, "additionalInfo1");
        a.additionalInfo2 = text(o, "additionalInfo2");
        if (a.name.isEmpty()) {
            *error = QStringLiteral("alert %1 has no \"name\"").arg(i + 1);
            return false;
        }
        const QString severity = text(o, "severity");
        if (!alarmSeverityFromString(severity, &a.severity)) {
            *error = QStringLiteral("alert %1: \"severity\" '%2' is not 0..5").arg(i + 1).arg(severity);
            return false;
        }
        const QString source = text(o, "source");
        const QString macText = source.section(u'/', -1);
        const MacAddress mac = MacAddress::fromString(macText);
        if (mac.isNull()) {
            *error = QStringLiteral("alert %1: \"source\" '%2' does not name a phone (IPPhone/<mac>)")
                         .arg(i + 1)
                         .arg(source);
            return false;
        }
        a.sourceMac = mac.toString();
        QDateTime date = QDateTime::fromString(text(o, "date"), Qt::ISODate);
        if (date.isValid()) {
            date.setTimeSpec(Qt::UTC);
        }
        a.raisedAt = date.isValid() ? date : now;
        r.alerts.append(a);
    }
    *report = r;
    return true;
}
