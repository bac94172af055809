// The column mapping of every domain type (see rowtraits.h).
#include "rowtraits.h"

#include "database.h"
#include "rowrecord.h"

#include <QSqlQuery>

namespace {
QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// 0 means "none" in the domain types and NULL in the database.
QVariant refValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString text(const RowRecord& r, const char* column)
{
    return r.value(QLatin1String(column)).toString();
}

qint64 number(const RowRecord& r, const char* column)
{
    return r.value(QLatin1String(column)).toLongLong();
}

template <class T>
void readKeys(const RowRecord& r, T* row)
{
    row->id = number(r, "id");
    row->revision = number(r, "revision");
}

StoreError invalid(const QString& message)
{
    return {StoreError::Code::Invalid, message};
}

bool hasLineBreak(const QString& value)
{
    return value.contains(u'\n') || value.contains(u'\r');
}
} // namespace

// --- Region ---------------------------------------------------------------------------------
const char* RowTraits<Region>::table()
{
    return "regions";
}
const QStringList& RowTraits<Region>::columns()
{
    static const QStringList c = {QStringLiteral("name"), QStringLiteral("description"),
                                  QStringLiteral("provisioning_subnets")};
    return c;
}
QVariantList RowTraits<Region>::values(const Region& r)
{
    return {r.name.trimmed(), r.description, r.provisioningSubnets.trimmed()};
}
Region RowTraits<Region>::read(const RowRecord& rec)
{
    Region r;
    readKeys(rec, &r);
    r.name = text(rec, "name");
    r.description = text(rec, "description");
    r.provisioningSubnets = text(rec, "provisioning_subnets");
    return r;
}
StoreError RowTraits<Region>::validate(const Region& r)
{
    if (r.name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("a region needs a name"));
    }
    if (hasLineBreak(r.name)) {
        return invalid(QStringLiteral("a region name cannot hold a line break"));
    }
    return {};
}

// --- User -----------------------------------------------------------------------------------
const char* RowTraits<User>::table()
{
    return "users";
}
const QStringList& RowTraits<User>::columns()
{
    static const QStringList c = {QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("region_id"),
                                  QStringLiteral("password")};
    return c;
}
QVariantList RowTraits<User>::values(const User& u)
{
    return {u.name.trimmed(), u.displayName, refValue(u.regionId), u.password};
}
User RowTraits<User>::read(const RowRecord& rec)
{
    User u;
    readKeys(rec, &u);
    u.name = text(rec, "name");
    u.displayName = text(rec, "display_name");
    u.regionId = number(rec, "region_id");
    u.password = text(rec, "password");
    return u;
}
StoreError RowTraits<User>::validate(const User& u)
{
    if (u.name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("a user needs a name"));
    }
    if (hasLineBreak(u.name) || hasLineBreak(u.displayName) || hasLineBreak(u.password)) {
        return invalid(QStringLiteral("user %1: name, display name and password cannot hold line breaks").arg(u.name));
    }
    return {};
}

