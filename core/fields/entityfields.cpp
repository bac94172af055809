// The field table of each entity: the one place that lists an entity's fields (fieldtable.h).
// The server's files (firmware, cfg files) are in filefields.cpp, its settings in settingsfields.cpp.
#include "entityfields.h"

#include "cfgvalue.h"
#include "commonfields.h"
#include "macaddress.h"
#include "phonemodels.h"

#include <QCoreApplication>

#include <deque>

using namespace CommonFields;

namespace {

QStringList placeholderLevels()
{
    return {QStringLiteral("system"), QStringLiteral("template"), QStringLiteral("region"), QStringLiteral("site"),
            QStringLiteral("device")};
}

// A name made at run time that lives as long as the program (the columns of a template's files).
const char* kept(const QByteArray& text)
{
    static std::deque<QByteArray> names;
    names.push_back(text);
    return names.back().constData();
}

// One of a template's two files as fields of the template: stored in columns "<which>_name", ...
// and written to the API as an object of its own ("globalFile": TemplateFile's fields).
void addFileFields(std::vector<Field<PhoneTemplate>>* fields, TemplateFile PhoneTemplate::*file, const char* which)
{
    for (const Field<TemplateFile>& f : fieldsOf<TemplateFile>().fields()) {
        const auto get = f.get;
        const auto set = f.set;
        Field<PhoneTemplate> field = Field<PhoneTemplate>::custom(
            kept(QByteArray(which) + "File." + f.member), f.type,
            [file, get](const PhoneTemplate& t) { return get(t.*file); },
            [file, set](PhoneTemplate* t, const FieldValue& v) { set(&(t->*file), v); });
        field.column = kept(QByteArray(which) + '_' + f.column);
        field.json = nullptr;
        field.label = f.label;
        field.flags = f.flags;
        field.min = f.min;
        field.max = f.max;
        fields->push_back(std::move(field));
    }
}
} // namespace

template <>
const FieldTable<Region>& fieldsOf<Region>()
{
    using F = Field<Region>;
    static const FieldTable<Region> table("region", "name",
                                          {
                                              idField<Region>(),
                                              revisionField<Region>(),
                                              F::text("name", &Region::name)
                                                  .stored("name")
                                                  .with(Required | Trimmed)
                                                  .labelled(QT_TRANSLATE_NOOP("Field", "Name")),
                                              F::text("description", &Region::description)
                                                  .stored("description")
                                                  .labelled(QT_TRANSLATE_NOOP("Field", "Description")),
                                              F::text("provisioningSubnets", &Region::provisioningSubnets)
                                                  .stored("provisioning_subnets")
                                                  .with(Trimmed)
                                                  .labelled(QT_TRANSLATE_NOOP("Field", "Provisioning subnets")),
                                          });
    return table;
}

template <>
const FieldTable<Site>& fieldsOf<Site>()
{
    using F = Field<Site>;
    static const FieldTable<Site> table("site", "name",
                                        {
                                            idField<Site>(),
                                            revisionField<Site>(),
                                            F::text("name", &Site::name)
                                                .stored("name")
                                                .with(Required | Trimmed)
                                                .labelled(QT_TRANSLATE_NOOP("Field", "Name")),
                                            F::text("description", &Site::description)
                                                .stored("description")
                                                .labelled(QT_TRANSLATE_NOOP("Field", "Description")),
                                            F::reference("regionId", &Site::regionId)
                                                .stored("region_id")
                                                .with(Required)
                                                .labelled(QT_TRANSLATE_NOOP("Field", "Region")),
                                        });
    return table;
}

