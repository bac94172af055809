#include "apijson.h"

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

void keys(const QJsonObject& o, qint64* id, qint64* revision)
{
    *id = number(o, "id");
    *revision = number(o, "revision");
}

QJsonObject fileJson(const TemplateFile& f, bool withData)
{
    QJsonObject o {{QStringLiteral("name"), f.name},
                   {QStringLiteral("destinationDir"), f.destinationDir},
                   {QStringLiteral("encryptMode"), f.encryptMode},
                   {QStringLiteral("size"), static_cast<double>(f.data.toUtf8().size())}};
    if (withData) {
        o.insert(QStringLiteral("data"), f.data);
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
    JsonReader r(value.toObject(), {QStringLiteral("size")});
    r.text("name", &f->name);
    r.text("destinationDir", &f->destinationDir);
    r.integer("encryptMode", &f->encryptMode, 0, 1);
    r.text("data", &f->data, true);
    QString why;
    if (!r.finish(&why)) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(which), why);
        return false;
    }
    return true;
}

const qint64 maxId = 9007199254740991LL; // 2^53 - 1: what a JSON number holds exactly
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
    return {{QStringLiteral("id"), static_cast<double>(r.id)},
            {QStringLiteral("revision"), static_cast<double>(r.revision)},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("provisioningSubnets"), r.provisioningSubnets}};
}

QJsonObject toJson(const User& u)
{
    return {{QStringLiteral("id"), static_cast<double>(u.id)},
            {QStringLiteral("revision"), static_cast<double>(u.revision)},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("displayName"), u.displayName},
            {QStringLiteral("regionId"), ref(u.regionId)},
            {QStringLiteral("hasPassword"), !u.password.isEmpty()}};
}

QJsonObject toJson(const PhoneTemplate& t, bool withData)
{
    return {{QStringLiteral("id"), static_cast<double>(t.id)},
            {QStringLiteral("revision"), static_cast<double>(t.revision)},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("model"), t.model},
            {QStringLiteral("regionId"), ref(t.regionId)},
            {QStringLiteral("isDefault"), t.isDefault},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("globalFile"), fileJson(t.globalFile, withData)},
            {QStringLiteral("deviceFile"), fileJson(t.deviceFile, withData)}};
}

QJsonObject toJson(const Placeholder& p)
{
    return {{QStringLiteral("id"), static_cast<double>(p.id)},
            {QStringLiteral("revision"), static_cast<double>(p.revision)},
            {QStringLiteral("level"), placeholderLevelToString(p.level)},
            {QStringLiteral("ownerId"), ref(p.ownerId)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("value"), p.value},
            {QStringLiteral("description"), p.description}};
}

QJsonObject toJson(const OverwriteValue& o)
{
    return {{QStringLiteral("id"), static_cast<double>(o.id)},
            {QStringLiteral("revision"), static_cast<double>(o.revision)},
            {QStringLiteral("level"), placeholderLevelToString(o.level)},
            {QStringLiteral("ownerId"), ref(o.ownerId)},
            {QStringLiteral("key"), o.key},
            {QStringLiteral("value"), o.value}};
}

QJsonObject toJson(const Alarm& a)
{
    return {{QStringLiteral("id"), static_cast<double>(a.id)},
            {QStringLiteral("revision"), static_cast<double>(a.revision)},
            {QStringLiteral("uniqueId"), a.uniqueId},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("severity"), alarmSeverityToString(a.severity)},
            {QStringLiteral("sourceMac"), a.sourceMac},
            {QStringLiteral("deviceId"), ref(a.deviceId)},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("probableCause"), a.probableCause},
            {QStringLiteral("additionalInfo1"), a.additionalInfo1},
            {QStringLiteral("additionalInfo2"), a.additionalInfo2},
            {QStringLiteral("raisedAt"), time(a.raisedAt)},
            {QStringLiteral("clearedAt"), time(a.clearedAt)},
            {QStringLiteral("active"), a.isActive()}};
}

QJsonObject toJson(const ConfigFile& f)
{
    return {{QStringLiteral("id"), static_cast<double>(f.id)},
            {QStringLiteral("revision"), static_cast<double>(f.revision)},
            {QStringLiteral("fileName"), f.fileName},
            {QStringLiteral("size"), static_cast<double>(f.size)},
            {QStringLiteral("sha256"), f.sha256},
            {QStringLiteral("updatedAt"), time(f.updatedAt)},
            {QStringLiteral("generated"), !f.fingerprint.isEmpty()}};
}

