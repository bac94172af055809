#include "previewapi.h"

#include "accesspolicy.h"
#include "builtinplaceholders.h"
#include "defaulttemplates.h"
#include "filepreview.h"
#include "macaddress.h"
#include "rowqueries.h"
#include "rowscope.h"
#include "serverstate.h"
#include "templatechoice.h"
#include "templaterenderer.h"

#include <limits>

namespace {
// Built-ins that hold a password: sent masked.
const QStringList secretBuiltins {QStringLiteral("Line1AuthPassword"), QStringLiteral("IPPhonePassword")};
} // namespace

void PreviewApi::addRoutes(ApiRouter& router)
{
    router.add("GET", "/api/v1/templates/{id}/preview", ApiNeed::Read, [this](const ApiRequestPtr& r) { preview(r); });
}

void PreviewApi::preview(const ApiRequestPtr& r)
{
    PhoneTemplate t;
    if (!fetch(
            r, &Store::templates, "template",
            [&](const PhoneTemplate& x) { return RowScope::ofTemplate(x).visibleTo(r->admin()); }, &t)) {
        return;
    }
    PreviewContext c;
    c.templateId = t.id;
    c.model = t.model;
    c.owners.insert(ValueSource::Template, QStringLiteral("Template %1").arg(t.name));
    c.owners.insert(ValueSource::System, QStringLiteral("System settings"));
    Device device;
    const User* user = nullptr;
    User owner;
    if (r->hasQuery("device")) {
        const QString key = r->query("device");
        StoreResult<Device> found = MacAddress::isValid(key)
            ? store().devices().findOne(QStringLiteral("mac"), MacAddress::fromString(key).toString())
            : StoreResult<Device>(StoreError {StoreError::Code::NotFound, QString()});
        bool isNumber = false;
        const qint64 id = key.toLongLong(&isNumber);
        if (!found && isNumber) {
            found = store().devices().get(id);
        }
        if (!found || !AccessPolicy::canSee(r->admin(), found->regionId)) {
            if (found || found.error().code == StoreError::Code::NotFound) {
                r->fail(404, QStringLiteral("no device %1").arg(key));
            } else {
                r->failStore(found.error());
            }
            return;
        }
        device = found.take();
        if (device.userId > 0) {
            if (StoreResult<User> u = store().users().get(device.userId)) {
                owner = u.take();
                user = &owner;
            }
        }
        c.deviceId = device.id;
        c.mac = device.mac.toString();
        c.model = device.model;
        c.regionId = device.regionId;
        c.owners.insert(ValueSource::Device, QStringLiteral("Device %1").arg(c.mac));
        // Its site's values, as generation takes them: a site of its own region only.
        if (device.siteId > 0) {
            const StoreResult<Site> site = store().sites().get(device.siteId);
            if (site && site->regionId == device.regionId) {
                c.siteId = site->id;
                c.owners.insert(ValueSource::Site, QStringLiteral("Site %1").arg(site->name));
            }
        }
    } else {
        qint64 region = t.regionId;
        if (!r->queryNumber("region", &region, 0, std::numeric_limits<qint32>::max())) {
            return;
        }
        if (region > 0 && !AccessPolicy::canSee(r->admin(), region)) {
            r->fail(404, QStringLiteral("no region %1").arg(region));
            return;
        }
        c.regionId = region;
        device.model = t.model;
        device.regionId = region;
    }
    if (c.regionId > 0) {
        const StoreResult<Region> region = store().regions().get(c.regionId);
        if (!loaded(r, region)) {
            return;
        }
        c.owners.insert(ValueSource::Region, QStringLiteral("Region %1").arg(region->name));
    }
    if (!addValues(r, &c)) {
        return;
    }

    // Built-ins, with the passwords masked (the phone's file credentials are an overwrite).
    QStringList secretValues;
    QHash<QString, QString> builtins = BuiltinPlaceholders::values(device, user, state().context);
    for (const QString& name : secretBuiltins) {
        if (builtins.contains(name)) {
            if (!builtins.value(name).isEmpty()) {
                secretValues << builtins.value(name);
            }
            builtins.insert(name, PreviewContext::mask());
            c.secrets << name;
        }
    }
    c.scope.setLevel(ValueSource::Builtin, builtins);
    if (c.isDevice()) {
        if (!device.provisioningUser.isEmpty() && !device.provisioningSecret.isEmpty()) {
            c.deviceOverrides.append({QStringLiteral("ems_server/user_name"), device.provisioningUser});
            c.deviceOverrides.append({QStringLiteral("ems_server/user_password"), PreviewContext::mask()});
            secretValues << device.provisioningSecret;
            c.secrets << QStringLiteral("ems_server/user_password");
        }
    } else {
        for (const QString& name : BuiltinPlaceholders::names()) {
            const int index = BuiltinPlaceholders::indexOf(name);
            if (BuiltinPlaceholders::dependsOnDevice(index) && !builtins.contains(name)) {
                c.perPhone << name;
            }
        }
    }
    if (addCurrentFile(r, secretValues, &c)) {
        r->reply(200, c.toJson());
    }
}

