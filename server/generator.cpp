#include "generator.h"

#include "batchrenderer.h"
#include "defaulttemplates.h"
#include "generatedfiles.h"
#include "keyoverrides.h"
#include "provisioningpath.h"
#include "store.h"
#include "templatechoice.h"
#include "templatefilenames.h"
#include "templaterenderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

namespace {
// A short digest of a set of rows: changes when one is added, changed or removed.
struct Signature
{
    qint64 maxRevision = 0;
    qint64 count = 0;
    void add(qint64 revision)
    {
        maxRevision = qMax(maxRevision, revision);
        ++count;
    }
    QByteArray text() const { return QByteArray::number(maxRevision) + '/' + QByteArray::number(count); }
};

struct LevelValues
{
    QHash<QString, QString> values;
    Signature signature;
};

// A template ready to render: stored (id > 0) or shipped (id 0, keyed by model).
struct Prepared
{
    PhoneTemplate templ;
    QByteArray identity; // "t<id>:<revision>" or "shipped:<model>:<digest>"
    CompiledTemplate deviceFile;
    CompiledTemplate fileName;
    bool macFileName = false; // the name is "%ITCS_mac%.cfg"
    bool namesMac = false;    // the name holds %ITCS_mac% (a phone's own file must)
};

QByteArray contextDigest(const ServerContext& s)
{
    QByteArray text = s.serverAddress.toUtf8() + '|' + (s.https ? "https" : "http") + '|' + s.httpProxyIp.toUtf8() + '|'
        + s.httpProxyPort.toUtf8() + '|' + s.destination.toUtf8();
    QStringList models = s.firmwareFiles.keys();
    models.sort();
    for (const QString& m : models) {
        text += '|' + m.toUtf8() + '=' + s.firmwareFiles.value(m).toUtf8();
    }
    return QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex();
}

} // namespace

Generator::Generator(Store& store, const QString& outputDir, const ServerContext& server)
    : m_store(store)
    , m_outputDir(outputDir)
    , m_server(server)
{ }

StoreResult<GenerationReport> Generator::run(bool force)
{
    return generate(force, nullptr);
}

StoreResult<GenerationReport> Generator::runFor(const QVector<qint64>& deviceIds)
{
    return generate(false, &deviceIds);
}

