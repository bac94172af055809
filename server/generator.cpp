#include "generator.h"

#include "atomicfilebatch.h"

#include "batchrenderer.h"
#include "digest.h"
#include "generatedfiles.h"
#include "generationsteps.h"
#include "provisioningpath.h"
#include "store.h"
#include "templatefilenames.h"
#include "templaterenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

namespace {
using namespace GenerationSteps;

// One run of the generator: the steps of GenerationSteps put together, with what they share.
class GenerationRun
{
public:
    GenerationRun(Store& store, const QDir& dir, const ServerContext& server, bool force, const QVector<qint64>* only,
                  Inputs inputs, GenerationReport* report);

    // Choose the template, fingerprint, name, render, apply the overrides, write.
    StoreError writeDeviceFile(const Device& d);
    // One per template in use; a name belongs to one region (or to the system).
    StoreError writeGlobalFiles();
    // The files on disk for good, then following the transaction around the run.
    StoreError finish();
    const QVector<Device>& devices() const { return m_in.devices; }

private:
    // A phone's files under other names than the one it gets now (its template's device file
    // was renamed): removed with this run, rows in its transaction and files once committed.
    StoreError forgetOtherNames(const Device& d, const QString& current);
    // A partial run looks the existing files up by name instead of reading every row.
    void lookUp(const QString& name);

    // One renderer per template and region, with the part of the fingerprint they share.
    struct RegionRenderer
    {
        std::unique_ptr<PlaceholderScope> scope;
        std::unique_ptr<BatchRenderer> renderer;
        QByteArray fingerprintPrefix;
    };

