#include "vendorimporter.h"

#include "builtinplaceholders.h"
#include "cfgdocument.h"
#include "entityfields.h"
#include "keyoverrides.h"
#include "rowqueries.h"
#include "rowtraits.h"
#include "store.h"
#include "templateplacement.h"
#include "templatexml.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace {
using Action = VendorImportStep::Action;

const QString templatesFile = QStringLiteral("Templates.zip/Templates.csv");
const QString tenantsFile = QStringLiteral("Tenants.zip/Tenants.csv");
const QString sitesFile = QStringLiteral("Sites.zip/Sites.csv");

// The vendor's own settings in System_Settings.csv that are not placeholder values, and why
// PhoneFleet has nothing of the same meaning.
const QHash<QString, QString>& vendorOnlySettings()
{
    static const QHash<QString, QString> settings {
        {QStringLiteral("def_region"),
         QStringLiteral("PhoneFleet has no default region: a phone's region comes from its zero-touch URL "
                        "(/ipp/region/<region>/) or the users file")},
    };
    return settings;
}

// A cfg file of key=value lines (the vendor's overwrite and tenant files): its keys in order, and
// the lines that are neither key=value, a comment nor blank.
struct KeyLines
{
    QVector<KeyOverride> values;
    QVector<int> badLines;
};

KeyLines keyLines(const QByteArray& data)
{
    KeyLines out;
    const CfgDocument doc = CfgDocument::parse(data);
    for (int i = 0; i < doc.lineCount(); ++i) {
        switch (doc.line(i).kind) {
        case CfgLine::Kind::KeyValue:
            out.values.append({doc.key(i), doc.value(i)});
            break;
        case CfgLine::Kind::Blank:
        case CfgLine::Kind::Comment:
            break;
        case CfgLine::Kind::Include:
        case CfgLine::Kind::Invalid:
            out.badLines.append(i + 1);
            break;
        }
    }
    return out;
}

// One import: the bundle against the store, step by step, writing as it goes when asked to.
class Import
{
public:
    Import(Store& store, const VendorExport& bundle, const VendorImportOptions& options, VendorImportResult* result)
        : m_store(store)
        , m_bundle(bundle)
        , m_options(options)
        , m_result(result)
    { }

    StoreError run()
    {
        for (const VendorExport::Note& n : m_bundle.notes) {
            step(Action::Skip, QStringLiteral("file"), VendorExport::fileName(n.file), n.message, n.file, n.line);
        }
        for (const auto& part : {&Import::regions, &Import::sites, &Import::templates, &Import::values,
                                 &Import::siteValues, &Import::settings}) {
            if (StoreError e = (this->*part)(); e.isError()) {
                return e;
            }
        }
        return {};
    }

private:
    void step(Action action, const QString& kind, const QString& name, const QString& detail, const QString& file,
              int line)
    {
        m_result->steps.append({action, kind, name, detail, file, line});
    }

    StoreError regions()
    {
        const StoreResult<QVector<Region>> stored = m_store.regions().list();
        if (!stored) {
            return stored.error();
        }
        QHash<QString, Region> byName;
        for (const Region& r : stored.value()) {
            byName.insert(r.name.toLower(), r);
            m_regions.insert(r.name.toLower(), {r.id, r.name});
            m_regionNames.insert(r.id, r.name);
        }
        for (const VendorExport::Tenant& t : m_bundle.tenants) {
            const auto found = byName.constFind(t.name.toLower());
            Region region = found != byName.constEnd() ? found.value() : Region();
            if (found == byName.constEnd()) {
                region.name = t.name;
            }
            region.description = t.description;
            if (const QString why = fieldsOf<Region>().problem(region); !why.isEmpty()) {
                step(Action::Skip, QStringLiteral("region"), t.name, why, tenantsFile, t.line);
                continue;
            }
            if (found == byName.constEnd()) {
                step(Action::Create, QStringLiteral("region"), region.name, t.description, tenantsFile, t.line);
                const StoreResult<Region> saved = m_store.regions().insert(region);
                if (!saved) {
                    return saved.error();
                }
                region = saved.value();
            } else if (const QStringList changed = fieldsOf<Region>().changed(found.value(), region);
                       !changed.isEmpty()) {
                step(Action::Change, QStringLiteral("region"), region.name, changed.join(QStringLiteral(", ")),
                     tenantsFile, t.line);
                const StoreResult<Region> saved = m_store.regions().update(region);
                if (!saved) {
                    return saved.error();
                }
                region = saved.value();
            } else {
                step(Action::Unchanged, QStringLiteral("region"), region.name, {}, tenantsFile, t.line);
            }
            m_regions.insert(region.name.toLower(), {region.id, region.name});
            m_regionNames.insert(region.id, region.name);
            if (StoreError e = overrides(t, region); e.isError()) {
                return e;
            }
        }
        return {};
    }

