// Fuzz target: the vendor's configuration export an administrator uploads (POST
// /api/v1/import/vendor-export), read by VendorExport: a zip of nested zips and CSV files. The
// whole input is the bundle (corpus/vendor_export/ holds bundles as they are). Invariants:
//   - a refused bundle says why; a read one has every note on a file, with a message;
//   - what was read, written out, reads back the same (names, descriptions, tenants, default
//     marks, files, values), with no new note about a line.
#include "fuzzinput.h"
#include "vendorexport.h"

namespace {
void sameTemplates(const VendorExport& a, const VendorExport& b)
{
    FUZZ_CHECK(a.templates.size() == b.templates.size());
    for (qsizetype i = 0; i < a.templates.size(); ++i) {
        const VendorExport::Template& x = a.templates.at(i);
        const VendorExport::Template& y = b.templates.at(i);
        FUZZ_CHECK(x.name == y.name && x.description == y.description && x.tenantId == y.tenantId);
        FUZZ_CHECK(x.type == y.type && x.isDefault == y.isDefault);
        FUZZ_CHECK(x.xml == y.xml);
    }
}

void sameRows(const QVector<PlaceholderCsv::Row>& a, const QVector<PlaceholderCsv::Row>& b, bool descriptions)
{
    FUZZ_CHECK(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        FUZZ_CHECK(a.at(i).name == b.at(i).name && a.at(i).value == b.at(i).value && a.at(i).owner == b.at(i).owner);
        FUZZ_CHECK(!descriptions || a.at(i).description == b.at(i).description);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput in(data, size);
    VendorExport bundle;
    QString error;
    if (!VendorExport::read(in.rest(), &bundle, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    for (const VendorExport::Note& n : bundle.notes) {
        FUZZ_CHECK(!n.file.isEmpty() && !n.message.isEmpty() && n.line >= 0);
    }
    VendorExport again;
    ZipLimits roomy; // the writer may pack far better than the input did
    roomy.maxRatio = 1e12;
    FUZZ_CHECK(VendorExport::read(bundle.write(), &again, &error, roomy));
    sameTemplates(bundle, again);
    FUZZ_CHECK(again.tenants.size() == bundle.tenants.size());
    for (qsizetype i = 0; i < bundle.tenants.size(); ++i) {
        FUZZ_CHECK(again.tenants.at(i).name == bundle.tenants.at(i).name);
        FUZZ_CHECK(again.tenants.at(i).description == bundle.tenants.at(i).description);
    }
    FUZZ_CHECK(again.sites.size() == bundle.sites.size());
    sameRows(bundle.templateValues.rows, again.templateValues.rows, true);
    sameRows(bundle.tenantValues.rows, again.tenantValues.rows, false);
    sameRows(bundle.siteValues, again.siteValues, false);
    sameRows(bundle.settings.rows, again.settings.rows, false);
    return 0;
}
