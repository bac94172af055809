#pragma once

#include "apienvironment.h"
#include "vendorimporter.h"

#include <memory>

// POST /api/v1/import/vendor-export (application/zip; ?dryRun=true, ?tenantMap=7=Paris,8=Lyon)
// and GET /api/v1/export/vendor-export: the vendor's whole configuration export (VendorExport),
// brought in by VendorImporter in one transaction, and given back. System administrators only:
// it creates regions and changes system values. The answer lists every step, created, changed,
// unchanged or skipped with why, so that a dry run shows exactly what the import will do.
class VendorExportApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

private:
    void importBundle(const ApiRequestPtr& r);
    // The import (or, with dryRun, the import rolled back) on the server's writer.
    void runImport(const ApiRequestPtr& r, const std::shared_ptr<VendorExport>& bundle,
                   const VendorImportOptions& options, bool dryRun);
    void exportBundle(const ApiRequestPtr& r);
};