template <>
const FieldTable<User>& fieldsOf<User>()
{
    using F = Field<User>;
    static const FieldTable<User> table("user", "name",
                                        {
                                            idField<User>(),
                                            revisionField<User>(),
                                            F::text("name", &User::name)
                                                .stored("name")
                                                .inCsv("Name")
                                                .with(Required | Trimmed)
                                                .labelled(QT_TRANSLATE_NOOP("Field", "Name")),
                                            F::text("password", &User::password)
                                                .stored("password")
                                                .inCsv("Password")
                                                .with(WriteOnly | Secret)
                                                .labelled(QT_TRANSLATE_NOOP("Field", "Password")),
                                            F::text("displayName", &User::displayName)
                                                .stored("display_name")
                                                .inCsv("Display Name")
                                                .labelled(QT_TRANSLATE_NOOP("Field", "Display name")),
                                            F::reference("regionId", &User::regionId)
                                                .stored("region_id")
                                                .labelled(QT_TRANSLATE_NOOP("Field", "Region")),
                                        });
    return table;
}

template <>
const FieldTable<Device>& fieldsOf<Device>()
{
    using F = Field<Device>;
    static const FieldTable<Device> table(
        "device", "mac",
        {
            idField<Device>(),
            revisionField<Device>(),
            // The users CSV's device columns, in the file's order.
            F::text("displayName", &Device::displayName)
                .stored("display_name")
                .inCsv("Display Name")
                .labelled(QT_TRANSLATE_NOOP("Field", "Display name")),
            F::custom(
                "mac", FieldType::Mac, [](const Device& d) { return FieldValue::ofText(d.mac.toString()); },
                [](Device* d, const FieldValue& v) { d->mac = MacAddress::fromString(v.text); })
                .stored("mac")
                .inCsv("MAC Address")
                .labelled(QT_TRANSLATE_NOOP("Field", "MAC address")),
            F::text("serialNumber", &Device::serialNumber)
                .stored("serial_number")
                .inCsv("Serial Number")
                .labelled(QT_TRANSLATE_NOOP("Field", "Serial number")),
            F::text("model", &Device::model)
                .stored("model")
                .inCsv("IP Phone Model")
                .with(Trimmed)
                .acceptedBy([](Device* d, const FieldValue& v) {
                    const PhoneModels::ModelName name = PhoneModels::parse(v.text);
                    // The spelling an import gave ("Audiocodes_420HD_LYNC") stays while the model
                    // and flavour it names do: a body that gives the model back as answered
                    // ("420HD") does not lose it.
                    const PhoneModels::ModelName spelt = PhoneModels::parse(d->modelName);
                    if (d->modelName.isEmpty() || spelt.model != name.model || (name.teams && !spelt.teams)) {
                        d->modelName = v.text.trimmed();
                    }
                    d->model = name.model;
                    d->teams = d->teams || name.teams;
                })
                .labelled(QT_TRANSLATE_NOOP("Field", "Model")),
            F::text("modelName", &Device::modelName)
                .stored("model_name")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Model as imported")),
            F::text("language", &Device::language)
                .stored("language")
                .inCsv("Language")
                .asPlaceholder("Language")
                .labelled(QT_TRANSLATE_NOOP("Field", "Language")),
            F::text("vlanMode", &Device::vlanMode)
                .stored("vlan_mode")
                .inCsv("VLAN Mode")
                .asPlaceholder("VLANMode")
                .labelled(QT_TRANSLATE_NOOP("Field", "VLAN mode")),
            F::integer("vlanId", &Device::vlanId, 0, 4094)
                .stored("vlan_id")
                .inCsv("VLAN ID")
                .asPlaceholder("VLANID")
                .labelled(QT_TRANSLATE_NOOP("Field", "VLAN ID")),
            F::integer("vlanPriority", &Device::vlanPriority, 0, 7)
                .stored("vlan_priority")
                .inCsv("VLAN Priority")
                .asPlaceholder("VLANPriority")
                .labelled(QT_TRANSLATE_NOOP("Field", "VLAN priority")),
            // The rest.
            F::flag("teams", &Device::teams).stored("teams").labelled(QT_TRANSLATE_NOOP("Field", "Teams")),
            F::reference("userId", &Device::userId).stored("user_id").labelled(QT_TRANSLATE_NOOP("Field", "User")),
            F::reference("regionId", &Device::regionId)
                .stored("region_id")
                .labelled(QT_TRANSLATE_NOOP("Field", "Region")),
            F::reference("siteId", &Device::siteId).stored("site_id").labelled(QT_TRANSLATE_NOOP("Field", "Site")),
            F::choice("approval", &Device::approval, {QStringLiteral("approved"), QStringLiteral("pending")},
                      approvalStateToString, approvalStateFromString)
                .stored("approval")
                .labelled(QT_TRANSLATE_NOOP("Field", "Approval")),
            // Reported by the phone.
            F::text("ipAddress", &Device::ipAddress)
                .stored("ip_address")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "IP address")),
            F::text("subnet", &Device::subnet)
                .stored("subnet")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Subnet")),
            F::text("firmwareVersion", &Device::firmwareVersion)
                .stored("firmware_version")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Firmware")),
            F::text("userAgent", &Device::userAgent)
                .stored("user_agent")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "User agent")),
            F::custom(
                "sipStatus", FieldType::Choice,
                [](const Device& d) { return FieldValue::ofText(sipStatusToString(d.sipStatus)); },
                [](Device* d, const FieldValue& v) { d->sipStatus = sipStatusFromString(v.text); })
                .stored("sip_status")
                .api("status")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Status")),
            F::text("phoneNumber", &Device::phoneNumber)
                .stored("phone_number")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Phone number")),
            F::text("location", &Device::location)
                .stored("location")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Location")),
            F::text("reportedUser", &Device::reportedUser)
                .stored("reported_user")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Reported user")),
            F::time("lastReport", &Device::lastReport)
                .stored("last_report")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Last report")),
            F::time("lastStatusChange", &Device::lastStatusChange)
                .stored("last_status_change")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Status changed")),
            // The server's own.
            F::text("provisioningUser", &Device::provisioningUser)
                .stored("provisioning_user")
                .with(Internal | Secret)
                .labelled(QT_TRANSLATE_NOOP("Field", "File user")),
            F::text("provisioningSecret", &Device::provisioningSecret)
                .stored("provisioning_secret")
                .with(Internal | Secret)
                .labelled(QT_TRANSLATE_NOOP("Field", "File secret")),
            F::text("pushAddress", &Device::pushAddress)
                .stored("push_address")
                .with(Internal)
                .labelled(QT_TRANSLATE_NOOP("Field", "Push address")),
            F::time("firstContactUntil", &Device::firstContactUntil)
                .stored("first_contact_until")
                .with(Internal)
                .labelled(QT_TRANSLATE_NOOP("Field", "First contact allowed until")),
        });
    return table;
}