    // A tenant's <name>.cfg: the region's overwrite values (others the region has are kept).
    StoreError overrides(const VendorExport::Tenant& t, const Region& region)
    {
        if (t.overrides.isEmpty()) {
            return {};
        }
        const QString file = QStringLiteral("Tenants.zip/") + VendorExport::cfgFileName(t.name);
        QHash<QString, OverwriteValue> existing;
        const StoreResult<QVector<OverwriteValue>> stored = m_store.overwriteValues().query(
            RowQueries::overwriteValues(QStringLiteral("region"), region.id, RegionScope {true, {}}));
        if (!stored) {
            return stored.error();
        }
        for (const OverwriteValue& v : stored.value()) {
            existing.insert(v.key, v);
        }
        const KeyLines lines = keyLines(t.overrides);
        for (const int bad : lines.badLines) {
            step(Action::Skip, QStringLiteral("region override"), region.name, QStringLiteral("not a key=value line"),
                 file, bad);
        }
        for (const KeyOverride& o : lines.values) {
            const auto found = existing.constFind(o.key);
            OverwriteValue v = found != existing.constEnd() ? found.value() : OverwriteValue();
            v.level = PlaceholderLevel::Region;
            v.ownerId = region.id;
            v.key = o.key;
            v.value = o.value;
            const QString name = region.name + QStringLiteral(": ") + o.key;
            if (const QString why = fieldsOf<OverwriteValue>().problem(v); !why.isEmpty()) {
                step(Action::Skip, QStringLiteral("region override"), name, why, file, 0);
                continue;
            }
            if (StoreError e = save(m_store.overwriteValues(), QStringLiteral("region override"), name, v,
                                    found != existing.constEnd() ? &found.value() : nullptr, file, 0);
                e.isError()) {
                return e;
            }
            existing.insert(v.key, v);
        }
        return {};
    }

    // Creates, changes or leaves a row as it is, and says which.
    template <class T>
    StoreError save(Repository<T>& repository, const QString& kind, const QString& name, T& row, const T* before,
                    const QString& file, int line)
    {
        if (!before) {
            step(Action::Create, kind, name, {}, file, line);
            const StoreResult<T> saved = repository.insert(row);
            if (saved) {
                row = saved.value();
            }
            return saved.error();
        }
        const QStringList changed = fieldsOf<T>().changed(*before, row);
        if (changed.isEmpty()) {
            step(Action::Unchanged, kind, name, {}, file, line);
            return {};
        }
        step(Action::Change, kind, name, changed.join(QStringLiteral(", ")), file, line);
        const StoreResult<T> saved = repository.update(row);
        if (saved) {
            row = saved.value();
        }
        return saved.error();
    }

    // The region a template line's TENANT_ID names: 0 for a system-wide template (no id), or
    // false with why.
    bool regionOf(const VendorExport::Template& t, qint64* regionId, QString* why)
    {
        if (t.tenantId.isEmpty()) {
            *regionId = 0;
            return true;
        }
        QString name = t.tenantId;
        const auto mapped = m_options.tenantMap.constFind(t.tenantId);
        if (mapped != m_options.tenantMap.constEnd()) {
            name = mapped.value();
        } else if (!m_regions.contains(name.toLower()) && m_bundle.tenants.size() == 1) {
            name = m_bundle.tenants.first().name;
            *why = QStringLiteral("TENANT_ID %1 taken as the bundle's one tenant, '%2'").arg(t.tenantId, name);
        }
        const auto region = m_regions.constFind(name.toLower());
        if (region != m_regions.constEnd()) {
            *regionId = region->id;
            return true;
        }
        why->clear();
        if (mapped != m_options.tenantMap.constEnd()) {
            *why =
                QStringLiteral("TENANT_ID %1 is mapped to '%2', which is neither a tenant of the bundle nor a region")
                    .arg(t.tenantId, mapped.value());
        } else {
            *why = QStringLiteral("TENANT_ID %1 names no tenant of Tenants.csv: map it to one (--tenant-map %1=NAME)")
                       .arg(t.tenantId);
            if (!m_unmapped.contains(t.tenantId)) {
                m_unmapped.insert(t.tenantId);
                m_result->unmappedTenantIds.append(t.tenantId);
            }
        }
        return false;
    }

