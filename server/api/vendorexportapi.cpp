#include "vendorexportapi.h"

#include "apiwrite.h"
#include "vendorimporter.h"

#include <QDateTime>

namespace {
QJsonObject summary(const VendorImportResult& r, bool dryRun)
{
    QJsonArray steps;
    for (const VendorImportStep& s : r.steps) {
        steps.append(QJsonObject {{QStringLiteral("action"), VendorImporter::actionToString(s.action)},
                                  {QStringLiteral("kind"), s.kind},
                                  {QStringLiteral("name"), s.name},
                                  {QStringLiteral("detail"), s.detail},
                                  {QStringLiteral("file"), s.file},
                                  {QStringLiteral("line"), s.line}});
    }
    using A = VendorImportStep::Action;
    return {{QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("created"), r.count(A::Create)},
            {QStringLiteral("changed"), r.count(A::Change)},
            {QStringLiteral("unchanged"), r.count(A::Unchanged)},
            {QStringLiteral("skipped"), r.count(A::Skip)},
            {QStringLiteral("unmappedTenantIds"), QJsonArray::fromStringList(r.unmappedTenantIds)},
            {QStringLiteral("steps"), steps}};
}
} // namespace

void VendorExportApi::addRoutes(ApiRouter& router)
{
    router.add("POST", "/api/v1/import/vendor-export", ApiNeed::SystemWrite,
               [this](const ApiRequestPtr& r) { importBundle(r); });
    router.add("GET", "/api/v1/export/vendor-export", ApiNeed::SystemRead,
               [this](const ApiRequestPtr& r) { exportBundle(r); });
}

void VendorExportApi::importBundle(const ApiRequestPtr& r)
{
    bool dryRun = false;
    if (!r->queryFlag("dryRun", &dryRun)) {
        return;
    }
    VendorImportOptions options;
    QString error;
    if (!VendorImporter::parseTenantMap(r->query("tenantMap"), &options.tenantMap, &error)) {
        r->fail(400, QStringLiteral("tenantMap: %1").arg(error));
        return;
    }
    auto bundle = std::make_shared<VendorExport>();
    if (!VendorExport::read(r->http().body(), bundle.get(), &error)) {
        r->fail(422, QStringLiteral("not the vendor's configuration export: %1").arg(error));
        return;
    }
    auto result = std::make_shared<VendorImportResult>();
    if (dryRun) {
        if (const StoreError e = VendorImporter::run(store(), *bundle, options, false, result.get()); e.isError()) {
            r->failStore(e);
            return;
        }
        r->reply(200, summary(*result, true));
        return;
    }
    const AuditNote note {
        QStringLiteral("import vendor export"),
        QStringLiteral("%1 template(s), %2 tenant(s)").arg(bundle->templates.size()).arg(bundle->tenants.size()),
        {}};
    ApiWrite::submit(
        state(), r, note,
        [bundle, options, result](Store& s, AuditNote* n) -> StoreError {
            const StoreError e = VendorImporter::run(s, *bundle, options, true, result.get());
            using A = VendorImportStep::Action;
            n->details = QStringLiteral("%1 created, %2 changed, %3 unchanged, %4 skipped")
                             .arg(result->count(A::Create))
                             .arg(result->count(A::Change))
                             .arg(result->count(A::Unchanged))
                             .arg(result->count(A::Skip));
            return e;
        },
        [r, result] { r->reply(200, summary(*result, false)); });
}

void VendorExportApi::exportBundle(const ApiRequestPtr& r)
{
    const StoreResult<VendorExport> bundle = VendorImporter::exportBundle(store());
    if (!loaded(r, bundle)) {
        return;
    }
    const QByteArray name = "phonefleet-vendor-export-"
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd")).toLatin1() + ".zip";
    r->replyBytes("application/zip", bundle->write(),
                  {{"Content-Disposition", "attachment; filename=\"" + name + '"'}});
}