template <>
const FieldTable<TemplateFile>& fieldsOf<TemplateFile>()
{
    using F = Field<TemplateFile>;
    static const FieldTable<TemplateFile> table(
        "file", "name",
        {
            F::text("name", &TemplateFile::name)
                .stored("name")
                .with(Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "File name")),
            F::text("destinationDir", &TemplateFile::destinationDir)
                .stored("dir")
                .labelled(QT_TRANSLATE_NOOP("Field", "Destination folder")),
            F::integer("encryptMode", &TemplateFile::encryptMode, 0, 1)
                .stored("encrypt")
                .labelled(QT_TRANSLATE_NOOP("Field", "Encryption")),
            F::lines("data", &TemplateFile::data).stored("data").labelled(QT_TRANSLATE_NOOP("Field", "Contents")),
        });
    return table;
}

template <>
const FieldTable<PhoneTemplate>& fieldsOf<PhoneTemplate>()
{
    using F = Field<PhoneTemplate>;
    static const FieldTable<PhoneTemplate> table = [] {
        std::vector<F> fields = {
            idField<PhoneTemplate>(),
            revisionField<PhoneTemplate>(),
            F::text("name", &PhoneTemplate::name)
                .stored("name")
                .with(Required | Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "Name")),
            modelField<PhoneTemplate>(),
            F::reference("regionId", &PhoneTemplate::regionId)
                .stored("region_id")
                .labelled(QT_TRANSLATE_NOOP("Field", "Region")),
            F::flag("isDefault", &PhoneTemplate::isDefault)
                .stored("is_default")
                .labelled(QT_TRANSLATE_NOOP("Field", "Default")),
            F::lines("description", &PhoneTemplate::description)
                .stored("description")
                .labelled(QT_TRANSLATE_NOOP("Field", "Description")),
        };
        addFileFields(&fields, &PhoneTemplate::globalFile, "global");
        addFileFields(&fields, &PhoneTemplate::deviceFile, "device");
        return FieldTable<PhoneTemplate>("template", "name", std::move(fields));
    }();
    return table;
}