    Store& m_store;
    QDir m_dir;
    const ServerContext& m_server;
    bool m_force;
    const QVector<qint64>* m_only;
    Inputs m_in;
    GenerationReport& m_report;
    Levels m_levels;
    TemplateChooser m_templates;
    QByteArray m_context;
    QHash<qint64, const User*> m_userById;
    QHash<QString, ConfigFile> m_filesByName;
    QHash<qint64, QVector<ConfigFile>> m_filesByDevice;
    QStringList m_staleFiles;
    QSet<QString> m_namesThisRun;
    QHash<QByteArray, QHash<qint64, std::shared_ptr<RegionRenderer>>> m_renderers; // template -> region
    std::unique_ptr<GeneratedFiles> m_sink;
    QByteArray m_content;
};

GenerationRun::GenerationRun(Store& store, const QDir& dir, const ServerContext& server, bool force,
                             const QVector<qint64>* only, Inputs inputs, GenerationReport* report)
    : m_store(store)
    , m_dir(dir)
    , m_server(server)
    , m_force(force)
    , m_only(only)
    , m_in(std::move(inputs))
    , m_report(*report)
    , m_levels(resolveLevels(m_in.placeholders, m_in.overwrites, m_in.sites))
    , m_templates(m_in.templates)
    , m_context(contextDigest(server))
    , m_sink(std::make_unique<GeneratedFiles>(dir.path(), store.database(), report))
{
    for (const qint64 id : std::as_const(m_in.missing)) {
        // Deleted since it was asked for: that phone gets no file, the others do.
        m_report.problems.append({QStringLiteral("#%1").arg(id), id, QStringLiteral("the phone no longer exists")});
    }
    for (const User& u : std::as_const(m_in.users)) {
        m_userById.insert(u.id, &u);
    }
    m_filesByName.reserve(m_in.existing.size());
    for (const ConfigFile& f : std::as_const(m_in.existing)) {
        m_filesByName.insert(f.fileName, f);
        if (f.origin == ConfigFile::Origin::Device && f.deviceId > 0) {
            m_filesByDevice[f.deviceId].append(f);
        }
    }
}

StoreError GenerationRun::forgetOtherNames(const Device& d, const QString& current)
{
    QVector<ConfigFile> owned;
    if (m_only) {
        StoreResult<QVector<ConfigFile>> rows = m_store.configFiles().listWhere(QStringLiteral("device_id"), d.id);
        if (!rows) {
            return rows.error();
        }
        owned = rows.value();
    } else {
        owned = m_filesByDevice.value(d.id);
    }
    for (const ConfigFile& f : std::as_const(owned)) {
        if (f.fileName == current || f.origin != ConfigFile::Origin::Device) {
            continue;
        }
        if (StoreError e = m_store.configFiles().remove(f.id, f.revision).error(); e.isError()) {
            return e;
        }
        m_staleFiles.append(f.fileName);
    }
    return {};
}

void GenerationRun::lookUp(const QString& name)
{
    if (m_only && !m_filesByName.contains(name)) {
        if (StoreResult<ConfigFile> f = m_store.configFiles().findOne(QStringLiteral("file_name"), name)) {
            m_filesByName.insert(name, f.value());
        }
    }
}

StoreError GenerationRun::writeDeviceFile(const Device& d)
{
    const Prepared* p = m_templates.forDevice(d);
    if (!p) {
        m_report.problems.append({d.mac.toString(), d.id, QStringLiteral("no template for model '%1'").arg(d.model)});
        return {};
    }
    std::shared_ptr<RegionRenderer>& regional = m_renderers[p->identity][d.regionId];
    if (!regional) {
        regional = std::make_shared<RegionRenderer>();
        regional->scope = std::make_unique<PlaceholderScope>();
        regional->scope->setLevel(ValueSource::Region, m_levels.byRegion.value(d.regionId).values);
        regional->scope->setLevel(ValueSource::Template, m_levels.byTemplate.value(p->templ.id).values);
        regional->scope->setLevel(ValueSource::System, m_levels.system.values);
        regional->renderer = std::make_unique<BatchRenderer>(p->deviceFile, *regional->scope, m_server);
        regional->fingerprintPrefix = regionalPrefix(*p, m_levels, d.regionId, m_context);
    }
    const User* user = m_userById.value(d.userId);
    const QByteArray print = fingerprint(regional->fingerprintPrefix, d, m_levels, user);
    QString fileName;
    QString problem;
    if (!deviceFileName(*p, d, &fileName, &problem)) {
        m_report.problems.append({d.mac.toString(), d.id, problem});
        return {};
    }
    if (m_namesThisRun.contains(fileName)) {
        m_report.problems.append({d.mac.toString(), d.id,
                                  QStringLiteral("%1 is also the file of another phone; the "
                                                 "template's file name must hold %ITCS_mac%")
                                      .arg(fileName)});
        return {};
    }
    m_namesThisRun.insert(fileName);
    lookUp(fileName);
    static const ConfigFile none;
    const auto found = m_filesByName.constFind(fileName);
    const ConfigFile& previous = found == m_filesByName.constEnd() ? none : found.value();
    if (const QString taken =
            GeneratedFiles::ownershipProblem(previous, GeneratedFiles::Kind::Device, d.id, d.mac.toString());
        !taken.isEmpty()) {
        m_report.problems.append(
            {d.mac.toString(), d.id, taken + QStringLiteral(": this phone's file is not written")});
        return {};
    }
    // (A file of before ownership was recorded is written again: that records whose it is.)
    const bool ownerKnown = previous.origin != ConfigFile::Origin::Device || previous.deviceId == d.id;
    if (!m_force && previous.id > 0 && ownerKnown && previous.fingerprint == QLatin1String(print)
        && AtomicFileBatch::fileExists(m_dir.filePath(fileName))) {
        ++m_report.unchanged;
        return forgetOtherNames(d, fileName);
    }
    QStringList unresolved;
    QString error;
    if (!regional->renderer->render(m_levels.phoneValues(d), d, user, &m_content, &unresolved, &error)
        || !applyOverrides(&m_content, m_levels, d, &error)) {
        m_report.problems.append({d.mac.toString(), d.id, error});
        return {};
    }
    ++m_report.rendered;
    if (m_only && (previous.id == 0 || previous.sha256 != Digest::sha256Hex(m_content))) {
        m_report.changed.append(d.id); // for the job's note; a full run counts written files instead
    }
    if (!unresolved.isEmpty()) {
        m_report.unresolved.append(d.mac.toString() + QStringLiteral(": ") + unresolved.join(QStringLiteral(", ")));
    }
    if (StoreError e = forgetOtherNames(d, fileName); e.isError()) {
        return e;
    }
    return m_sink->add(fileName, m_content, previous, print, GeneratedFiles::Kind::Device, d.id,
                       {p->templ.id, unresolved});
}

StoreError GenerationRun::writeGlobalFiles()
{
    // The system's first, and no region's template may write a name the system's templates or
    // the shipped ones use (whatever its placeholders render to).
    std::vector<const Prepared*> globals;
    QSet<QString> systemNames;
    for (const QString& name : TemplateFileNames::shippedGlobalNames()) {
        systemNames.insert(name.toLower());
    }
    for (const PhoneTemplate& t : std::as_const(m_in.templates)) {
        if (t.regionId <= 0 && !t.globalFile.name.contains(u'%')) {
            systemNames.insert(t.globalFile.name.trimmed().toLower());
        }
    }
    for (const Prepared* p : m_templates.chosen()) {
        globals.push_back(p);
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
            scope.setLevel(ValueSource::Region, m_levels.byRegion.value(p.templ.regionId).values);
        }
        scope.setLevel(ValueSource::Template, m_levels.byTemplate.value(p.templ.id).values);
        scope.setLevel(ValueSource::System, m_levels.system.values);
        scope.setLevel(ValueSource::Builtin, BuiltinPlaceholders::values(Device(), nullptr, m_server));
        const QString name = QString::fromUtf8(TemplateRenderer::render(p.templ.globalFile.name, scope).text);
        const RenderResult r = TemplateRenderer::render(p.templ.globalFile.data, scope);
        if (!r.ok() || !ProvisioningPath::isSafeFileName(name)) {
            m_report.problems.append(
                {p.templ.name, 0,
                 r.ok() ? QStringLiteral("the global file name '%1' is not usable").arg(name) : r.error});
            continue;
        }
        lookUp(name);
        const qint64 owner = qMax<qint64>(0, p.templ.regionId);
        QString taken =
            GeneratedFiles::ownershipProblem(m_filesByName.value(name), GeneratedFiles::Kind::Global, owner);
        if (taken.isEmpty() && owner > 0 && systemNames.contains(name.toLower())) {
            taken = QStringLiteral("%1 is the name of a system-wide or shipped template's global file").arg(name);
        }
        if (taken.isEmpty() && globalOwners.contains(name) && globalOwners.value(name) != owner) {
            taken = QStringLiteral("%1 is also the global file of a template of another region").arg(name);
        }
        if (!taken.isEmpty() || m_namesThisRun.contains(name)) {
            m_report.problems.append({p.templ.name, 0,
                                      (taken.isEmpty() ? QStringLiteral("%1 is a phone's own file").arg(name) : taken)
                                          + QStringLiteral(": the global file is not written")});
            continue;
        }
        // Two templates of one scope may share a global file: written once, and only if they
        // agree on its content.
        if (globalOwners.contains(name)) {
            if (globalTexts.value(name) != r.text) {
                m_report.problems.append({p.templ.name, 0,
                                          QStringLiteral("%1 is also the global file of another template of this "
                                                         "region, with other content: the global file is not written")
                                              .arg(name)});
            }
            continue;
        }
        globalOwners.insert(name, owner);
        globalTexts.insert(name, r.text);
        if (StoreError e =
                m_sink->add(name, r.text, m_filesByName.value(name), "global", GeneratedFiles::Kind::Global, owner, {});
            e.isError()) {
            return e;
        }
    }
    return {};
}

StoreError GenerationRun::finish()
{
    // The files are on disk for good before the store says they were written.
    if (StoreError e = m_sink->finish(); e.isError()) {
        return e;
    }
    // The files follow the rows: kept once the outermost transaction commits (this one, or the
    // writer's batch around it), put back if it rolls back; the stale ones go once it commits.
    m_sink->followTransaction(m_store.database(), m_staleFiles);
    return {};
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
    StoreResult<GenerationSteps::Inputs> inputs = GenerationSteps::load(m_store, only);
    if (!inputs) {
        return inputs.error();
    }
    Transaction tx(m_store.database());
    if (tx.error().isError()) {
        return tx.error();
    }
    GenerationRun run(m_store, dir, m_server, force, only, std::move(inputs.value()), &report);
    for (const Device& d : run.devices()) {
        if (d.approval != ApprovalState::Approved) {
            continue;
        }
        ++report.devices;
        if (StoreError e = run.writeDeviceFile(d); e.isError()) {
            return e;
        }
    }
    if (StoreError e = run.writeGlobalFiles(); e.isError()) {
        return e;
    }
    if (StoreError e = run.finish(); e.isError()) {
        return e;
    }
    if (StoreError e = tx.commit(); e.isError()) {
        return e;
    }
    return report;
}
