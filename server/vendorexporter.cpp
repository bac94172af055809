#include "vendorexporter.h"

#include "store.h"
#include "templatexml.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace VendorExporter {
StoreResult<VendorExport> bundle(Store& store)
{
    const StoreResult<QVector<Region>> regions = store.regions().list();
    const StoreResult<QVector<PhoneTemplate>> templates = store.templates().list();
    const StoreResult<QVector<Placeholder>> values = store.placeholders().list();
    const StoreResult<QVector<OverwriteValue>> overrides =
        store.overwriteValues().listWhere(QStringLiteral("level"), QStringLiteral("region"));
    const StoreResult<QVector<Site>> sites = store.sites().list();
    for (const StoreError& e : {regions.error(), templates.error(), values.error(), overrides.error(), sites.error()}) {
        if (e.isError()) {
            return e;
        }
    }
    VendorExport bundle;
    bundle.templateValues.level = PlaceholderLevel::Template;
    bundle.tenantValues.level = PlaceholderLevel::Region;
    bundle.settings.level = PlaceholderLevel::System;
    // In name order; names that differ only in case are both kept (the ids tell them apart).
    QHash<qint64, QString> regionNames;
    QMap<QPair<QString, qint64>, Region> byName;
    for (const Region& r : regions.value()) {
        regionNames.insert(r.id, r.name);
        byName.insert({r.name.toLower(), r.id}, r);
    }
    QHash<qint64, QByteArray> regionOverrides;
    for (const OverwriteValue& v : overrides.value()) {
        regionOverrides[v.ownerId] += v.key.toUtf8() + '=' + v.value.toUtf8() + "\r\n";
    }
    for (const Region& r : byName) {
        bundle.tenants.append({0, r.name, r.description, regionOverrides.value(r.id)});
    }
    QHash<qint64, QString> siteNames;
    QMap<QPair<QString, qint64>, Site> sitesByName;
    for (const Site& s : sites.value()) {
        siteNames.insert(s.id, s.name);
        sitesByName.insert({s.name.toLower(), s.id}, s);
    }
    for (const Site& s : sitesByName) {
        bundle.sites.append({0, s.name, s.description, regionNames.value(s.regionId), {}});
    }
    QHash<qint64, QString> templateNames;
    QMap<QPair<QString, qint64>, PhoneTemplate> templatesByName;
    for (const PhoneTemplate& t : templates.value()) {
        templateNames.insert(t.id, t.name);
        templatesByName.insert({t.name.toLower(), t.id}, t);
    }
    QSet<QString> files; // each template its own file (names repeat across regions)
    for (const PhoneTemplate& t : templatesByName) {
        VendorExport::Template line;
        line.name = t.name;
        line.description = t.description;
        line.templatePath = VendorExport::cfgFileName(t.name);
        if (files.contains(line.templatePath.toLower())) {
            line.templatePath = VendorExport::cfgFileName(QStringLiteral("%1_%2").arg(t.name).arg(t.id));
        }
        files.insert(line.templatePath.toLower());
        line.tenantId = regionNames.value(t.regionId);
        line.type = t.model;
        line.isDefault = t.isDefault;
        // The XML's <type> is the phone type the vendor's server knows ("audiocodes_430HD");
        // the template's name travels in MODEL_NAME.
        PhoneTemplate typed = t;
        typed.name = QStringLiteral("audiocodes_") + t.model;
        line.xml = TemplateXml::write(typed);
        bundle.templates.append(line);
    }
    for (const Placeholder& p : values.value()) {
        switch (p.level) {
        case PlaceholderLevel::System:
            bundle.settings.rows.append({0, p.name, p.value, p.description, {}});
            break;
        case PlaceholderLevel::Template:
            bundle.templateValues.rows.append({0, p.name, p.value, p.description, templateNames.value(p.ownerId)});
            break;
        case PlaceholderLevel::Region:
            bundle.tenantValues.rows.append({0, p.name, p.value, p.description, regionNames.value(p.ownerId)});
            break;
        case PlaceholderLevel::Site:
            bundle.siteValues.append({0, p.name, p.value, p.description, siteNames.value(p.ownerId)});
            break;
        case PlaceholderLevel::Device:
            break; // the vendor's export has no device level (users and devices go as the users file)
        }
    }
    const auto byOwnerAndName = [](const PlaceholderCsv::Row& a, const PlaceholderCsv::Row& b) {
        return std::tie(a.owner, a.name) < std::tie(b.owner, b.name);
    };
    for (QVector<PlaceholderCsv::Row>* rows :
         {&bundle.settings.rows, &bundle.templateValues.rows, &bundle.tenantValues.rows, &bundle.siteValues}) {
        std::sort(rows->begin(), rows->end(), byOwnerAndName);
    }
    return bundle;
}
} // namespace VendorExporter