// --- Device ---------------------------------------------------------------------------------
const char* RowTraits<Device>::table()
{
    return "devices";
}
const QStringList& RowTraits<Device>::columns()
{
    static const QStringList c = {
        QStringLiteral("mac"),
        QStringLiteral("model"),
        QStringLiteral("display_name"),
        QStringLiteral("user_id"),
        QStringLiteral("region_id"),
        QStringLiteral("serial_number"),
        QStringLiteral("language"),
        QStringLiteral("vlan_mode"),
        QStringLiteral("vlan_id"),
        QStringLiteral("vlan_priority"),
        QStringLiteral("approval"),
        QStringLiteral("ip_address"),
        QStringLiteral("subnet"),
        QStringLiteral("firmware_version"),
        QStringLiteral("user_agent"),
        QStringLiteral("sip_status"),
        QStringLiteral("phone_number"),
        QStringLiteral("location"),
        QStringLiteral("last_report"),
        QStringLiteral("last_status_change"),
        QStringLiteral("teams"),
        QStringLiteral("reported_user"),
        QStringLiteral("provisioning_user"),
        QStringLiteral("provisioning_secret"),
        QStringLiteral("push_address"),
        QStringLiteral("first_contact_until"),
    };
    return c;
}
QVariantList RowTraits<Device>::values(const Device& d)
{
    return {d.mac.toString(),
            d.model,
            d.displayName,
            refValue(d.userId),
            refValue(d.regionId),
            d.serialNumber,
            d.language,
            d.vlanMode,
            d.vlanId,
            d.vlanPriority,
            approvalStateToString(d.approval),
            d.ipAddress,
            d.subnet,
            d.firmwareVersion,
            d.userAgent,
            sipStatusToString(d.sipStatus),
            d.phoneNumber,
            d.location,
            timeValue(d.lastReport),
            timeValue(d.lastStatusChange),
            d.teams ? 1 : 0,
            d.reportedUser,
            d.provisioningUser,
            d.provisioningSecret,
            d.pushAddress,
            timeValue(d.firstContactUntil)};
}
Device RowTraits<Device>::read(const RowRecord& rec)
{
    Device d;
    readKeys(rec, &d);
    d.mac = MacAddress::fromString(text(rec, "mac"));
    d.model = text(rec, "model");
    d.displayName = text(rec, "display_name");
    d.userId = number(rec, "user_id");
    d.regionId = number(rec, "region_id");
    d.serialNumber = text(rec, "serial_number");
    d.language = text(rec, "language");
    d.vlanMode = text(rec, "vlan_mode");
    d.vlanId = static_cast<int>(number(rec, "vlan_id"));
    d.vlanPriority = static_cast<int>(number(rec, "vlan_priority"));
    approvalStateFromString(text(rec, "approval"), &d.approval);
    d.ipAddress = text(rec, "ip_address");
    d.subnet = text(rec, "subnet");
    d.firmwareVersion = text(rec, "firmware_version");
    d.userAgent = text(rec, "user_agent");
    d.sipStatus = sipStatusFromString(text(rec, "sip_status"));
    d.phoneNumber = text(rec, "phone_number");
    d.location = text(rec, "location");
    d.lastReport = timeFrom(rec.value(QLatin1String("last_report")));
    d.lastStatusChange = timeFrom(rec.value(QLatin1String("last_status_change")));
    d.teams = number(rec, "teams") != 0;
    d.reportedUser = text(rec, "reported_user");
    d.provisioningUser = text(rec, "provisioning_user");
    d.provisioningSecret = text(rec, "provisioning_secret");
    d.pushAddress = text(rec, "push_address");
    d.firstContactUntil = timeFrom(rec.value(QLatin1String("first_contact_until")));
    return d;
}
StoreError RowTraits<Device>::validate(const Device& d)
{
    if (d.mac.isNull()) {
        return invalid(QStringLiteral("a device needs a MAC address of 12 hexadecimal digits"));
    }
    if (d.vlanId < 0 || d.vlanId > 4094) {
        return invalid(QStringLiteral("device %1: VLAN ID %2 is not in 0..4094").arg(d.mac.toString()).arg(d.vlanId));
    }
    if (d.vlanPriority < 0 || d.vlanPriority > 7) {
        return invalid(
            QStringLiteral("device %1: VLAN priority %2 is not in 0..7").arg(d.mac.toString()).arg(d.vlanPriority));
    }
    return {};
}

// --- PhoneTemplate --------------------------------------------------------------------------
const char* RowTraits<PhoneTemplate>::table()
{
    return "templates";
}
const QStringList& RowTraits<PhoneTemplate>::columns()
{
    static const QStringList c = {
        QStringLiteral("name"),        QStringLiteral("model"),          QStringLiteral("region_id"),
        QStringLiteral("is_default"),  QStringLiteral("description"),    QStringLiteral("global_name"),
        QStringLiteral("global_dir"),  QStringLiteral("global_encrypt"), QStringLiteral("global_data"),
        QStringLiteral("device_name"), QStringLiteral("device_dir"),     QStringLiteral("device_encrypt"),
        QStringLiteral("device_data"),
    };
    return c;
}
QVariantList RowTraits<PhoneTemplate>::values(const PhoneTemplate& t)
{
    return {t.name.trimmed(),  t.model,           refValue(t.regionId),        t.isDefault ? 1 : 0,
            t.description,     t.globalFile.name, t.globalFile.destinationDir, t.globalFile.encryptMode,
            t.globalFile.data, t.deviceFile.name, t.deviceFile.destinationDir, t.deviceFile.encryptMode,
            t.deviceFile.data};
}
PhoneTemplate RowTraits<PhoneTemplate>::read(const RowRecord& rec)
{
    PhoneTemplate t;
    readKeys(rec, &t);
    t.name = text(rec, "name");
    t.model = text(rec, "model");
    t.regionId = number(rec, "region_id");
    t.isDefault = number(rec, "is_default") != 0;
    t.description = text(rec, "description");
    t.globalFile = {text(rec, "global_name"), text(rec, "global_dir"), static_cast<int>(number(rec, "global_encrypt")),
                    text(rec, "global_data")};
    t.deviceFile = {text(rec, "device_name"), text(rec, "device_dir"), static_cast<int>(number(rec, "device_encrypt")),
                    text(rec, "device_data")};
    return t;
}
StoreError RowTraits<PhoneTemplate>::validate(const PhoneTemplate& t)
{
    if (t.name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("a template needs a name"));
    }
    return {};
}

