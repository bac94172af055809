#include "apijson.h"

#include "fieldjson.h"
#include "jsonreader.h"
#include "phonemodels.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QJsonValue ref(qint64 id)
{
    return id > 0 ? QJsonValue(static_cast<double>(id)) : QJsonValue(QJsonValue::Null);
}

qint64 number(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}

QString string(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime timeField(const QJsonObject& o, const char* key)
{
    return ApiJson::parseTime(string(o, key));
}

QJsonObject fileJson(const TemplateFile& f, bool withData)
{
    QJsonObject o = FieldJson::toObject(f);
    o.insert(QStringLiteral("size"), static_cast<double>(f.data.toUtf8().size()));
    if (!withData) {
        o.remove(QStringLiteral("data"));
    }
    return o;
}

bool fileFromJson(const QJsonValue& value, const char* which, TemplateFile* f, QString* error)
{
    if (value.isUndefined()) {
        return true;
    }
    if (!value.isObject()) {
        *error = QStringLiteral("'%1' must be an object").arg(QLatin1String(which));
        return false;
    }
    QString why;
    if (!FieldJson::apply(value.toObject(), f, &why, {QStringLiteral("size")})) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(which), why);
        return false;
    }
    return true;
}
} // namespace

namespace ApiJson {
QJsonValue time(const QDateTime& t)
{
    if (!t.isValid()) {
        return QJsonValue(QJsonValue::Null);
    }
    // "2026-12-01T10:41:52.123Z" written digit by digit, as QDateTime::toString(Qt::ISODateWithMs)
    // writes it: a page of 10 000 phones holds 20 000 times, and toString() formats each part
    // through QString::asprintf (the largest part of serving GET /devices).
    const QDateTime utc = t.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999) {
        return utc.toString(Qt::ISODateWithMs);
    }
    char text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10) {
            text[at + i] = static_cast<char>('0' + value % 10);
        }
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, clock.hour(), 2);
    text[13] = ':';
    put(14, clock.minute(), 2);
    text[16] = ':';
    put(17, clock.second(), 2);
    text[19] = '.';
    put(20, clock.msec(), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, sizeof text);
}