bool PreviewApi::addValues(const ApiRequestPtr& r, PreviewContext* c)
{
    const RegionScope scope = AccessPolicy::visibleRegions(r->admin());
    const struct
    {
        const char* level;
        qint64 owner;
        ValueSource source;
    } levels[] = {{"system", 0, ValueSource::System},
                  {"template", c->templateId, ValueSource::Template},
                  {"region", c->regionId, ValueSource::Region},
                  {"site", c->siteId, ValueSource::Site},
                  {"device", c->deviceId, ValueSource::Device}};
    for (const auto& level : levels) {
        if (level.source != ValueSource::System && level.source != ValueSource::Template && level.owner <= 0) {
            continue;
        }
        const StoreResult<QVector<Placeholder>> values = store().placeholders().query(
            RowQueries::placeholders(QLatin1String(level.level), level.owner, QString(), scope));
        if (!loaded(r, values)) {
            return false;
        }
        for (const Placeholder& p : values.value()) {
            c->scope.set(level.source, p.name, p.value);
        }
        if (level.source == ValueSource::Region || level.source == ValueSource::Device) {
            const StoreResult<QVector<OverwriteValue>> overwrites = store().overwriteValues().query(
                RowQueries::overwriteValues(QLatin1String(level.level), level.owner, scope));
            if (!loaded(r, overwrites)) {
                return false;
            }
            for (const OverwriteValue& o : overwrites.value()) {
                (level.source == ValueSource::Region ? c->regionOverrides : c->deviceOverrides)
                    .append({o.key, o.value});
            }
        }
    }
    return true;
}

bool PreviewApi::addCurrentFile(const ApiRequestPtr& r, const QStringList& secretValues, PreviewContext* c)
{
    if (!c->isDevice()) {
        return true;
    }
    // Only the region's own and the system-wide templates can serve the phone.
    const RegionScope everything {true, {}};
    StoreResult<QVector<PhoneTemplate>> templates =
        store().templates().query(RowQueries::templates(0, c->model, everything));
    const StoreResult<QVector<PhoneTemplate>> regional = c->regionId > 0
        ? store().templates().query(RowQueries::templates(c->regionId, QString(), everything))
        : StoreResult<QVector<PhoneTemplate>>(QVector<PhoneTemplate>());
    if (!loaded(r, templates) || !loaded(r, regional)) {
        return false;
    }
    templates->append(regional.value());
    const TemplateChoice choice(templates.value());
    const PhoneTemplate* used = choice.forPhone(c->regionId, c->model);
    PhoneTemplate shipped;
    if (!used && DefaultTemplates::forModel(c->model, &shipped)) {
        used = &shipped;
    }
    c->usedTemplateId = used ? used->id : -1;
    c->usedTemplateName = used ? used->name : QString();
    if (!used || !RowScope::ofRegion(c->regionId).modifiableBy(r->admin())) {
        return true; // a phone's own file holds its credentials: only its region's Operators see it
    }
    PlaceholderScope nameScope;
    nameScope.set(ValueSource::Builtin, QStringLiteral("mac"), c->mac);
    const QString name = used->deviceFile.name.isEmpty() ? QStringLiteral("%ITCS_mac%.cfg") : used->deviceFile.name;
    const QString fileName = QString::fromUtf8(TemplateRenderer::render(name, nameScope).text);
    const StoreResult<ConfigFile> file = store().configFiles().findOne(QStringLiteral("file_name"), fileName);
    if (!file) {
        if (file.error().code == StoreError::Code::NotFound) {
            return true;
        }
        r->failStore(file.error());
        return false;
    }
    const StoreResult<QByteArray> content = store().configContent(file->id);
    if (!loaded(r, content)) {
        return false;
    }
    c->hasCurrentFile = true;
    c->currentFileName = fileName;
    c->currentFile = FilePreviewer::maskSecrets(content.value(), secretValues);
    return true;
}