template <>
const FieldTable<Placeholder>& fieldsOf<Placeholder>()
{
    using F = Field<Placeholder>;
    static const FieldTable<Placeholder> table(
        "placeholder", "name",
        {
            idField<Placeholder>(),
            revisionField<Placeholder>(),
            F::choice("level", &Placeholder::level, placeholderLevels(), placeholderLevelToString,
                      placeholderLevelFromString)
                .alsoTaking({QStringLiteral("model")}) // the vendor's word for the template level
                .stored("level")
                .labelled(QT_TRANSLATE_NOOP("Field", "Level")),
            // A system value belongs to nobody: stored as 0 whatever the row says.
            F::custom(
                "ownerId", FieldType::Reference,
                [](const Placeholder& p) {
                    return FieldValue::ofNumber(p.level == PlaceholderLevel::System ? 0 : p.ownerId);
                },
                [](Placeholder* p, const FieldValue& v) { p->ownerId = v.number; })
                .stored("owner_id")
                .with(ZeroStored)
                .labelled(QT_TRANSLATE_NOOP("Field", "Owner")),
            F::text("name", &Placeholder::name)
                .stored("name")
                .ruledBy([](const FieldValue& v) {
                    return Placeholder::isValidName(v.text)
                        ? QString()
                        : QStringLiteral("'%1' is not a placeholder name (letters, digits and '_', starting with a "
                                         "letter)")
                              .arg(v.text);
                })
                .labelled(QT_TRANSLATE_NOOP("Field", "Name")),
            F::text("value", &Placeholder::value).stored("value").labelled(QT_TRANSLATE_NOOP("Field", "Value")),
            F::text("description", &Placeholder::description)
                .stored("description")
                .labelled(QT_TRANSLATE_NOOP("Field", "Description")),
        },
        [](const Placeholder& p) {
            return p.level != PlaceholderLevel::System && p.ownerId <= 0
                ? QStringLiteral("a %1 placeholder needs the %1 it belongs to").arg(placeholderLevelToString(p.level))
                : QString();
        });
    return table;
}

template <>
const FieldTable<OverwriteValue>& fieldsOf<OverwriteValue>()
{
    using F = Field<OverwriteValue>;
    static const FieldTable<OverwriteValue> table(
        "overwrite value", "key",
        {
            idField<OverwriteValue>(),
            revisionField<OverwriteValue>(),
            F::choice("level", &OverwriteValue::level, {QStringLiteral("region"), QStringLiteral("device")},
                      placeholderLevelToString, placeholderLevelFromString)
                .stored("level")
                .labelled(QT_TRANSLATE_NOOP("Field", "Level")),
            F::reference("ownerId", &OverwriteValue::ownerId)
                .stored("owner_id")
                .with(Required | ZeroStored)
                .labelled(QT_TRANSLATE_NOOP("Field", "Owner")),
            F::text("key", &OverwriteValue::key)
                .stored("cfg_key")
                .with(Trimmed)
                // What generation takes (KeyOverrides): a value another reader would split in two
                // would otherwise fail every file of the region at generation time.
                .ruledBy([](const FieldValue& v) {
                    return v.text.isEmpty() || v.text.contains(u'=') || v.text.contains(u' ') || v.text.contains(u'\t')
                            || CfgValue::hasLineBreak(v.text)
                        ? QStringLiteral("'%1' is not a cfg key").arg(v.text)
                        : QString();
                })
                .labelled(QT_TRANSLATE_NOOP("Field", "Key")),
            F::text("value", &OverwriteValue::value)
                .stored("value")
                .ruledBy([](const FieldValue& v) {
                    return CfgValue::hasLineBreak(v.text) ? QStringLiteral("the value holds a line break") : QString();
                })
                .labelled(QT_TRANSLATE_NOOP("Field", "Value")),
        });
    return table;
}