namespace {
// "2026-12-01T10:41:52.123Z", as time() writes it: read digit by digit (100 000 devices' times
// are read when the console opens Devices Status; QDateTime::fromString takes ten times longer).
// Anything else: an invalid QDateTime, and the general parser decides.
QDateTime parseUtcFast(const QString& text)
{
    const qsizetype n = text.size();
    if ((n != 24 && n != 20) || text.at(n - 1) != u'Z' || text.at(4) != u'-' || text.at(7) != u'-'
        || text.at(10) != u'T' || text.at(13) != u':' || text.at(16) != u':' || (n == 24 && text.at(19) != u'.')) {
        return {};
    }
    bool ok = true;
    const auto digits = [&](qsizetype at, qsizetype count) {
        int v = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = text.at(i).unicode();
            ok = ok && c >= u'0' && c <= u'9';
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), n == 24 ? digits(20, 3) : 0);
    if (!ok || !date.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime parseTime(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    if (QDateTime fast = parseUtcFast(text); fast.isValid()) {
        return fast;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(text, Qt::ISODate);
    }
    if (!t.isValid()) {
        return {};
    }
    if (t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC); // no zone given: the protocol's times are UTC
    }
    return t.toUTC();
}

QJsonObject toJson(const Region& r)
{
    return FieldJson::toObject(r);
}

QJsonObject toJson(const Site& s)
{
    return FieldJson::toObject(s);
}

QJsonObject toJson(const User& u)
{
    QJsonObject o = FieldJson::toObject(u);
    o.insert(QStringLiteral("hasPassword"), !u.password.isEmpty());
    return o;
}

QJsonObject toJson(const Device& d)
{
    return FieldJson::toObject(d);
}

void writeMembers(JsonWriter& w, const Device& d)
{
    FieldJson::writeMembers(w, d);
}

QJsonObject toJson(const PhoneTemplate& t, bool withData)
{
    QJsonObject o = FieldJson::toObject(t);
    o.insert(QStringLiteral("globalFile"), fileJson(t.globalFile, withData));
    o.insert(QStringLiteral("deviceFile"), fileJson(t.deviceFile, withData));
    return o;
}

QJsonObject toJson(const Placeholder& p)
{
    return FieldJson::toObject(p);
}

QJsonObject toJson(const OverwriteValue& o)
{
    return FieldJson::toObject(o);
}

QJsonObject toJson(const Alarm& a)
{
    QJsonObject o = FieldJson::toObject(a);
    o.insert(QStringLiteral("active"), a.isActive());
    return o;
}

QJsonObject toJson(const ConfigFile& f)
{
    QJsonObject o = FieldJson::toObject(f);
    o.insert(QStringLiteral("generated"), !f.fingerprint.isEmpty());
    return o;
}

QJsonObject toJson(const FirmwareFile& f)
{
    return FieldJson::toObject(f);
}

QJsonObject toJson(const Admin& a)
{
    QJsonArray levels;
    QList<qint64> regions = a.regionLevels.keys();
    std::sort(regions.begin(), regions.end());
    for (const qint64 region : regions) {
        levels.append(QJsonObject {{QStringLiteral("regionId"), static_cast<double>(region)},
                                   {QStringLiteral("level"), accessLevelToString(a.regionLevels.value(region))}});
    }
    QJsonObject o = FieldJson::toObject(a);
    o.insert(QStringLiteral("regionLevels"), levels);
    return o;
}

QJsonObject toJson(const AuditEntry& e)
{
    return FieldJson::toObject(e);
}

QJsonObject toJson(const Job& j, const JobCounts& c)
{
    QJsonObject counts {{QStringLiteral("total"), c.total}};
    for (int i = 0; i <= static_cast<int>(TargetOutcome::Cancelled); ++i) {
        counts.insert(targetOutcomeToString(static_cast<TargetOutcome>(i)), c.byOutcome[i]);
    }
    QJsonObject options = QJsonDocument::fromJson(j.options.toUtf8()).object();
    options.remove(QStringLiteral("password")); // reset-passwords' shared password: a secret
    QJsonObject o = FieldJson::toObject(j);
    o.insert(QStringLiteral("options"), options);
    o.insert(QStringLiteral("pacing"), QJsonDocument::fromJson(j.pacing.toUtf8()).object());
    o.insert(QStringLiteral("counts"), counts);
    o.insert(QStringLiteral("progress"), c.total == 0 ? 100 : 100 * c.finished() / c.total);
    return o;
}

QJsonObject toJson(const JobTarget& t)
{
    return {{QStringLiteral("position"), t.position},
            {QStringLiteral("targetId"), static_cast<double>(t.targetId)},
            {QStringLiteral("label"), t.label},
            {QStringLiteral("regionId"), ref(t.regionId)},
            {QStringLiteral("outcome"), targetOutcomeToString(t.outcome)},
            {QStringLiteral("reason"), t.reason},
            {QStringLiteral("updatedAt"), time(t.updatedAt)}};
}

bool fromJson(const QJsonObject& o, User* u, QString* error)
{
    return FieldJson::apply(o, u, error,
                            {QStringLiteral("hasPassword"), QStringLiteral("regionName"), QStringLiteral("deviceCount"),
                             QStringLiteral("devices")});
}

bool fromJson(const QJsonObject& o, Region* region, QString* error)
{
    return FieldJson::apply(o, region, error);
}

bool fromJson(const QJsonObject& o, Site* site, QString* error)
{
    return FieldJson::apply(o, site, error);
}

bool fromJson(const QJsonObject& o, Device* d, QString* error)
{
    return FieldJson::apply(o, d, error, {QStringLiteral("userName"), QStringLiteral("regionName")});
}

bool fromJson(const QJsonObject& o, PhoneTemplate* t, QString* error)
{
    const QStringList files = {QStringLiteral("globalFile"), QStringLiteral("deviceFile")};
    return FieldJson::apply(o, t, error, {QStringLiteral("regionName")}, files)
        && fileFromJson(o.value(files.at(0)), "globalFile", &t->globalFile, error)
        && fileFromJson(o.value(files.at(1)), "deviceFile", &t->deviceFile, error);
}

bool fromJson(const QJsonObject& o, Placeholder* p, QString* error)
{
    return FieldJson::apply(o, p, error);
}

bool fromJson(const QJsonObject& o, OverwriteValue* v, QString* error)
{
    return FieldJson::apply(o, v, error);
}

bool fromJson(const QJsonObject& o, FirmwareFile* f, QString* error)
{
    return FieldJson::apply(o, f, error);
}

bool fromJson(const QJsonObject& o, Admin* a, QString* password, QString* error)
{
    const QString passwordKey = QStringLiteral("password");
    const QString levelsKey = QStringLiteral("regionLevels");
    if (!FieldJson::apply(o, a, error, {QStringLiteral("locked"), QStringLiteral("failedLogins")},
                          {passwordKey, levelsKey})) {
        return false;
    }
    JsonReader r(QJsonObject {{passwordKey, o.value(passwordKey)}});
    if (o.contains(passwordKey)) {
        r.text("password", password);
    }
    const QJsonValue levels = o.value(levelsKey);
    if (!levels.isUndefined()) {
        if (!levels.isArray()) {
            r.fail(QStringLiteral("'regionLevels' must be a list of {\"regionId\", \"level\"}"));
        } else {
            QHash<qint64, AccessLevel> parsed;
            for (const QJsonValue& item : levels.toArray()) {
                const QJsonObject entry = item.toObject();
                const double region = entry.value(QStringLiteral("regionId")).toDouble();
                AccessLevel level = AccessLevel::NotVisible;
                if (!item.isObject() || region < 1 || region > static_cast<double>(Fields::maxId)
                    || !accessLevelFromString(entry.value(QStringLiteral("level")).toString(), &level)) {
                    r.fail(QStringLiteral("'regionLevels': each entry needs a regionId and a level (operator, "
                                          "monitoring or not-visible)"));
                    break;
                }
                parsed.insert(static_cast<qint64>(region), level);
            }
            a->regionLevels = parsed;
        }
    }
    return r.finish(error);
}

bool readDeviceField(QLatin1String key, const JsonScalar& value, Device* device)
{
    return FieldJson::readMember(key, value, device);
}

bool read(const QJsonObject& o, Device* d)
{
    FieldJson::read(o, d);
    return !d->mac.isNull();
}

bool read(const QJsonObject& o, User* u)
{
    FieldJson::read(o, u);
    return u->id > 0 && !u->name.isEmpty();
}

bool read(const QJsonObject& o, Region* r)
{
    FieldJson::read(o, r);
    return r->id > 0 && !r->name.isEmpty();
}

bool read(const QJsonObject& o, Alarm* a)
{
    FieldJson::read(o, a);
    return a->id > 0 && !a->name.isEmpty();
}

bool read(const QJsonObject& o, AuditEntry* e)
{
    FieldJson::read(o, e);
    return e->id > 0 && !e->action.isEmpty();
}

bool read(const QJsonObject& o, Admin* a)
{
    FieldJson::read(o, a);
    AdminRole role = AdminRole::Regional;
    if (!adminRoleFromString(o.value(QStringLiteral("role")).toString(), &role)) {
        return false;
    }
    a->regionLevels.clear();
    for (const QJsonValue& item : o.value(QStringLiteral("regionLevels")).toArray()) {
        const QJsonObject entry = item.toObject();
        AccessLevel level = AccessLevel::NotVisible;
        if (accessLevelFromString(entry.value(QStringLiteral("level")).toString(), &level)) {
            a->regionLevels.insert(entry.value(QStringLiteral("regionId")).toInteger(), level);
        }
    }
    return !a->name.isEmpty();
}

bool read(const QJsonObject& o, FirmwareFile* f)
{
    FieldJson::read(o, f);
    return f->id > 0 && !f->fileName.isEmpty();
}

bool read(const QJsonObject& o, Job* j, JobCounts* c)
{
    FieldJson::read(o, j);
    j->options =
        QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("options")).toObject()).toJson(QJsonDocument::Compact));
    j->pacing =
        QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("pacing")).toObject()).toJson(QJsonDocument::Compact));
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    *c = JobCounts();
    c->total = static_cast<int>(counts.value(QStringLiteral("total")).toInteger());
    for (int i = 0; i <= static_cast<int>(TargetOutcome::Cancelled); ++i) {
        c->byOutcome[i] = counts.value(targetOutcomeToString(static_cast<TargetOutcome>(i))).toInt();
    }
    JobState state = JobState::Queued;
    return j->id > 0 && jobStateFromString(o.value(QStringLiteral("state")).toString(), &state);
}

bool read(const QJsonObject& o, JobTarget* t)
{
    t->position = static_cast<int>(number(o, "position"));
    t->targetId = number(o, "targetId");
    t->label = string(o, "label");
    t->regionId = number(o, "regionId");
    t->reason = string(o, "reason");
    t->updatedAt = timeField(o, "updatedAt");
    return t->targetId > 0 && targetOutcomeFromString(string(o, "outcome"), &t->outcome);
}
} // namespace ApiJson