// --- Placeholder ----------------------------------------------------------------------------
const char* RowTraits<Placeholder>::table()
{
    return "placeholders";
}
const QStringList& RowTraits<Placeholder>::columns()
{
    static const QStringList c = {QStringLiteral("level"), QStringLiteral("owner_id"), QStringLiteral("name"),
                                  QStringLiteral("value"), QStringLiteral("description")};
    return c;
}
QVariantList RowTraits<Placeholder>::values(const Placeholder& p)
{
    return {placeholderLevelToString(p.level), p.level == PlaceholderLevel::System ? 0 : p.ownerId, p.name, p.value,
            p.description};
}
Placeholder RowTraits<Placeholder>::read(const RowRecord& rec)
{
    Placeholder p;
    readKeys(rec, &p);
    placeholderLevelFromString(text(rec, "level"), &p.level);
    p.ownerId = number(rec, "owner_id");
    p.name = text(rec, "name");
    p.value = text(rec, "value");
    p.description = text(rec, "description");
    return p;
}
StoreError RowTraits<Placeholder>::validate(const Placeholder& p)
{
    if (!Placeholder::isValidName(p.name)) {
        return invalid(
            QStringLiteral("'%1' is not a placeholder name (letters, digits and '_', starting with a letter)")
                .arg(p.name));
    }
    if (hasLineBreak(p.value)) {
        return invalid(
            QStringLiteral("the value of %ITCS_%1% holds a line break, which would split the cfg line").arg(p.name));
    }
    if (p.level != PlaceholderLevel::System && p.ownerId <= 0) {
        return invalid(
            QStringLiteral("a %1 placeholder needs the %1 it belongs to").arg(placeholderLevelToString(p.level)));
    }
    return {};
}

const char* RowTraits<Placeholder>::regionExpression()
{
    return "CASE level WHEN 'region' THEN owner_id "
           "WHEN 'device' THEN (SELECT d.region_id FROM devices d WHERE d.id = placeholders.owner_id) "
           "WHEN 'template' THEN (SELECT t.region_id FROM templates t WHERE t.id = placeholders.owner_id) "
           "ELSE NULL END";
}