QJsonObject toJson(const FirmwareFile& f)
{
    return {{QStringLiteral("id"), static_cast<double>(f.id)},
            {QStringLiteral("revision"), static_cast<double>(f.revision)},
            {QStringLiteral("fileName"), f.fileName},
            {QStringLiteral("model"), f.model},
            {QStringLiteral("version"), f.version},
            {QStringLiteral("size"), static_cast<double>(f.size)},
            {QStringLiteral("sha256"), f.sha256},
            {QStringLiteral("uploadedAt"), time(f.uploadedAt)}};
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
    return {{QStringLiteral("id"), static_cast<double>(a.id)},
            {QStringLiteral("revision"), static_cast<double>(a.revision)},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("role"), adminRoleToString(a.role)},
            {QStringLiteral("regionLevels"), levels}};
}

QJsonObject toJson(const AuditEntry& e)
{
    return {{QStringLiteral("id"), static_cast<double>(e.id)},
            {QStringLiteral("time"), time(e.time)},
            {QStringLiteral("level"), logLevelToString(e.level)},
            {QStringLiteral("kind"), logKindToString(e.kind)},
            {QStringLiteral("admin"), e.adminName},
            {QStringLiteral("source"), e.sourceAddress},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("target"), e.target},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("regionId"), ref(e.regionId)}};
}

QJsonObject toJson(const Job& j, const JobCounts& c)
{
    QJsonObject counts {{QStringLiteral("total"), c.total}};
    for (int i = 0; i <= static_cast<int>(TargetOutcome::Cancelled); ++i) {
        counts.insert(targetOutcomeToString(static_cast<TargetOutcome>(i)), c.byOutcome[i]);
    }
    QJsonObject options = QJsonDocument::fromJson(j.options.toUtf8()).object();
    options.remove(QStringLiteral("password")); // reset-passwords' shared password: a secret
    return {{QStringLiteral("id"), static_cast<double>(j.id)},
            {QStringLiteral("revision"), static_cast<double>(j.revision)},
            {QStringLiteral("action"), j.action},
            {QStringLiteral("options"), options},
            {QStringLiteral("pacing"), QJsonDocument::fromJson(j.pacing.toUtf8()).object()},
            {QStringLiteral("description"), j.description},
            {QStringLiteral("admin"), j.adminName},
            {QStringLiteral("source"), j.sourceAddress},
            {QStringLiteral("state"), jobStateToString(j.state)},
            {QStringLiteral("createdAt"), time(j.createdAt)},
            {QStringLiteral("startedAt"), time(j.startedAt)},
            {QStringLiteral("finishedAt"), time(j.finishedAt)},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("progress"), c.total == 0 ? 100 : 100 * c.finished() / c.total}};
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
    JsonReader r(o,
                 {QStringLiteral("id"), QStringLiteral("revision"), QStringLiteral("hasPassword"),
                  QStringLiteral("regionName"), QStringLiteral("deviceCount"), QStringLiteral("devices")});
    r.text("name", &u->name);
    r.text("displayName", &u->displayName);
    r.integer("regionId", &u->regionId, 0, maxId);
    r.text("password", &u->password);
    return r.finish(error);
}

bool fromJson(const QJsonObject& o, Region* region, QString* error)
{
    JsonReader r(o, {QStringLiteral("id"), QStringLiteral("revision")});
    r.text("name", &region->name);
    r.text("description", &region->description);
    r.text("provisioningSubnets", &region->provisioningSubnets);
    return r.finish(error);
}