    QString regionName(qint64 id) const { return m_regionNames.value(id); }

    // The template a bundle line describes, with its overwrite file applied; false with why.
    bool templateOf(const VendorExport::Template& t, qint64 regionId, PhoneTemplate* out, QString* why)
    {
        QString error;
        if (!TemplateXml::read(t.xml, out, &error)) {
            *why = QStringLiteral("the template file '%1' cannot be read: %2")
                       .arg(VendorExport::templateFileName(t), error);
            return false;
        }
        out->name = t.name;
        if (!t.description.isEmpty()) {
            out->description = t.description;
        }
        out->regionId = regionId;
        out->isDefault = t.isDefault;
        if (t.overwriteMissing) {
            step(Action::Skip, QStringLiteral("overwrite file"), t.name,
                 QStringLiteral("'%1' is not in Templates.zip: the template is imported without it")
                     .arg(VendorExport::fileName(t.overwritePath)),
                 templatesFile, t.line);
        } else if (!t.overwrite.isEmpty()) {
            const KeyLines lines = keyLines(t.overwrite);
            QByteArray global = out->globalFile.data.toUtf8();
            if (!KeyOverrides::apply(&global, lines.values, {}, &error)) {
                step(Action::Skip, QStringLiteral("overwrite file"), t.name,
                     QStringLiteral("not applied: %1; the template is imported without it").arg(error), templatesFile,
                     t.line);
            } else {
                out->globalFile.data = QString::fromUtf8(global);
            }
            for (const int bad : lines.badLines) {
                step(Action::Skip, QStringLiteral("overwrite file"), t.name, QStringLiteral("not a key=value line"),
                     QStringLiteral("Templates.zip/") + VendorExport::fileName(t.overwritePath), bad);
            }
        }
        return true;
    }