StoreResult<GenerationReport> Generator::generate(bool force, const QVector<qint64>* only)
{
    GenerationReport report;
    const QDir dir(m_outputDir);
    if (!QDir().mkpath(dir.path())) {
        return StoreError {StoreError::Code::Invalid, QStringLiteral("cannot create the folder %1").arg(dir.path())};
    }

    // --- Everything generation reads, once.
    StoreResult<QVector<Device>> devices = only ? QVector<Device>() : m_store.devices().list();
    StoreResult<QVector<User>> users = only ? QVector<User>() : m_store.users().list();
    if (only) {
        for (const qint64 id : *only) {
            StoreResult<Device> d = m_store.devices().get(id);
            if (!d && d.error().code == StoreError::Code::NotFound) {
                // Deleted since it was asked for: that phone gets no file, the others do.
                report.problems.append(
                    {QStringLiteral("#%1").arg(id), id, QStringLiteral("the phone no longer exists")});
                continue;
            }
            if (!d) {
                return d.error();
            }
            devices->append(d.value());
            if (d->userId > 0) {
                StoreResult<User> u = m_store.users().get(d->userId);
                if (!u) {
                    return u.error();
                }
                users->append(u.value());
            }
        }
    }
    auto templates = m_store.templates().list();
    auto placeholders = m_store.placeholders().list();
    auto overwrites = m_store.overwriteValues().list();
    // A partial run looks the existing files up by name instead of reading every row.
    StoreResult<QVector<ConfigFile>> existing = only ? QVector<ConfigFile>() : m_store.configFiles().list();
    for (const StoreError* e : {&devices.error(), &users.error(), &templates.error(), &placeholders.error(),
                                &overwrites.error(), &existing.error()}) {
        if (e->isError()) {
            return *e;
        }
    }
    QHash<qint64, const User*> userById;
    for (const User& u : users.value()) {
        userById.insert(u.id, &u);
    }
    LevelValues system;
    QHash<qint64, LevelValues> byTemplate, byRegion, byDevice;
    for (const Placeholder& p : placeholders.value()) {
        LevelValues* target = p.level == PlaceholderLevel::System ? &system
            : p.level == PlaceholderLevel::Template               ? &byTemplate[p.ownerId]
            : p.level == PlaceholderLevel::Region                 ? &byRegion[p.ownerId]
                                                                  : &byDevice[p.ownerId];
        target->values.insert(p.name, p.value);
        target->signature.add(p.revision);
    }
    QHash<qint64, QVector<KeyOverride>> regionOverrides, deviceOverrides;
    QHash<qint64, Signature> regionOverrideSig, deviceOverrideSig;
    for (const OverwriteValue& o : overwrites.value()) {
        const bool region = o.level == PlaceholderLevel::Region;
        (region ? regionOverrides : deviceOverrides)[o.ownerId].append({o.key, o.value});
        (region ? regionOverrideSig : deviceOverrideSig)[o.ownerId].add(o.revision);
    }
    QHash<QString, ConfigFile> filesByName;
    for (const ConfigFile& f : existing.value()) {
        filesByName.insert(f.fileName, f);
    }
    // A phone's files under other names than the one it gets now (its template's device file was
    // renamed): removed with this run, rows in its transaction and files once it is committed.
    QHash<qint64, QVector<ConfigFile>> filesByDevice;
    for (const ConfigFile& f : existing.value()) {
        if (f.origin == ConfigFile::Origin::Device && f.deviceId > 0) {
            filesByDevice[f.deviceId].append(f);
        }
    }
    QStringList staleFiles;
    auto forgetOtherNames = [&](const Device& d, const QString& current) -> StoreError {
        QVector<ConfigFile> owned;
        if (only) {
            StoreResult<QVector<ConfigFile>> rows = m_store.configFiles().listWhere(QStringLiteral("device_id"), d.id);
            if (!rows) {
                return rows.error();
            }
            owned = rows.value();
        } else {
            owned = filesByDevice.value(d.id);
        }
        for (const ConfigFile& f : std::as_const(owned)) {
            if (f.fileName == current || f.origin != ConfigFile::Origin::Device) {
                continue;
            }
            if (StoreError e = m_store.configFiles().remove(f.id, f.revision).error(); e.isError()) {
                return e;
            }
            staleFiles.append(f.fileName);
        }
        return {};
    };
    auto lookUp = [&](const QString& name) {
        if (only && !filesByName.contains(name)) {
            if (StoreResult<ConfigFile> f = m_store.configFiles().findOne(QStringLiteral("file_name"), name)) {
                filesByName.insert(name, f.value());
            }
        }
    };
    const QByteArray context = contextDigest(m_server);

    // --- Templates: the stored ones, and the shipped ones models fall back to.
    const TemplateChoice choice(templates.value());
    QHash<QByteArray, Prepared> prepared;
    auto prepare = [&](const Device& d) -> const Prepared* {
        const PhoneTemplate* t = choice.forPhone(d.regionId, d.model);
        PhoneTemplate shipped;
        QByteArray identity;
        if (t) {
            identity = "t" + QByteArray::number(t->id) + ':' + QByteArray::number(t->revision);
        } else if (DefaultTemplates::forModel(d.model, &shipped)) {
            identity = "shipped:" + shipped.model.toUtf8();
        } else {
            return nullptr;
        }
        auto it = prepared.find(identity);
        if (it == prepared.end()) {
            Prepared p;
            p.templ = t ? *t : shipped;
            p.identity = identity;
            if (!t) {
                p.identity += ':'
                    + QCryptographicHash::hash((shipped.deviceFile.data + shipped.globalFile.data).toUtf8(),
                                               QCryptographicHash::Sha1)
                          .toHex()
                          .left(12);
            }
            p.deviceFile = CompiledTemplate::compile(p.templ.deviceFile.data);
            const QString name =
                p.templ.deviceFile.name.isEmpty() ? QStringLiteral("%ITCS_mac%.cfg") : p.templ.deviceFile.name;
            p.fileName = CompiledTemplate::compile(name);
            p.macFileName = name == QLatin1String("%ITCS_mac%.cfg");
            p.namesMac = name.contains(QLatin1String("%ITCS_mac%"));
            it = prepared.insert(identity, p);
        }
        return &it.value();
    };

    Transaction tx(m_store.database());
    if (tx.error().isError()) {
        return tx.error();
    }
    GeneratedFiles sink(dir.path(), m_store.database(), &report);

    // --- Device files.
    // One renderer per template and region, with the part of the fingerprint they share.
    struct RegionRenderer
    {
        BatchRenderer* renderer = nullptr;
        QByteArray fingerprintPrefix;
    };
    QHash<QByteArray, QHash<qint64, RegionRenderer>> renderers; // template identity -> region -> renderer
    std::vector<std::unique_ptr<BatchRenderer>> ownedRenderers;
    std::vector<std::unique_ptr<PlaceholderScope>> ownedScopes;
    QSet<QString> namesThisRun;
    QByteArray content;
    for (const Device& d : devices.value()) {
        if (d.approval != ApprovalState::Approved) {
            continue;
        }
        ++report.devices;
        const Prepared* p = prepare(d);
        if (!p) {
            report.problems.append({d.mac.toString(), d.id, QStringLiteral("no template for model '%1'").arg(d.model)});
            continue;
        }
        RegionRenderer& regional = renderers[p->identity][d.regionId];
        if (!regional.renderer) {
            auto scope = std::make_unique<PlaceholderScope>();
            scope->setLevel(ValueSource::Region, byRegion.value(d.regionId).values);
            scope->setLevel(ValueSource::Template, byTemplate.value(p->templ.id).values);
            scope->setLevel(ValueSource::System, system.values);
            ownedRenderers.push_back(std::make_unique<BatchRenderer>(p->deviceFile, *scope, m_server));
            ownedScopes.push_back(std::move(scope));
            regional.renderer = ownedRenderers.back().get();
            regional.fingerprintPrefix = p->identity + "|s" + system.signature.text() + "|t"
                + byTemplate.value(p->templ.id).signature.text() + "|r" + byRegion.value(d.regionId).signature.text()
                + "|ro" + regionOverrideSig.value(d.regionId).text() + "|c" + context;
        }
        const User* user = userById.value(d.userId);
        const auto deviceLevel = byDevice.constFind(d.id);
        const LevelValues noValues;
        const LevelValues& deviceValues = deviceLevel == byDevice.constEnd() ? noValues : deviceLevel.value();
        const QByteArray fingerprint =
            QCryptographicHash::hash(regional.fingerprintPrefix + "|d" + QByteArray::number(d.revision) + "|dp"
                                         + deviceValues.signature.text() + "|do" + deviceOverrideSig.value(d.id).text()
                                         + "|u" + QByteArray::number(user ? user->revision : 0),
                                     QCryptographicHash::Sha1)
                .toHex();

        // The file's name comes from the template too ("%ITCS_mac%.cfg", the usual one, is
        // always a safe name). It must name the phone: a file that holds one phone's secrets is
        // never given a name that could be shared.
        if (!p->namesMac) {
            report.problems.append({d.mac.toString(), d.id,
                                    QStringLiteral("the template's device file name '%1' does not hold %ITCS_mac%")
                                        .arg(p->templ.deviceFile.name)});
            continue;
        }
        QString fileName;
        if (p->macFileName) {
            fileName = d.mac.toString() + QLatin1String(".cfg");
        } else {
            PlaceholderScope nameScope;
            nameScope.set(ValueSource::Builtin, QStringLiteral("mac"), d.mac.toString());
            fileName = QString::fromUtf8(TemplateRenderer::render(p->fileName, nameScope).text);
            // A name phones can ask for ([A-Za-z0-9._-], not starting with '.': never one of the
            // batch's own ".<name>.partial" or ".<name>.previous").
            if (!ProvisioningPath::isSafeFileName(fileName) || fileName.contains(QLatin1String("%ITCS_"))) {
                report.problems.append(
                    {d.mac.toString(), d.id, QStringLiteral("the file name '%1' is not usable").arg(fileName)});
                continue;
            }
        }
        if (namesThisRun.contains(fileName)) {
            report.problems.append({d.mac.toString(), d.id,
                                    QStringLiteral("%1 is also the file of another phone; the "
                                                   "template's file name must hold %ITCS_mac%")
                                        .arg(fileName)});
            continue;
        }
        namesThisRun.insert(fileName);
        lookUp(fileName);
        const ConfigFile previous = filesByName.value(fileName);
        if (const QString taken =
                GeneratedFiles::ownershipProblem(previous, GeneratedFiles::Kind::Device, d.id, d.mac.toString());
            !taken.isEmpty()) {
            report.problems.append(
                {d.mac.toString(), d.id, taken + QStringLiteral(": this phone's file is not written")});
            continue;
        }
        // (A file of before ownership was recorded is written again: that records whose it is.)
        const bool ownerKnown = previous.origin != ConfigFile::Origin::Device || previous.deviceId == d.id;
        if (!force && previous.id > 0 && ownerKnown && previous.fingerprint == QLatin1String(fingerprint)
            && QFileInfo::exists(dir.filePath(fileName))) {
            ++report.unchanged;
            if (StoreError e = forgetOtherNames(d, fileName); e.isError()) {
                return e;
            }
            continue;
        }
        QStringList unresolved;
        QString error;
        if (!regional.renderer->render(deviceValues.values, d, user, &content, &unresolved, &error)) {
            report.problems.append({d.mac.toString(), d.id, error});
            continue;
        }
        // The phone's own file credentials come last: nothing may override them.
        QVector<KeyOverride> forDevice = deviceOverrides.value(d.id);
        if (!d.provisioningUser.isEmpty() && !d.provisioningSecret.isEmpty()) {
            forDevice.append({QStringLiteral("ems_server/user_name"), d.provisioningUser});
            forDevice.append({QStringLiteral("ems_server/user_password"), d.provisioningSecret});
        }
        if (!KeyOverrides::apply(&content, regionOverrides.value(d.regionId), forDevice, &error)) {
            report.problems.append({d.mac.toString(), d.id, error});
            continue;
        }
        ++report.rendered;
        if (only
            && (previous.id == 0
                || previous.sha256
                    != QLatin1String(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()))) {
            report.changed.append(d.id); // for the job's note; a full run counts written files instead
        }
        if (!unresolved.isEmpty()) {
            report.unresolved.append(d.mac.toString() + QStringLiteral(": ") + unresolved.join(QStringLiteral(", ")));
        }
        if (StoreError e = forgetOtherNames(d, fileName); e.isError()) {
            return e;
        }
        if (StoreError e = sink.add(fileName, content, previous, fingerprint, GeneratedFiles::Kind::Device, d.id);
            e.isError()) {
            return e;
        }
    }

    // --- Global files, one per template in use; a name belongs to one region (or to the system).
    // The system's first, and no region's template may write a name the system's templates or
    // the shipped ones use (whatever its placeholders render to).
    std::vector<const Prepared*> globals;
    QSet<QString> systemNames;
    for (const QString& name : TemplateFileNames::shippedGlobalNames()) {
        systemNames.insert(name.toLower());
    }
    for (const PhoneTemplate& t : templates.value()) {
        if (t.regionId <= 0 && !t.globalFile.name.contains(u'%')) {
            systemNames.insert(t.globalFile.name.trimmed().toLower());
        }
    }
    for (const Prepared& p : std::as_const(prepared)) {
        globals.push_back(&p);
    }
    std::stable_sort(globals.begin(), globals.end(),
                     [](const Prepared* a, const Prepared* b) { return a->templ.regionId < b->templ.regionId; });
    QHash<QString, qint64> globalOwners;
    QHash<QString, QByteArray> globalTexts;
    for (const Prepared* global : globals) {
        const Prepared& p = *global;
        if (p.templ.globalFile.name.isEmpty() && p.templ.globalFile.data.isEmpty()) {
            continue;
        }
        PlaceholderScope scope;
        if (p.templ.regionId > 0) {
            scope.setLevel(ValueSource::Region, byRegion.value(p.templ.regionId).values);
        }
        scope.setLevel(ValueSource::Template, byTemplate.value(p.templ.id).values);
        scope.setLevel(ValueSource::System, system.values);
        scope.setLevel(ValueSource::Builtin, BuiltinPlaceholders::values(Device(), nullptr, m_server));
        const QString name = QString::fromUtf8(TemplateRenderer::render(p.templ.globalFile.name, scope).text);
        const RenderResult r = TemplateRenderer::render(p.templ.globalFile.data, scope);
        if (!r.ok() || !ProvisioningPath::isSafeFileName(name)) {
            report.problems.append(
                {p.templ.name, 0,
                 r.ok() ? QStringLiteral("the global file name '%1' is not usable").arg(name) : r.error});
            continue;
        }
        lookUp(name);
        const qint64 owner = qMax<qint64>(0, p.templ.regionId);
        QString taken = GeneratedFiles::ownershipProblem(filesByName.value(name), GeneratedFiles::Kind::Global, owner);
        if (taken.isEmpty() && owner > 0 && systemNames.contains(name.toLower())) {
            taken = QStringLiteral("%1 is the name of a system-wide or shipped template's global file").arg(name);
        }
        if (taken.isEmpty() && globalOwners.contains(name) && globalOwners.value(name) != owner) {
            taken = QStringLiteral("%1 is also the global file of a template of another region").arg(name);
        }
        if (!taken.isEmpty() || namesThisRun.contains(name)) {
            report.problems.append({p.templ.name, 0,
                                    (taken.isEmpty() ? QStringLiteral("%1 is a phone's own file").arg(name) : taken)
                                        + QStringLiteral(": the global file is not written")});
            continue;
        }
        // Two templates of one scope may share a global file: written once, and only if they
        // agree on its content.
        if (globalOwners.contains(name)) {
            if (globalTexts.value(name) != r.text) {
                report.problems.append({p.templ.name, 0,
                                        QStringLiteral("%1 is also the global file of another template of this "
                                                       "region, with other content: the global file is not written")
                                            .arg(name)});
            }
            continue;
        }
        globalOwners.insert(name, owner);
        globalTexts.insert(name, r.text);
        if (StoreError e =
                sink.add(name, r.text, filesByName.value(name), "global", GeneratedFiles::Kind::Global, owner);
            e.isError()) {
            return e;
        }
    }
    // The files are on disk for good before the store says they were written.
    if (StoreError e = sink.finish(); e.isError()) {
        return e;
    }
    // The files follow the rows: kept once the outermost transaction commits (this one, or the
    // writer's batch around it), put back if it rolls back; the stale ones go once it commits.
    sink.followTransaction(m_store.database(), staleFiles);
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return report;
}