// --- Alarm ----------------------------------------------------------------------------------
const char* RowTraits<Alarm>::table()
{
    return "alarms";
}
const char* RowTraits<Alarm>::regionExpression()
{
    return "(SELECT d.region_id FROM devices d WHERE d.id = alarms.device_id)";
}
const QStringList& RowTraits<Alarm>::columns()
{
    static const QStringList c = {
        QStringLiteral("unique_id"),
        QStringLiteral("name"),
        QStringLiteral("description"),
        QStringLiteral("severity"),
        QStringLiteral("source_mac"),
        QStringLiteral("device_id"),
        QStringLiteral("type"),
        QStringLiteral("probable_cause"),
        QStringLiteral("additional_info1"),
        QStringLiteral("additional_info2"),
        QStringLiteral("raised_at"),
        QStringLiteral("cleared_at"),
    };
    return c;
}
QVariantList RowTraits<Alarm>::values(const Alarm& a)
{
    return {a.uniqueId,
            a.name,
            a.description,
            static_cast<int>(a.severity),
            a.sourceMac,
            refValue(a.deviceId),
            a.type,
            a.probableCause,
            a.additionalInfo1,
            a.additionalInfo2,
            timeValue(a.raisedAt),
            timeValue(a.clearedAt)};
}
Alarm RowTraits<Alarm>::read(const RowRecord& rec)
{
    Alarm a;
    readKeys(rec, &a);
    a.uniqueId = text(rec, "unique_id");
    a.name = text(rec, "name");
    a.description = text(rec, "description");
    a.severity = static_cast<AlarmSeverity>(qBound(qint64(0), number(rec, "severity"), qint64(5)));
    a.sourceMac = text(rec, "source_mac");
    a.deviceId = number(rec, "device_id");
    a.type = text(rec, "type");
    a.probableCause = text(rec, "probable_cause");
    a.additionalInfo1 = text(rec, "additional_info1");
    a.additionalInfo2 = text(rec, "additional_info2");
    a.raisedAt = timeFrom(rec.value(QLatin1String("raised_at")));
    a.clearedAt = timeFrom(rec.value(QLatin1String("cleared_at")));
    return a;
}
StoreError RowTraits<Alarm>::validate(const Alarm& a)
{
    return a.name.trimmed().isEmpty() ? invalid(QStringLiteral("an alarm needs a name")) : StoreError {};
}

// --- FirmwareFile ---------------------------------------------------------------------------
const char* RowTraits<FirmwareFile>::table()
{
    return "firmware_files";
}
const QStringList& RowTraits<FirmwareFile>::columns()
{
    static const QStringList c = {QStringLiteral("file_name"), QStringLiteral("model"),  QStringLiteral("version"),
                                  QStringLiteral("size"),      QStringLiteral("sha256"), QStringLiteral("uploaded_at")};
    return c;
}
QVariantList RowTraits<FirmwareFile>::values(const FirmwareFile& f)
{
    return {f.fileName, f.model, f.version, f.size, f.sha256, timeValue(f.uploadedAt)};
}
FirmwareFile RowTraits<FirmwareFile>::read(const RowRecord& rec)
{
    FirmwareFile f;
    readKeys(rec, &f);
    f.fileName = text(rec, "file_name");
    f.model = text(rec, "model");
    f.version = text(rec, "version");
    f.size = number(rec, "size");
    f.sha256 = text(rec, "sha256");
    f.uploadedAt = timeFrom(rec.value(QLatin1String("uploaded_at")));
    return f;
}
StoreError RowTraits<FirmwareFile>::validate(const FirmwareFile& f)
{
    return f.fileName.trimmed().isEmpty() ? invalid(QStringLiteral("a firmware file needs a file name"))
                                          : StoreError {};
}

// --- ConfigFile -----------------------------------------------------------------------------
const char* RowTraits<ConfigFile>::table()
{
    return "config_files";
}
const QStringList& RowTraits<ConfigFile>::columns()
{
    static const QStringList c = {QStringLiteral("file_name"),  QStringLiteral("size"),        QStringLiteral("sha256"),
                                  QStringLiteral("updated_at"), QStringLiteral("fingerprint"), QStringLiteral("origin"),
                                  QStringLiteral("device_id"),  QStringLiteral("region_id")};
    return c;
}
QVariantList RowTraits<ConfigFile>::values(const ConfigFile& f)
{
    return {f.fileName,
            f.size,
            f.sha256,
            timeValue(f.updatedAt),
            f.fingerprint,
            ConfigFile::originName(f.origin),
            refValue(f.deviceId),
            refValue(f.regionId)};
}
ConfigFile RowTraits<ConfigFile>::read(const RowRecord& rec)
{
    ConfigFile f;
    readKeys(rec, &f);
    f.fileName = text(rec, "file_name");
    f.size = number(rec, "size");
    f.sha256 = text(rec, "sha256");
    f.updatedAt = timeFrom(rec.value(QLatin1String("updated_at")));
    f.fingerprint = text(rec, "fingerprint");
    f.origin = ConfigFile::originFromName(text(rec, "origin"));
    f.deviceId = number(rec, "device_id");
    f.regionId = number(rec, "region_id");
    return f;
}
StoreError RowTraits<ConfigFile>::validate(const ConfigFile& f)
{
    return f.fileName.trimmed().isEmpty() ? invalid(QStringLiteral("a configuration file needs a file name"))
                                          : StoreError {};
}

