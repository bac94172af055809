#pragma once

#include "storeerror.h"
#include "vendorexport.h"

class Store;

// The store's configuration as the vendor's configuration export (VendorExport), which
// VendorImporter and the vendor's server take back.
namespace VendorExporter {
// Regions as tenants (their region overwrite values as <tenant>.cfg), sites, templates (TENANT_ID:
// the region's name, which VendorImporter takes back without a map; each its own file), their
// values, region, site and system values. Device values are not in the vendor's layout.
StoreResult<VendorExport> bundle(Store& store);
} // namespace VendorExporter
