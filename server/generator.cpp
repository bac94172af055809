#include "generator.h"

#include "atomicfilebatch.h"
#include "batchrenderer.h"
#include "configfilebatch.h"
#include "defaulttemplates.h"
#include "digest.h"
#include "keyoverrides.h"
#include "store.h"
#include "templaterenderer.h"
#include "voiprovision.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

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
    auto lookUp = [&](const QString& name) {
        if (only && !filesByName.contains(name)) {
            if (StoreResult<ConfigFile> f = m_store.configFiles().findOne(QStringLiteral("file_name"), name)) {
                filesByName.insert(name, f.value());
            }
        }
    };
    const QByteArray context = contextDigest(m_server);

    // --- Templates: the stored ones, and the shipped ones models fall back to.
    QHash<QPair<qint64, QString>, const PhoneTemplate*> regionTemplate; // (region, model) -> template
    QHash<qint64, const PhoneTemplate*> regionDefault;                  // region -> its default template
    for (const PhoneTemplate& t : templates.value()) {
        const QPair<qint64, QString> key(t.regionId, t.model);
        const PhoneTemplate* current = regionTemplate.value(key);
        if (!current || (t.isDefault && !current->isDefault)) {
            regionTemplate.insert(key, &t);
        }
        if (t.isDefault && t.regionId > 0) {
            regionDefault.insert(t.regionId, &t);
        }
    }
    QHash<QByteArray, Prepared> prepared;
    auto prepare = [&](const Device& d) -> const Prepared* {
        const PhoneTemplate* t = regionTemplate.value({d.regionId, d.model});
        if (!t) {
            // The region's default template serves the models it has no template for (the
            // 400HD family shares its parameters).
            t = regionDefault.value(d.regionId);
        }
        if (!t) {
            t = regionTemplate.value({0, d.model});
        }
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
            p.fileName = CompiledTemplate::compile(p.templ.deviceFile.name.isEmpty() ? QStringLiteral("%ITCS_mac%.cfg")
                                                                                     : p.templ.deviceFile.name);
            it = prepared.insert(identity, p);
        }
        return &it.value();
    };

    Transaction tx(m_store.database());
    if (tx.error().isError()) {
        return tx.error();
    }
    // Files go to disk (and get compressed for the store) on worker threads; their rows are
    // saved once every file is safely written.
    AtomicFileBatch files(dir.path(), true);
    ConfigFileBatch rows(m_store.database());
    QHash<QString, ConfigFile> pending; // written or being written, row not saved yet
    // Saves the rows of the files the workers have finished; the main thread does it while they
    // go on with the next ones.
    auto saveFinishedRows = [&]() -> StoreError {
        const QHash<QString, QByteArray> bodies = files.takeCompressed();
        for (auto it = bodies.constBegin(); it != bodies.constEnd(); ++it) {
            StoreResult<ConfigFile> saved =
                rows.saveEncoded(pending.take(it.key()), it.value(), QStringLiteral("zlib"));
            if (!saved) {
                return saved.error();
            }
        }
        return {};
    };
    QSet<QString> namesThisRun;
    auto save = [&](const QString& name, const QByteArray& content, const QString& sha,
                    const QByteArray& fingerprint) -> StoreError {
        QString error;
        if (!files.write(name, content, &error)) {
            return {StoreError::Code::Invalid, error};
        }
        ConfigFile row = filesByName.value(name);
        row.fileName = name;
        row.fingerprint = QString::fromLatin1(fingerprint);
        row.updatedAt = QDateTime::currentDateTimeUtc();
        row.sha256 = sha;
        row.size = content.size();
        pending.insert(name, row);
        return pending.size() >= 64 ? saveFinishedRows() : StoreError {};
    };

    // --- Device files.
    QHash<QByteArray, QHash<qint64, BatchRenderer*>> renderers; // template identity -> region -> renderer
    std::vector<std::unique_ptr<BatchRenderer>> ownedRenderers;
    std::vector<std::unique_ptr<PlaceholderScope>> ownedScopes;
    QByteArray content;
    QByteArray nameBytes;
    for (const Device& d : devices.value()) {
        if (d.approval != ApprovalState::Approved) {
            continue;
        }
        ++report.devices;
        const Prepared* p = prepare(d);
        if (!p) {
            report.problems.append({d.mac.toString(), QStringLiteral("no template for model '%1'").arg(d.model)});
            continue;
        }
        const User* user = userById.value(d.userId);
        const LevelValues& deviceLevel = byDevice.value(d.id);
        const QByteArray fingerprint =
            QCryptographicHash::hash(
                p->identity + "|s" + system.signature.text() + "|t" + byTemplate.value(p->templ.id).signature.text()
                    + "|r" + byRegion.value(d.regionId).signature.text() + "|ro"
                    + regionOverrideSig.value(d.regionId).text() + "|d" + QByteArray::number(d.revision) + "|dp"
                    + deviceLevel.signature.text() + "|do" + deviceOverrideSig.value(d.id).text() + "|u"
                    + QByteArray::number(user ? user->revision : 0) + "|c" + context,
                QCryptographicHash::Sha1)
                .toHex();

        BatchRenderer*& renderer = renderers[p->identity][d.regionId];
        if (!renderer) {
            auto scope = std::make_unique<PlaceholderScope>();
            scope->setLevel(ValueSource::Region, byRegion.value(d.regionId).values);
            scope->setLevel(ValueSource::Template, byTemplate.value(p->templ.id).values);
            scope->setLevel(ValueSource::System, system.values);
            ownedRenderers.push_back(std::make_unique<BatchRenderer>(p->deviceFile, *scope, m_server));
            ownedScopes.push_back(std::move(scope));
            renderer = ownedRenderers.back().get();
        }
        // The file's name comes from the template too ("%ITCS_mac%.cfg").
        PlaceholderScope nameScope;
        nameScope.set(ValueSource::Builtin, QStringLiteral("mac"), d.mac.toString());
        const QString fileName = QString::fromUtf8(TemplateRenderer::render(p->fileName, nameScope).text);
        if (!VoIProvision::isSafeFileName(fileName) || fileName.contains(QLatin1String("%ITCS_"))) {
            report.problems.append(
                {d.mac.toString(), QStringLiteral("the file name '%1' is not usable").arg(fileName)});
            continue;
        }
        if (namesThisRun.contains(fileName)) {
            report.problems.append({d.mac.toString(),
                                    QStringLiteral("%1 is also the file of another phone; the "
                                                   "template's file name must hold %ITCS_mac%")
                                        .arg(fileName)});
            continue;
        }
        namesThisRun.insert(fileName);
        lookUp(fileName);
        const auto previous = filesByName.constFind(fileName);
        if (!force && previous != filesByName.constEnd() && previous->fingerprint == QLatin1String(fingerprint)
            && QFileInfo::exists(dir.filePath(fileName))) {
            ++report.unchanged;
            continue;
        }
        QStringList unresolved;
        QString error;
        if (!renderer->render(deviceLevel.values, d, user, &content, &unresolved, &error)) {
            report.problems.append({d.mac.toString(), error});
            continue;
        }
        // The phone's own file credentials come last: nothing may override them.
        QVector<KeyOverride> forDevice = deviceOverrides.value(d.id);
        if (!d.provisioningUser.isEmpty() && !d.provisioningSecret.isEmpty()) {
            forDevice.append({QStringLiteral("ems_server/user_name"), d.provisioningUser});
            forDevice.append({QStringLiteral("ems_server/user_password"), d.provisioningSecret});
        }
        if (!KeyOverrides::apply(&content, regionOverrides.value(d.regionId), forDevice, &error)) {
            report.problems.append({d.mac.toString(), error});
            continue;
        }
        ++report.rendered;
        if (!unresolved.isEmpty()) {
            report.unresolved.append(d.mac.toString() + QStringLiteral(": ") + unresolved.join(QStringLiteral(", ")));
        }
        const QString sha = Digest::sha256Hex(content);
        if (previous != filesByName.constEnd() && previous->sha256 == sha
            && QFileInfo::exists(dir.filePath(fileName))) {
            // Same bytes: only remember the new fingerprint.
            if (StoreError e = rows.setFingerprint(previous->id, QString::fromLatin1(fingerprint)); e.isError()) {
                return e;
            }
            continue;
        }
        if (StoreError e = save(fileName, content, sha, fingerprint); e.isError()) {
            return e;
        }
        ++report.written;
    }

    // --- Global files, one per template in use.
    for (const Prepared& p : std::as_const(prepared)) {
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
        lookUp(name);
        if (!r.ok() || !VoIProvision::isSafeFileName(name)) {
            report.problems.append(
                {p.templ.name, r.ok() ? QStringLiteral("the global file name '%1' is not usable").arg(name) : r.error});
            continue;
        }
        const auto previous = filesByName.constFind(name);
        const QString sha = Digest::sha256Hex(r.text);
        if (previous != filesByName.constEnd() && previous->sha256 == sha && QFileInfo::exists(dir.filePath(name))) {
            continue;
        }
        if (StoreError e = save(name, r.text, sha, QByteArray("global")); e.isError()) {
            return e;
        }
        ++report.globalFiles;
    }
    // The files are on disk for good before the store says they were written.
    QString error;
    if (!files.finish(&error)) {
        return StoreError {StoreError::Code::Invalid, error};
    }
    if (StoreError e = saveFinishedRows(); e.isError()) {
        return e;
    }
    if (!pending.isEmpty()) {
        return StoreError {StoreError::Code::Invalid,
                           QStringLiteral("%1 generated file(s) were not written").arg(pending.size())};
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return report;
}