// --- OverwriteValue -------------------------------------------------------------------------
const char* RowTraits<OverwriteValue>::table()
{
    return "overwrite_values";
}
const char* RowTraits<OverwriteValue>::regionExpression()
{
    return "CASE level WHEN 'region' THEN owner_id "
           "WHEN 'device' THEN (SELECT d.region_id FROM devices d WHERE d.id = overwrite_values.owner_id) "
           "ELSE NULL END";
}
const QStringList& RowTraits<OverwriteValue>::columns()
{
    static const QStringList c = {QStringLiteral("level"), QStringLiteral("owner_id"), QStringLiteral("cfg_key"),
                                  QStringLiteral("value")};
    return c;
}
QVariantList RowTraits<OverwriteValue>::values(const OverwriteValue& o)
{
    return {placeholderLevelToString(o.level), o.ownerId, o.key.trimmed(), o.value};
}
OverwriteValue RowTraits<OverwriteValue>::read(const RowRecord& rec)
{
    OverwriteValue o;
    readKeys(rec, &o);
    placeholderLevelFromString(text(rec, "level"), &o.level);
    o.ownerId = number(rec, "owner_id");
    o.key = text(rec, "cfg_key");
    o.value = text(rec, "value");
    return o;
}
StoreError RowTraits<OverwriteValue>::validate(const OverwriteValue& o)
{
    if (o.level != PlaceholderLevel::Region && o.level != PlaceholderLevel::Device) {
        return invalid(QStringLiteral("an overwrite value belongs to a region or a device"));
    }
    if (o.ownerId <= 0) {
        return invalid(
            QStringLiteral("an overwrite value needs the %1 it belongs to").arg(placeholderLevelToString(o.level)));
    }
    const QString key = o.key.trimmed();
    if (key.isEmpty() || key.contains(u'=') || key.contains(u' ') || hasLineBreak(key)) {
        return invalid(QStringLiteral("'%1' is not a cfg key").arg(o.key));
    }
    if (hasLineBreak(o.value)) {
        return invalid(QStringLiteral("the overwrite value of %1 holds a line break").arg(key));
    }
    return {};
}

// --- AuditEntry -----------------------------------------------------------------------------
const char* RowTraits<AuditEntry>::table()
{
    return "audit_log";
}
const QStringList& RowTraits<AuditEntry>::columns()
{
    static const QStringList c = {
        QStringLiteral("time"),       QStringLiteral("level"),          QStringLiteral("kind"),
        QStringLiteral("admin_name"), QStringLiteral("source_address"), QStringLiteral("action"),
        QStringLiteral("target"),     QStringLiteral("details"),        QStringLiteral("region_id")};
    return c;
}
QVariantList RowTraits<AuditEntry>::values(const AuditEntry& e)
{
    const QDateTime time = e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc();
    return {time.toMSecsSinceEpoch(),
            logLevelToString(e.level),
            logKindToString(e.kind),
            e.adminName,
            e.sourceAddress,
            e.action,
            e.target,
            e.details,
            refValue(e.regionId)};
}
AuditEntry RowTraits<AuditEntry>::read(const RowRecord& rec)
{
    AuditEntry e;
    readKeys(rec, &e);
    e.time = timeFrom(rec.value(QLatin1String("time")));
    logLevelFromString(text(rec, "level"), &e.level);
    logKindFromString(text(rec, "kind"), &e.kind);
    e.regionId = number(rec, "region_id");
    e.adminName = text(rec, "admin_name");
    e.sourceAddress = text(rec, "source_address");
    e.action = text(rec, "action");
    e.target = text(rec, "target");
    e.details = text(rec, "details");
    return e;
}
StoreError RowTraits<AuditEntry>::validate(const AuditEntry& e)
{
    return e.action.trimmed().isEmpty() ? invalid(QStringLiteral("an audit entry needs an action")) : StoreError {};
}