bool fromJson(const QJsonObject& o, Device* d, QString* error)
{
    JsonReader r(o,
                 {QStringLiteral("id"), QStringLiteral("revision"), QStringLiteral("ipAddress"),
                  QStringLiteral("subnet"), QStringLiteral("firmwareVersion"), QStringLiteral("userAgent"),
                  QStringLiteral("status"), QStringLiteral("phoneNumber"), QStringLiteral("location"),
                  QStringLiteral("reportedUser"), QStringLiteral("lastReport"), QStringLiteral("lastStatusChange"),
                  QStringLiteral("userName"), QStringLiteral("regionName")});
    if (r.has("mac")) {
        QString mac;
        r.text("mac", &mac);
        d->mac = MacAddress::fromString(mac);
        if (d->mac.isNull() && r.ok()) {
            r.fail(QStringLiteral("'mac': '%1' is not a MAC address (12 hexadecimal digits)").arg(mac));
        }
    }
    if (r.has("model")) {
        QString model;
        r.text("model", &model);
        const PhoneModels::ModelName name = PhoneModels::parse(model);
        d->model = name.model;
        if (name.teams) {
            d->teams = true;
        }
    }
    r.boolean("teams", &d->teams);
    r.text("displayName", &d->displayName);
    r.integer("userId", &d->userId, 0, maxId);
    r.integer("regionId", &d->regionId, 0, maxId);
    r.text("serialNumber", &d->serialNumber);
    r.text("language", &d->language);
    r.text("vlanMode", &d->vlanMode);
    r.integer("vlanId", &d->vlanId, 0, 4094);
    r.integer("vlanPriority", &d->vlanPriority, 0, 7);
    if (r.has("approval")) {
        QString approval;
        r.text("approval", &approval);
        if (!approvalStateFromString(approval, &d->approval)) {
            r.fail(QStringLiteral("'approval' must be 'approved' or 'pending'"));
        }
    }
    return r.finish(error);
}

bool fromJson(const QJsonObject& o, PhoneTemplate* t, QString* error)
{
    JsonReader r(o, {QStringLiteral("id"), QStringLiteral("revision"), QStringLiteral("regionName")});
    r.text("name", &t->name);
    if (r.has("model")) {
        QString model;
        r.text("model", &model);
        t->model = PhoneModels::normalise(model);
    }
    r.integer("regionId", &t->regionId, 0, maxId);
    r.boolean("isDefault", &t->isDefault);
    r.text("description", &t->description, true);
    const QJsonValue global = r.value("globalFile");
    const QJsonValue device = r.value("deviceFile");
    if (!r.finish(error)) {
        return false;
    }
    return fileFromJson(global, "globalFile", &t->globalFile, error)
        && fileFromJson(device, "deviceFile", &t->deviceFile, error);
}

bool fromJson(const QJsonObject& o, Placeholder* p, QString* error)
{
    JsonReader r(o, {QStringLiteral("id"), QStringLiteral("revision")});
    if (r.has("level")) {
        QString level;
        r.text("level", &level);
        if (!placeholderLevelFromString(level, &p->level)) {
            r.fail(QStringLiteral("'level' must be system, template, region or device"));
        }
    }
    r.integer("ownerId", &p->ownerId, 0, maxId);
    r.text("name", &p->name);
    r.text("value", &p->value);
    r.text("description", &p->description);
    return r.finish(error);
}

bool fromJson(const QJsonObject& o, OverwriteValue* v, QString* error)
{
    JsonReader r(o, {QStringLiteral("id"), QStringLiteral("revision")});
    if (r.has("level")) {
        QString level;
        r.text("level", &level);
        if (!placeholderLevelFromString(level, &v->level)) {
            r.fail(QStringLiteral("'level' must be region or device"));
        }
    }
    r.integer("ownerId", &v->ownerId, 0, maxId);
    r.text("key", &v->key);
    r.text("value", &v->value);
    return r.finish(error);
}

bool fromJson(const QJsonObject& o, FirmwareFile* f, QString* error)
{
    JsonReader r(o,
                 {QStringLiteral("id"), QStringLiteral("revision"), QStringLiteral("fileName"), QStringLiteral("size"),
                  QStringLiteral("sha256"), QStringLiteral("uploadedAt")});
    if (r.has("model")) {
        QString model;
        r.text("model", &model);
        f->model = PhoneModels::normalise(model);
    }
    r.text("version", &f->version);
    return r.finish(error);
}

