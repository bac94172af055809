#include "placeholderimporter.h"

#include "phonemodels.h"
#include "rowscope.h"
#include "rowtraits.h"
#include "store.h"

#include <QHash>

namespace {
// The owners a file may name, by the key its owner column gives (lower case).
struct Owners
{
    QHash<QString, qint64> ids;
    QHash<QString, QString> ambiguous; // key -> why it names no single owner
    QHash<qint64, QString> names;      // id -> the name an export writes
};

StoreResult<Owners> ownersOf(Store& store, PlaceholderLevel level)
{
    Owners o;
    switch (level) {
    case PlaceholderLevel::System:
        break;
    case PlaceholderLevel::Template: {
        const StoreResult<QVector<PhoneTemplate>> templates = store.templates().list();
        if (!templates) {
            return templates.error();
        }
        QHash<QString, QVector<qint64>> byModel;
        for (const PhoneTemplate& t : templates.value()) {
            o.ids.insert(t.name.toLower(), t.id);
            o.names.insert(t.id, t.name);
            byModel[t.model.toLower()].append(t.id);
        }
        // "Audiocodes_430HD" names the one template of model 430HD, when no template has that name.
        for (auto it = byModel.cbegin(); it != byModel.cend(); ++it) {
            const QString spelt = QStringLiteral("audiocodes_") + it.key();
            if (o.ids.contains(spelt)) {
                continue;
            }
            if (it.value().size() == 1) {
                o.ids.insert(spelt, it.value().first());
            } else {
                o.ambiguous.insert(spelt, QStringLiteral("%1 templates are for that model: name one").arg(it->size()));
            }
        }
        break;
    }
    case PlaceholderLevel::Region: {
        const StoreResult<QVector<Region>> regions = store.regions().list();
        if (!regions) {
            return regions.error();
        }
        for (const Region& r : regions.value()) {
            o.ids.insert(r.name.toLower(), r.id);
            o.names.insert(r.id, r.name);
        }
        break;
    }
    case PlaceholderLevel::Site: {
        // By name; a name two regions' sites have names neither.
        const StoreResult<QVector<Site>> sites = store.sites().list();
        if (!sites) {
            return sites.error();
        }
        for (const Site& s : sites.value()) {
            const QString key = s.name.toLower();
            if (o.ids.contains(key)) {
                o.ambiguous.insert(key, QStringLiteral("sites of that name are in several regions"));
            }
            o.ids.insert(key, s.id);
            o.names.insert(s.id, s.name);
        }
        break;
    }
    case PlaceholderLevel::Device:
        break; // by MAC, looked up for the file's MACs only
    }
    return o;
}

// Where an owner's values stand for the access policy, looked up once per owner.
class Scopes
{
public:
    Scopes(Store& store, PlaceholderLevel level)
        : m_store(store)
        , m_level(level)
    { }
    const RowScope& of(qint64 ownerId)
    {
        auto it = m_scopes.find(ownerId);
        if (it == m_scopes.end()) {
            Placeholder probe;
            probe.level = m_level;
            probe.ownerId = ownerId;
            it = m_scopes.insert(ownerId, RowScope::of(m_store, probe));
        }
        return it.value();
    }

private:
    Store& m_store;
    PlaceholderLevel m_level;
    QHash<qint64, RowScope> m_scopes;
};

QString ownerWord(PlaceholderLevel level)
{
    switch (level) {
    case PlaceholderLevel::Template:
        return QStringLiteral("template");
    case PlaceholderLevel::Region:
        return QStringLiteral("region");
    case PlaceholderLevel::Device:
        return QStringLiteral("phone");
    case PlaceholderLevel::Site:
        return QStringLiteral("site");
    case PlaceholderLevel::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

namespace PlaceholderImporter {
StoreError apply(Store& store, const PlaceholderCsv& file, const Admin& admin, PlaceholderImportResult* result)
{
    *result = PlaceholderImportResult();
    result->problems = file.problems;
    StoreResult<Owners> owners = ownersOf(store, file.level);
    if (!owners) {
        return owners.error();
    }
    if (file.level == PlaceholderLevel::Device) {
        QVariantList macs;
        for (const PlaceholderCsv::Row& row : file.rows) {
            const MacAddress mac = MacAddress::fromString(row.owner);
            if (!mac.isNull()) {
                macs.append(mac.toString());
            }
        }
        const StoreResult<QVector<Device>> devices = store.devices().listWhereIn(QStringLiteral("mac"), macs);
        if (!devices) {
            return devices.error();
        }
        for (const Device& d : devices.value()) {
            owners->ids.insert(d.mac.toString().toLower(), d.id);
        }
    }
    const StoreResult<QVector<Placeholder>> stored =
        store.placeholders().listWhere(QStringLiteral("level"), placeholderLevelToString(file.level));
    if (!stored) {
        return stored.error();
    }
    QHash<QPair<qint64, QString>, Placeholder> existing;
    for (const Placeholder& p : stored.value()) {
        existing.insert({p.ownerId, p.name}, p);
    }
    QVector<Placeholder> added;
    QVector<Placeholder> changed;
    Scopes scopes(store, file.level);
    for (const PlaceholderCsv::Row& row : file.rows) {
        qint64 ownerId = 0;
        if (file.level != PlaceholderLevel::System) {
            QString key = row.owner.toLower();
            if (file.level == PlaceholderLevel::Device) {
                const MacAddress mac = MacAddress::fromString(row.owner);
                key = mac.isNull() ? QString() : mac.toString().toLower();
            }
            if (owners->ambiguous.contains(key)) {
                result->problems.append({row.line,
                                         QStringLiteral("'%1' names no single %2: %3")
                                             .arg(row.owner, ownerWord(file.level), owners->ambiguous.value(key))});
                continue;
            }
            ownerId = owners->ids.value(key);
        }
        Placeholder value;
        value.level = file.level;
        value.ownerId = ownerId;
        const RowScope& scope = scopes.of(ownerId);
        if (file.level != PlaceholderLevel::System && (ownerId <= 0 || !scope.visibleTo(admin))) {
            result->problems.append({row.line, QStringLiteral("no %1 '%2'").arg(ownerWord(file.level), row.owner)});
            continue;
        }
        if (!scope.modifiableBy(admin)) {
            result->problems.append({row.line,
                                     file.level == PlaceholderLevel::System
                                         ? QStringLiteral("only system administrators change system values")
                                         : QStringLiteral("you may not change the values of %1 '%2'")
                                               .arg(ownerWord(file.level), row.owner)});
            continue;
        }
        const auto found = existing.constFind({ownerId, row.name});
        value = found != existing.constEnd() ? found.value() : value;
        value.name = row.name;
        value.value = row.value;
        // The vendor's template file has descriptions; the other layouts keep the stored one.
        if (file.level == PlaceholderLevel::Template) {
            value.description = row.description;
        }
        if (const QString why = fieldsOf<Placeholder>().problem(value); !why.isEmpty()) {
            result->problems.append({row.line, why});
            continue;
        }
        if (found == existing.constEnd()) {
            added.append(value);
            ++result->added;
        } else if (RowTraits<Placeholder>::values(value) != RowTraits<Placeholder>::values(found.value())) {
            changed.append(value);
            ++result->updated;
        } else {
            ++result->unchanged;
        }
    }
    if (!result->problems.isEmpty()) {
        std::stable_sort(
            result->problems.begin(), result->problems.end(),
            [](const PlaceholderCsv::Problem& a, const PlaceholderCsv::Problem& b) { return a.line < b.line; });
        return {StoreError::Code::Invalid,
                QStringLiteral("%1 line(s) of the file cannot be imported; nothing was imported")
                    .arg(result->problems.size())};
    }
    for (const Placeholder& p : added) {
        if (const StoreResult<Placeholder> saved = store.placeholders().insert(p); !saved) {
            return saved.error();
        }
    }
    return store.placeholders().updateMany(changed);
}

StoreResult<QVector<PlaceholderCsv::Row>> exportRows(Store& store, PlaceholderLevel level, const Admin& admin)
{
    StoreResult<Owners> owners = ownersOf(store, level);
    if (!owners) {
        return owners.error();
    }
    const StoreResult<QVector<Placeholder>> stored =
        store.placeholders().listWhere(QStringLiteral("level"), placeholderLevelToString(level));
    if (!stored) {
        return stored.error();
    }
    if (level == PlaceholderLevel::Device) {
        QVariantList ids;
        for (const Placeholder& p : stored.value()) {
            ids.append(p.ownerId);
        }
        const StoreResult<QVector<Device>> devices = store.devices().listWhereIn(QStringLiteral("id"), ids);
        if (!devices) {
            return devices.error();
        }
        for (const Device& d : devices.value()) {
            owners->names.insert(d.id, d.mac.toString());
        }
    }
    QVector<PlaceholderCsv::Row> rows;
    Scopes scopes(store, level);
    for (const Placeholder& p : stored.value()) {
        if (!scopes.of(p.ownerId).visibleTo(admin)) {
            continue;
        }
        rows.append({0, p.name, p.value, p.description, owners->names.value(p.ownerId)});
    }
    std::sort(rows.begin(), rows.end(), [](const PlaceholderCsv::Row& a, const PlaceholderCsv::Row& b) {
        return std::tie(a.owner, a.name) < std::tie(b.owner, b.name);
    });
    return rows;
}
} // namespace PlaceholderImporter