    StoreError templates()
    {
        const StoreResult<QVector<PhoneTemplate>> stored = m_store.templates().list();
        if (!stored) {
            return stored.error();
        }
        QVector<PhoneTemplate> known = stored.value();
        QHash<QString, int> storedNames; // lower-case name -> how many regions have a template of it
        for (const PhoneTemplate& t : known) {
            ++storedNames[t.name.toLower()];
            m_storedTemplates.insert(t.name.toLower(), t.id);
        }
        for (auto it = storedNames.cbegin(); it != storedNames.cend(); ++it) {
            if (it.value() > 1) {
                m_storedTemplates.insert(it.key(), -1); // ambiguous: values need the bundle to name it
            }
        }
        QHash<QPair<QString, qint64>, int> index; // (lower-case name, region) -> position in known
        for (int i = 0; i < known.size(); ++i) {
            index.insert({known.at(i).name.toLower(), known.at(i).regionId}, i);
        }
        QSet<qint64> defaultGiven; // regions whose default this bundle already named
        for (const VendorExport::Template& line : m_bundle.templates) {
            qint64 regionId = 0;
            QString why;
            PhoneTemplate t;
            if (!regionOf(line, &regionId, &why)) {
                step(Action::Skip, QStringLiteral("template"), line.name, why, templatesFile, line.line);
                continue;
            }
            const QString guessed = why;
            if (!templateOf(line, regionId, &t, &why)) {
                step(Action::Skip, QStringLiteral("template"), line.name, why, templatesFile, line.line);
                continue;
            }
            // The same template is the one of that name in the same region (names may repeat
            // across regions).
            const int at = index.value({t.name.toLower(), regionId}, -1);
            const bool exists = at >= 0;
            if (exists) {
                t.id = known.at(at).id;
                t.revision = known.at(at).revision;
                t.name = known.at(at).name;
            }
            if (t.isDefault && defaultGiven.contains(regionId)) {
                t.isDefault = false;
                step(Action::Skip, QStringLiteral("default mark"), t.name,
                     QStringLiteral("another template of the bundle is already the default of its region"),
                     templatesFile, line.line);
            }
            const StoreResult<QString> problem =
                TemplatePlacement::fileNameProblem(m_store, &t, known, true, regionName(regionId));
            if (!problem) {
                return problem.error();
            }
            if (!problem->isEmpty()) {
                step(Action::Skip, QStringLiteral("template"), t.name, problem.value(), templatesFile, line.line);
                continue;
            }
            if (const QString invalid = fieldsOf<PhoneTemplate>().problem(t); !invalid.isEmpty()) {
                step(Action::Skip, QStringLiteral("template"), t.name, invalid, templatesFile, line.line);
                continue;
            }
            if (t.isDefault) {
                defaultGiven.insert(regionId);
            }
            const PhoneTemplate before = exists ? known.at(at) : PhoneTemplate();
            if (StoreError e = save(m_store.templates(), QStringLiteral("template"), t.name, t,
                                    exists ? &before : nullptr, templatesFile, line.line);
                e.isError()) {
                return e;
            }
            VendorImportStep& saved = m_result->steps.last();
            const auto addDetail = [&saved](const QString& text) {
                saved.detail += (saved.detail.isEmpty() ? QString() : QStringLiteral("; ")) + text;
            };
            if (!guessed.isEmpty()) {
                addDetail(guessed);
            }
            if (t.isDefault) {
                if (StoreError e = TemplatePlacement::keepOneDefault(m_store, t); e.isError()) {
                    return e;
                }
                // The region's other templates lost the mark (and got a new revision).
                for (PhoneTemplate& k : known) {
                    if (k.id != t.id && k.isDefault && k.regionId == t.regionId) {
                        addDetail(QStringLiteral("the region's default instead of '%1'").arg(k.name));
                        StoreResult<PhoneTemplate> fresh = m_store.templates().get(k.id);
                        if (!fresh) {
                            return fresh.error();
                        }
                        k = fresh.take();
                    }
                }
            }
            if (exists) {
                known[at] = t;
            } else {
                index.insert({t.name.toLower(), regionId}, static_cast<int>(known.size()));
                known.append(t);
            }
            // Two of the bundle's templates of one name (in two regions): their values name neither.
            const auto given = m_templates.constFind(t.name.toLower());
            m_templates.insert(t.name.toLower(), given != m_templates.constEnd() && given.value() != t.id ? -1 : t.id);
        }
        return {};
    }