template <>
const FieldTable<Alarm>& fieldsOf<Alarm>()
{
    using F = Field<Alarm>;
    // What the phone sent, kept as it sent it (alarmformat.h escapes it where it is shown).
    const auto reported = [](const char* member, QString Alarm::*m, const char* column, const char* label) {
        return F::text(member, m).stored(column).with(ReadOnly | Reported).labelled(label);
    };
    static const FieldTable<Alarm> table(
        "alarm", "name",
        {
            idField<Alarm>(),
            revisionField<Alarm>(),
            reported("uniqueId", &Alarm::uniqueId, "unique_id", QT_TRANSLATE_NOOP("Field", "Unique ID")),
            F::text("name", &Alarm::name)
                .stored("name")
                .with(ReadOnly | Reported | Required | Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "Name")),
            reported("description", &Alarm::description, "description", QT_TRANSLATE_NOOP("Field", "Description")),
            F::choice("severity", &Alarm::severity,
                      {QStringLiteral("cleared"), QStringLiteral("indeterminate"), QStringLiteral("warning"),
                       QStringLiteral("minor"), QStringLiteral("major"), QStringLiteral("critical")},
                      alarmSeverityToString, alarmSeverityFromString)
                .stored("severity")
                .with(ReadOnly | StoredAsIndex)
                .labelled(QT_TRANSLATE_NOOP("Field", "Severity")),
            reported("sourceMac", &Alarm::sourceMac, "source_mac", QT_TRANSLATE_NOOP("Field", "Source")),
            F::reference("deviceId", &Alarm::deviceId)
                .stored("device_id")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Device")),
            reported("type", &Alarm::type, "type", QT_TRANSLATE_NOOP("Field", "Type")),
            reported("probableCause", &Alarm::probableCause, "probable_cause",
                     QT_TRANSLATE_NOOP("Field", "Probable cause")),
            reported("additionalInfo1", &Alarm::additionalInfo1, "additional_info1",
                     QT_TRANSLATE_NOOP("Field", "Additional information 1")),
            reported("additionalInfo2", &Alarm::additionalInfo2, "additional_info2",
                     QT_TRANSLATE_NOOP("Field", "Additional information 2")),
            F::time("raisedAt", &Alarm::raisedAt)
                .stored("raised_at")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Raised")),
            F::time("clearedAt", &Alarm::clearedAt)
                .stored("cleared_at")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Cleared")),
        });
    return table;
}

