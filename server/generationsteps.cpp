#include "generationsteps.h"

#include "defaulttemplates.h"
#include "digest.h"
#include "provisioningpath.h"
#include "store.h"
#include "templaterenderer.h"

namespace GenerationSteps {

StoreResult<Inputs> load(Store& store, const QVector<qint64>* only)
{
    Inputs in;
    if (only) {
        for (const qint64 id : *only) {
            StoreResult<Device> d = store.devices().get(id);
            if (!d && d.error().code == StoreError::Code::NotFound) {
                in.missing.append(id);
                continue;
            }
            if (!d) {
                return d.error();
            }
            in.devices.append(d.value());
            if (d->userId > 0) {
                StoreResult<User> u = store.users().get(d->userId);
                if (!u) {
                    return u.error();
                }
                in.users.append(u.value());
            }
        }
    } else {
        StoreResult<QVector<Device>> devices = store.devices().list();
        StoreResult<QVector<User>> users = store.users().list();
        // A partial run looks the existing files up by name instead of reading every row.
        StoreResult<QVector<ConfigFile>> existing = store.configFiles().list();
        for (const StoreError* e : {&devices.error(), &users.error(), &existing.error()}) {
            if (e->isError()) {
                return *e;
            }
        }
        in.devices = std::move(devices.value());
        in.users = std::move(users.value());
        in.existing = std::move(existing.value());
    }
    StoreResult<QVector<PhoneTemplate>> templates = store.templates().list();
    StoreResult<QVector<Placeholder>> placeholders = store.placeholders().list();
    StoreResult<QVector<OverwriteValue>> overwrites = store.overwriteValues().list();
    StoreResult<QVector<Site>> sites = store.sites().list();
    for (const StoreError* e : {&templates.error(), &placeholders.error(), &overwrites.error(), &sites.error()}) {
        if (e->isError()) {
            return *e;
        }
    }
    in.templates = std::move(templates.value());
    in.placeholders = std::move(placeholders.value());
    in.overwrites = std::move(overwrites.value());
    in.sites = std::move(sites.value());
    return in;
}

const LevelValues& Levels::deviceValues(qint64 deviceId) const
{
    static const LevelValues none;
    const auto it = byDevice.constFind(deviceId);
    return it == byDevice.constEnd() ? none : it.value();
}

const LevelValues& Levels::siteValues(const Device& d) const
{
    static const LevelValues none;
    if (d.siteId <= 0 || siteRegions.value(d.siteId, -1) != d.regionId) {
        return none; // no site, or one of another region (the phone moved): not its values
    }
    const auto it = bySite.constFind(d.siteId);
    return it == bySite.constEnd() ? none : it.value();
}

QHash<QString, QString> Levels::phoneValues(const Device& d) const
{
    const LevelValues& site = siteValues(d);
    const LevelValues& own = deviceValues(d.id);
    if (site.values.isEmpty()) {
        return own.values;
    }
    QHash<QString, QString> merged = site.values;
    for (auto it = own.values.cbegin(); it != own.values.cend(); ++it) {
        merged.insert(it.key(), it.value());
    }
    return merged;
}

Levels resolveLevels(const QVector<Placeholder>& placeholders, const QVector<OverwriteValue>& overwrites,
                     const QVector<Site>& sites)
{
    Levels levels;
    for (const Site& s : sites) {
        levels.siteRegions.insert(s.id, s.regionId);
    }
    for (const Placeholder& p : placeholders) {
        LevelValues* target = p.level == PlaceholderLevel::System ? &levels.system
            : p.level == PlaceholderLevel::Template               ? &levels.byTemplate[p.ownerId]
            : p.level == PlaceholderLevel::Region                 ? &levels.byRegion[p.ownerId]
            : p.level == PlaceholderLevel::Site                   ? &levels.bySite[p.ownerId]
                                                                  : &levels.byDevice[p.ownerId];
        target->values.insert(p.name, p.value);
        target->signature.add(p.revision);
    }
    for (const OverwriteValue& o : overwrites) {
        const bool region = o.level == PlaceholderLevel::Region;
        (region ? levels.regionOverrides : levels.deviceOverrides)[o.ownerId].append({o.key, o.value});
        (region ? levels.regionOverrideSignatures : levels.deviceOverrideSignatures)[o.ownerId].add(o.revision);
    }
    return levels;
}

TemplateChooser::TemplateChooser(const QVector<PhoneTemplate>& templates)
    : m_templates(templates)
    , m_choice(m_templates)
{ }

const Prepared* TemplateChooser::forDevice(const Device& device)
{
    const PhoneTemplate* t = m_choice.forPhone(device.regionId, device.model);
    PhoneTemplate shipped;
    QByteArray identity;
    if (t) {
        identity = "t" + QByteArray::number(t->id) + ':' + QByteArray::number(t->revision);
    } else if (DefaultTemplates::forModel(device.model, &shipped)) {
        identity = "shipped:" + shipped.model.toUtf8();
    } else {
        return nullptr;
    }
    if (const auto it = m_byIdentity.constFind(identity); it != m_byIdentity.constEnd()) {
        return it.value().get();
    }
    auto p = std::make_shared<Prepared>();
    p->templ = t ? *t : shipped;
    p->identity = identity;
    if (!t) {
        p->identity +=
            ':' + Digest::sha256Hex((shipped.deviceFile.data + shipped.globalFile.data).toUtf8()).left(12).toLatin1();
    }
    p->deviceFile = CompiledTemplate::compile(p->templ.deviceFile.data);
    const QString name =
        p->templ.deviceFile.name.isEmpty() ? QStringLiteral("%ITCS_mac%.cfg") : p->templ.deviceFile.name;
    p->fileName = CompiledTemplate::compile(name);
    p->macFileName = name == QLatin1String("%ITCS_mac%.cfg");
    p->namesMac = name.contains(QLatin1String("%ITCS_mac%"));
    m_byIdentity.insert(identity, p);
    m_order.append(p.get());
    return p.get();
}

QVector<const Prepared*> TemplateChooser::chosen() const
{
    return m_order;
}

QByteArray contextDigest(const ServerContext& s)
{
    QByteArray text = s.serverAddress.toUtf8() + '|' + (s.https ? "https" : "http") + '|' + s.httpProxyIp.toUtf8() + '|'
        + s.httpProxyPort.toUtf8() + '|' + s.destination.toUtf8();
    QStringList models = s.firmwareFiles.keys();
    models.sort();
    for (const QString& m : models) {
        text += '|' + m.toUtf8() + '=' + s.firmwareFiles.value(m).toUtf8();
    }
    return Digest::sha256Hex(text).toLatin1();
}

QByteArray regionalPrefix(const Prepared& p, const Levels& levels, qint64 regionId, const QByteArray& context)
{
    return p.identity + "|s" + levels.system.signature.text() + "|t"
        + levels.byTemplate.value(p.templ.id).signature.text() + "|r" + levels.byRegion.value(regionId).signature.text()
        + "|ro" + levels.regionOverrideSignatures.value(regionId).text() + "|c" + context;
}

QByteArray fingerprint(const QByteArray& prefix, const Device& d, const Levels& levels, const User* user)
{
    return Digest::sha256Hex(prefix + "|d" + QByteArray::number(d.revision) + "|sp" + QByteArray::number(d.siteId) + ':'
                             + levels.siteValues(d).signature.text() + "|dp"
                             + levels.deviceValues(d.id).signature.text() + "|do"
                             + levels.deviceOverrideSignatures.value(d.id).text() + "|u"
                             + QByteArray::number(user ? user->revision : 0))
        .toLatin1();
}

bool deviceFileName(const Prepared& p, const Device& d, QString* name, QString* problem)
{
    if (!p.namesMac) {
        *problem = QStringLiteral("the template's device file name '%1' does not hold %ITCS_mac%")
                       .arg(p.templ.deviceFile.name);
        return false;
    }
    if (p.macFileName) {
        *name = d.mac.toString() + QLatin1String(".cfg"); // the usual name, always a safe one
        return true;
    }
    PlaceholderScope nameScope;
    nameScope.set(ValueSource::Builtin, QStringLiteral("mac"), d.mac.toString());
    *name = QString::fromUtf8(TemplateRenderer::render(p.fileName, nameScope).text);
    // A name phones can ask for ([A-Za-z0-9._-], not starting with '.': never one of the
    // batch's own ".<name>.partial" or ".<name>.previous").
    if (!ProvisioningPath::isSafeFileName(*name) || name->contains(QLatin1String("%ITCS_"))) {
        *problem = QStringLiteral("the file name '%1' is not usable").arg(*name);
        return false;
    }
    return true;
}

bool applyOverrides(QByteArray* content, const Levels& levels, const Device& d, QString* error)
{
    QVector<KeyOverride> forDevice = levels.deviceOverrides.value(d.id);
    if (!d.provisioningUser.isEmpty() && !d.provisioningSecret.isEmpty()) {
        forDevice.append({QStringLiteral("ems_server/user_name"), d.provisioningUser});
        forDevice.append({QStringLiteral("ems_server/user_password"), d.provisioningSecret});
    }
    return KeyOverrides::apply(content, levels.regionOverrides.value(d.regionId), forDevice, error);
}

} // namespace GenerationSteps