bool fromJson(const QJsonObject& o, Admin* a, QString* password, QString* error)
{
    JsonReader r(
        o,
        {QStringLiteral("id"), QStringLiteral("revision"), QStringLiteral("locked"), QStringLiteral("failedLogins")});
    r.text("name", &a->name);
    if (r.has("role")) {
        QString role;
        r.text("role", &role);
        if (!adminRoleFromString(role, &a->role)) {
            r.fail(QStringLiteral("'role' must be super-administrator, administrator or regional"));
        }
    }
    r.text("password", password);
    const QJsonValue levels = r.value("regionLevels");
    if (!levels.isUndefined()) {
        if (!levels.isArray()) {
            r.fail(QStringLiteral("'regionLevels' must be a list of {\"regionId\", \"level\"}"));
        } else {
            QHash<qint64, AccessLevel> parsed;
            for (const QJsonValue& item : levels.toArray()) {
                const QJsonObject entry = item.toObject();
                const double region = entry.value(QStringLiteral("regionId")).toDouble();
                AccessLevel level = AccessLevel::NotVisible;
                if (!item.isObject() || region < 1 || region > static_cast<double>(maxId)
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

bool read(const QJsonObject& o, User* u)
{
    keys(o, &u->id, &u->revision);
    u->name = string(o, "name");
    u->displayName = string(o, "displayName");
    u->regionId = number(o, "regionId");
    return u->id > 0 && !u->name.isEmpty();
}

bool read(const QJsonObject& o, Region* r)
{
    keys(o, &r->id, &r->revision);
    r->name = string(o, "name");
    r->description = string(o, "description");
    r->provisioningSubnets = string(o, "provisioningSubnets");
    return r->id > 0 && !r->name.isEmpty();
}

bool read(const QJsonObject& o, Alarm* a)
{
    keys(o, &a->id, &a->revision);
    a->uniqueId = string(o, "uniqueId");
    a->name = string(o, "name");
    a->description = string(o, "description");
    alarmSeverityFromString(string(o, "severity"), &a->severity);
    a->sourceMac = string(o, "sourceMac");
    a->deviceId = number(o, "deviceId");
    a->type = string(o, "type");
    a->probableCause = string(o, "probableCause");
    a->additionalInfo1 = string(o, "additionalInfo1");
    a->additionalInfo2 = string(o, "additionalInfo2");
    a->raisedAt = timeField(o, "raisedAt");
    a->clearedAt = timeField(o, "clearedAt");
    return a->id > 0 && !a->name.isEmpty();
}

bool read(const QJsonObject& o, AuditEntry* e)
{
    e->id = number(o, "id");
    e->time = timeField(o, "time");
    logLevelFromString(string(o, "level"), &e->level);
    logKindFromString(string(o, "kind"), &e->kind);
    e->adminName = string(o, "admin");
    e->sourceAddress = string(o, "source");
    e->action = string(o, "action");
    e->target = string(o, "target");
    e->details = string(o, "details");
    e->regionId = number(o, "regionId");
    return e->id > 0 && !e->action.isEmpty();
}

bool read(const QJsonObject& o, Admin* a)
{
    keys(o, &a->id, &a->revision);
    a->name = string(o, "name");
    if (!adminRoleFromString(string(o, "role"), &a->role)) {
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
    keys(o, &f->id, &f->revision);
    f->fileName = string(o, "fileName");
    f->model = string(o, "model");
    f->version = string(o, "version");
    f->size = number(o, "size");
    f->sha256 = string(o, "sha256");
    f->uploadedAt = timeField(o, "uploadedAt");
    return f->id > 0 && !f->fileName.isEmpty();
}

bool read(const QJsonObject& o, Job* j, JobCounts* c)
{
    keys(o, &j->id, &j->revision);
    j->action = string(o, "action");
    j->options =
        QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("options")).toObject()).toJson(QJsonDocument::Compact));
    j->pacing =
        QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("pacing")).toObject()).toJson(QJsonDocument::Compact));
    j->description = string(o, "description");
    j->adminName = string(o, "admin");
    j->sourceAddress = string(o, "source");
    j->createdAt = timeField(o, "createdAt");
    j->startedAt = timeField(o, "startedAt");
    j->finishedAt = timeField(o, "finishedAt");
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    *c = JobCounts();
    c->total = static_cast<int>(counts.value(QStringLiteral("total")).toInteger());
    for (int i = 0; i <= static_cast<int>(TargetOutcome::Cancelled); ++i) {
        c->byOutcome[i] = counts.value(targetOutcomeToString(static_cast<TargetOutcome>(i))).toInt();
    }
    return j->id > 0 && jobStateFromString(string(o, "state"), &j->state);
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