    // Placeholder values of one level whose owners are found by name in owners.
    StoreError valuesOf(PlaceholderLevel level, const QVector<PlaceholderCsv::Row>& rows,
                        const QHash<QString, qint64>& owners, const QString& kind, const QString& ownerWord,
                        const QString& file)
    {
        if (rows.isEmpty()) {
            return {};
        }
        const StoreResult<QVector<Placeholder>> stored =
            m_store.placeholders().listWhere(QStringLiteral("level"), placeholderLevelToString(level));
        if (!stored) {
            return stored.error();
        }
        QHash<QPair<qint64, QString>, Placeholder> existing;
        for (const Placeholder& p : stored.value()) {
            existing.insert({p.ownerId, p.name}, p);
        }
        struct Missing
        {
            int count = 0;
            int line = 0;
        };
        QMap<QString, Missing> missing;   // an owner that is not there: one step for its values
        QMap<QString, Missing> ambiguous; // a name several owners have
        for (const PlaceholderCsv::Row& row : rows) {
            qint64 ownerId = 0;
            if (level != PlaceholderLevel::System) {
                ownerId = owners.value(row.owner.toLower());
                if (ownerId <= 0) {
                    Missing& m = (ownerId == 0 ? missing : ambiguous)[row.owner];
                    m.line = m.count++ == 0 ? row.line : m.line;
                    continue;
                }
            }
            const auto found = existing.constFind({ownerId, row.name});
            Placeholder p = found != existing.constEnd() ? found.value() : Placeholder();
            p.level = level;
            p.ownerId = ownerId;
            p.name = row.name;
            p.value = row.value;
            if (level == PlaceholderLevel::Template) {
                p.description = row.description;
            }
            const QString name =
                level == PlaceholderLevel::System ? row.name : row.owner + QStringLiteral(": ") + row.name;
            if (const QString why = fieldsOf<Placeholder>().problem(p); !why.isEmpty()) {
                step(Action::Skip, kind, name, why, file, row.line);
                continue;
            }
            if (StoreError e = save(m_store.placeholders(), kind, name, p,
                                    found != existing.constEnd() ? &found.value() : nullptr, file, row.line);
                e.isError()) {
                return e;
            }
            // A value named like a built-in wins over it (the server's address, a phone's line
            // credentials): allowed, as in the console, but never silently.
            if (BuiltinPlaceholders::indexOf(row.name) >= 0) {
                VendorImportStep& saved = m_result->steps.last();
                saved.detail += (saved.detail.isEmpty() ? QString() : QStringLiteral("; "))
                    + QStringLiteral("takes the place of the built-in %ITCS_%1% for the phones it applies to")
                          .arg(row.name);
            }
            existing.insert({ownerId, row.name}, p);
        }
        for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
            step(Action::Skip, kind, it.key(),
                 QStringLiteral("%1 value(s) of %2 '%3', which is neither in the bundle nor in PhoneFleet")
                     .arg(it->count)
                     .arg(ownerWord, it.key()),
                 file, it->line);
        }
        for (auto it = ambiguous.cbegin(); it != ambiguous.cend(); ++it) {
            step(Action::Skip, kind, it.key(),
                 QStringLiteral("%1 value(s) of %2 '%3': templates of that name are in several regions and the "
                                "bundle does not hold it")
                     .arg(it->count)
                     .arg(ownerWord, it.key()),
                 file, it->line);
        }
        return {};
    }

    StoreError values()
    {
        QHash<QString, qint64> regions;
        for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it) {
            regions.insert(it.key(), it->id);
        }
        // A template the bundle brought, else the one stored template of that name.
        QHash<QString, qint64> templates = m_storedTemplates;
        for (auto it = m_templates.cbegin(); it != m_templates.cend(); ++it) {
            templates.insert(it.key(), it.value());
        }
        if (StoreError e = valuesOf(PlaceholderLevel::Template, m_bundle.templateValues.rows, templates,
                                    QStringLiteral("template value"), QStringLiteral("template"),
                                    QStringLiteral("Template_Placeholders.csv"));
            e.isError()) {
            return e;
        }
        return valuesOf(PlaceholderLevel::Region, m_bundle.tenantValues.rows, regions, QStringLiteral("region value"),
                        QStringLiteral("tenant"), QStringLiteral("Tenant_Placeholders.csv"));
    }

    StoreError settings()
    {
        QVector<PlaceholderCsv::Row> values;
        for (const PlaceholderCsv::Row& row : m_bundle.settings.rows) {
            const auto vendorOnly = vendorOnlySettings().constFind(row.name.toLower());
            if (vendorOnly != vendorOnlySettings().constEnd()) {
                step(Action::Skip, QStringLiteral("setting"), row.name,
                     QStringLiteral("%1 (the vendor's value: '%2')").arg(vendorOnly.value(), row.value),
                     QStringLiteral("System_Settings.csv"), row.line);
            } else {
                values.append(row);
            }
        }
        return valuesOf(PlaceholderLevel::System, values, {}, QStringLiteral("system value"), QString(),
                        QStringLiteral("System_Settings.csv"));
    }

    // Sites go to their tenant's region (by name), matched by name within it.
    StoreError sites()
    {
        const StoreResult<QVector<Site>> stored = m_store.sites().list();
        if (!stored) {
            return stored.error();
        }
        QHash<QPair<qint64, QString>, Site> existing;
        for (const Site& s : stored.value()) {
            existing.insert({s.regionId, s.name.toLower()}, s);
            noteSite(s);
        }
        for (const VendorExport::Site& line : m_bundle.sites) {
            const auto region = m_regions.constFind(line.tenant.toLower());
            if (region == m_regions.constEnd()) {
                step(Action::Skip, QStringLiteral("site"), line.name,
                     QStringLiteral("its tenant '%1' is neither in the bundle nor a region").arg(line.tenant),
                     sitesFile, line.line);
                continue;
            }
            const auto found = existing.constFind({region->id, line.name.toLower()});
            Site site = found != existing.constEnd() ? found.value() : Site();
            if (found == existing.constEnd()) {
                site.name = line.name;
                site.regionId = region->id;
            }
            site.description = line.description;
            if (const QString why = fieldsOf<Site>().problem(site); !why.isEmpty()) {
                step(Action::Skip, QStringLiteral("site"), line.name, why, sitesFile, line.line);
                continue;
            }
            if (StoreError e =
                    save(m_store.sites(), QStringLiteral("site"), region->name + QStringLiteral(": ") + site.name, site,
                         found != existing.constEnd() ? &found.value() : nullptr, sitesFile, line.line);
                e.isError()) {
                return e;
            }
            existing.insert({site.regionId, site.name.toLower()}, site);
            m_bundleSites.insert(site.name.toLower(), m_bundleSites.contains(site.name.toLower()) ? -1 : site.id);
        }
        return {};
    }

    // A stored site's name, for values that name it (-1: sites of that name are in several regions).
    void noteSite(const Site& s)
    {
        const QString key = s.name.toLower();
        m_storedSites.insert(key, m_storedSites.contains(key) && m_storedSites.value(key) != s.id ? -1 : s.id);
    }

    StoreError siteValues()
    {
        QHash<QString, qint64> owners = m_storedSites;
        for (auto it = m_bundleSites.cbegin(); it != m_bundleSites.cend(); ++it) {
            owners.insert(it.key(), it.value());
        }
        return valuesOf(PlaceholderLevel::Site, m_bundle.siteValues, owners, QStringLiteral("site value"),
                        QStringLiteral("site"), QStringLiteral("Site_Placeholders.csv"));
    }

    struct RegionRef
    {
        qint64 id = 0;
        QString name;
    };

    Store& m_store;
    const VendorExport& m_bundle;
    const VendorImportOptions& m_options;
    VendorImportResult* m_result;
    QSet<QString> m_unmapped;
    QHash<QString, RegionRef> m_regions; // lower-case name -> region
    QHash<qint64, QString> m_regionNames;
    QHash<QString, qint64> m_templates;       // lower-case name -> id of the bundle's templates
    QHash<QString, qint64> m_storedTemplates; // lower-case name -> id of a stored one (-1: several)
    QHash<QString, qint64> m_bundleSites;     // lower-case name -> id of the bundle's sites (-1: several)
    QHash<QString, qint64> m_storedSites;     // lower-case name -> id of a stored one (-1: several)
};
} // namespace

int VendorImportResult::count(VendorImportStep::Action action) const
{
    return static_cast<int>(std::count_if(steps.cbegin(), steps.cend(),
                                          [action](const VendorImportStep& s) { return s.action == action; }));
}

namespace VendorImporter {
StoreError run(Store& store, const VendorExport& bundle, const VendorImportOptions& options, VendorImportResult* result)
{
    *result = VendorImportResult();
    return Import(store, bundle, options, result).run();
}

bool parseTenantMap(const QString& text, QHash<QString, QString>* map, QString* error)
{
    for (const QString& entry : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(u'=');
        const QString id = entry.left(eq).trimmed();
        const QString name = entry.mid(eq + 1).trimmed();
        if (eq < 0 || id.isEmpty() || name.isEmpty()) {
            *error = QStringLiteral("'%1' is not ID=NAME (the vendor's TENANT_ID, '=', a tenant's name)")
                         .arg(entry.trimmed());
            return false;
        }
        map->insert(id, name);
    }
    return true;
}

QString actionToString(VendorImportStep::Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Change:
        return QStringLiteral("change");
    case Action::Unchanged:
        return QStringLiteral("unchanged");
    case Action::Skip:
        break;
    }
    return QStringLiteral("skip");
}
} // namespace VendorImporter