template <>
const FieldTable<AuditEntry>& fieldsOf<AuditEntry>()
{
    using F = Field<AuditEntry>;
    static const FieldTable<AuditEntry> table(
        "log entry", "action",
        {
            idField<AuditEntry>(),
            F::time("time", &AuditEntry::time)
                .stored("time")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Time")),
            F::choice("level", &AuditEntry::level,
                      {QStringLiteral("ERROR"), QStringLiteral("WARN"), QStringLiteral("INFO"), QStringLiteral("DEBUG"),
                       QStringLiteral("VERBOSE")},
                      logLevelToString, logLevelFromString)
                .stored("level")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Level")),
            F::choice("kind", &AuditEntry::kind, {QStringLiteral("activity"), QStringLiteral("web-admin")},
                      logKindToString, logKindFromString)
                .stored("kind")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Log")),
            F::text("adminName", &AuditEntry::adminName)
                .stored("admin_name")
                .api("admin")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Administrator")),
            F::text("sourceAddress", &AuditEntry::sourceAddress)
                .stored("source_address")
                .api("source")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Source")),
            F::text("action", &AuditEntry::action)
                .stored("action")
                .with(ReadOnly | Required | Trimmed)
                .labelled(QT_TRANSLATE_NOOP("Field", "Action")),
            F::text("target", &AuditEntry::target)
                .stored("target")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Target")),
            F::lines("details", &AuditEntry::details)
                .stored("details")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Details")),
            F::reference("regionId", &AuditEntry::regionId)
                .stored("region_id")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Region")),
        });
    return table;
}

template <>
const FieldTable<Job>& fieldsOf<Job>()
{
    using F = Field<Job>;
    static const FieldTable<Job> table(
        "job", "action",
        {
            idField<Job>(),
            revisionField<Job>(),
            F::text("action", &Job::action)
                .stored("action")
                .with(ReadOnly | Required)
                .labelled(QT_TRANSLATE_NOOP("Field", "Action")),
            // JSON objects kept as text: the API writes them as objects (apijson.cpp), without
            // the options' secrets.
            F::lines("options", &Job::options)
                .stored("options")
                .noApi()
                .labelled(QT_TRANSLATE_NOOP("Field", "Options")),
            F::lines("pacing", &Job::pacing).stored("pacing").noApi().labelled(QT_TRANSLATE_NOOP("Field", "Pacing")),
            F::lines("description", &Job::description)
                .stored("description")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Description")),
            F::reference("adminId", &Job::adminId)
                .stored("admin_id")
                .with(Internal)
                .labelled(QT_TRANSLATE_NOOP("Field", "Administrator")),
            F::text("adminName", &Job::adminName)
                .stored("admin_name")
                .api("admin")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Administrator")),
            F::text("sourceAddress", &Job::sourceAddress)
                .stored("source_address")
                .api("source")
                .with(ReadOnly | Reported)
                .labelled(QT_TRANSLATE_NOOP("Field", "Source")),
            F::choice("state", &Job::state,
                      {QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("done"),
                       QStringLiteral("cancelled")},
                      jobStateToString, jobStateFromString)
                .stored("state")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "State")),
            F::time("createdAt", &Job::createdAt)
                .stored("created_at")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Created")),
            F::time("startedAt", &Job::startedAt)
                .stored("started_at")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Started")),
            F::time("finishedAt", &Job::finishedAt)
                .stored("finished_at")
                .with(ReadOnly)
                .labelled(QT_TRANSLATE_NOOP("Field", "Finished")),
        });
    return table;
}

template <>
const FieldTable<Admin>& fieldsOf<Admin>()
{
    using F = Field<Admin>;
    static const FieldTable<Admin> table("administrator", "name",
                                         {
                                             idField<Admin>(),
                                             revisionField<Admin>(),
                                             F::text("name", &Admin::name)
                                                 .stored("name")
                                                 .with(Required | Trimmed)
                                                 .labelled(QT_TRANSLATE_NOOP("Field", "Name")),
                                             F::choice("role", &Admin::role,
                                                       {QStringLiteral("super-administrator"),
                                                        QStringLiteral("administrator"), QStringLiteral("regional")},
                                                       adminRoleToString, adminRoleFromString)
                                                 .stored("role")
                                                 .labelled(QT_TRANSLATE_NOOP("Field", "Role")),
                                             // The password itself is write-only and hashed by the server (apijson.h).
                                             F::text("passwordHash", &Admin::passwordHash)
                                                 .stored("password_hash")
                                                 .with(Internal | Secret)
                                                 .labelled(QT_TRANSLATE_NOOP("Field", "Password hash")),
                                         });
    return table;
}
