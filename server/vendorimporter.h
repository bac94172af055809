#pragma once

#include "storeerror.h"
#include "vendorexport.h"

#include <QHash>
#include <QStringList>

class Store;

// One thing the import of the vendor's configuration export does, or would do.
struct VendorImportStep
{
    enum class Action { Create, Change, Unchanged, Skip };
    Action action = Action::Skip;
    QString kind;   // region, region override, template, template value, region value, system value,
                    // setting, site, site value, file
    QString name;   // "Paris", "Audiocodes_430HD_Paris", "Paris: MwiVmNumber"
    QString detail; // what changes ("description, globalFile"), or why it is skipped
    QString file;   // where in the bundle: "Templates.zip/Templates.csv"
    int line = 0;
};

struct VendorImportOptions
{
    // The vendor's numeric TENANT_ID of Templates.csv -> the tenant's name (Tenants.csv does not
    // list the ids). Without an entry: the one tenant of the bundle, when it has one.
    QHash<QString, QString> tenantMap;
};

struct VendorImportResult
{
    QVector<VendorImportStep> steps;
    // TENANT_IDs of Templates.csv that name no tenant (their templates are skipped): what the
    // console's wizard asks the administrator to map.
    QStringList unmappedTenantIds;
    int count(VendorImportStep::Action action) const;
};

// Brings the vendor's configuration export (VendorExport) into the store (VendorExporter gives it back).
// Tenants become regions (by name) with their key=value overrides as the region's overwrite
// values; sites go to their tenant's region; templates keep the vendor's name, description,
// region and default mark, with their overwrite file applied to the global file; template,
// tenant, site and system placeholder values go to their level; System_Settings.csv's values are system placeholder
// values, except the vendor's own settings, which are reported. What cannot be imported (a template of an unknown
// tenant, a value of a template that is not there) is a skipped step, not a refusal.
namespace VendorImporter {
// Imports the bundle in the caller's transaction (a store error means: roll back), step by step.
// A dry run is the same call in a transaction the caller then rolls back, so that it shows
// exactly what the import does. Call as a system administrator's request: it creates regions
// and system values.
StoreError run(Store& store, const VendorExport& bundle, const VendorImportOptions& options,
               VendorImportResult* result);
// "7=Paris,8=Lyon 2" (also given one at a time); false with a sentence on a malformed entry.
bool parseTenantMap(const QString& text, QHash<QString, QString>* map, QString* error);
QString actionToString(VendorImportStep::Action action);
} // namespace VendorImporter