// --- Job ------------------------------------------------------------------------------------
const char* RowTraits<Job>::table()
{
    return "jobs";
}
const QStringList& RowTraits<Job>::columns()
{
    static const QStringList c = {
        QStringLiteral("action"),         QStringLiteral("options"),    QStringLiteral("pacing"),
        QStringLiteral("description"),    QStringLiteral("admin_id"),   QStringLiteral("admin_name"),
        QStringLiteral("source_address"), QStringLiteral("state"),      QStringLiteral("created_at"),
        QStringLiteral("started_at"),     QStringLiteral("finished_at")};
    return c;
}
QVariantList RowTraits<Job>::values(const Job& j)
{
    return {j.action,
            j.options,
            j.pacing,
            j.description,
            refValue(j.adminId),
            j.adminName,
            j.sourceAddress,
            jobStateToString(j.state),
            j.createdAt.isValid() ? j.createdAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch(),
            timeValue(j.startedAt),
            timeValue(j.finishedAt)};
}
Job RowTraits<Job>::read(const RowRecord& rec)
{
    Job j;
    readKeys(rec, &j);
    j.action = text(rec, "action");
    j.options = text(rec, "options");
    j.pacing = text(rec, "pacing");
    j.description = text(rec, "description");
    j.adminId = number(rec, "admin_id");
    j.adminName = text(rec, "admin_name");
    j.sourceAddress = text(rec, "source_address");
    jobStateFromString(text(rec, "state"), &j.state);
    j.createdAt = timeFrom(rec.value(QLatin1String("created_at")));
    j.startedAt = timeFrom(rec.value(QLatin1String("started_at")));
    j.finishedAt = timeFrom(rec.value(QLatin1String("finished_at")));
    return j;
}
StoreError RowTraits<Job>::validate(const Job& j)
{
    return j.action.isEmpty() ? invalid(QStringLiteral("a job needs an action")) : StoreError {};
}

// --- Admin ----------------------------------------------------------------------------------
const char* RowTraits<Admin>::table()
{
    return "admins";
}
const QStringList& RowTraits<Admin>::columns()
{
    static const QStringList c = {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("password_hash")};
    return c;
}
QVariantList RowTraits<Admin>::values(const Admin& a)
{
    return {a.name.trimmed(), adminRoleToString(a.role), a.passwordHash};
}
Admin RowTraits<Admin>::read(const RowRecord& rec)
{
    Admin a;
    readKeys(rec, &a);
    a.name = text(rec, "name");
    adminRoleFromString(text(rec, "role"), &a.role);
    a.passwordHash = text(rec, "password_hash");
    return a;
}
StoreError RowTraits<Admin>::validate(const Admin& a)
{
    if (a.name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("an administrator needs a name"));
    }
    return {};
}
StoreError RowTraits<Admin>::writeChildren(Database& db, const Admin& admin)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM admin_region_levels WHERE admin_id = ?"));
    q.addBindValue(admin.id);
    if (StoreError e = db.exec(q, QStringLiteral("updating the region levels of %1").arg(admin.name)); e.isError()) {
        return e;
    }
    for (auto it = admin.regionLevels.constBegin(); it != admin.regionLevels.constEnd(); ++it) {
        if (it.value() == AccessLevel::NotVisible) {
            continue; // the default: no row
        }
        q.prepare(QStringLiteral("INSERT INTO admin_region_levels (admin_id, region_id, level) VALUES (?, ?, ?)"));
        q.addBindValue(admin.id);
        q.addBindValue(it.key());
        q.addBindValue(accessLevelToString(it.value()));
        if (StoreError e =
                db.exec(q, QStringLiteral("setting the level of %1 in region %2").arg(admin.name).arg(it.key()));
            e.isError()) {
            return e;
        }
    }
    return {};
}
StoreError RowTraits<Admin>::readChildren(Database& db, Admin* admin)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT region_id, level FROM admin_region_levels WHERE admin_id = ?"));
    q.addBindValue(admin->id);
    if (StoreError e = db.exec(q, QStringLiteral("reading the region levels of %1").arg(admin->name)); e.isError()) {
        return e;
    }
    admin->regionLevels.clear();
    while (q.next()) {
        AccessLevel level = AccessLevel::NotVisible;
        if (accessLevelFromString(q.value(1).toString(), &level)) {
            admin->regionLevels.insert(q.value(0).toLongLong(), level);
        }
    }
    return {};
}
