#include "vendorexportapi.h"

#include "apiwrite.h"
#include "offthread.h"
#include "serverstate.h"
#include "vendorexporter.h"
#include "vendorimporter.h"

#include <QDateTime>

namespace {
QJsonObject summary(const VendorImportResult& r, bool dryRun)
{
    // Every step up to a bound (a hostile bundle's million bad lines are counted, not listed).
    constexpr qsizetype maxSteps = 20000;
    QJsonArray steps;
    for (const VendorImportStep& s : r.steps.mid(0, maxSteps)) {
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
            {QStringLiteral("unmappedTenantIds"), QJsonArray::fromStringList(r.unmappedTenantIds.mid(0, 1000))},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("stepsLeftOut"), qMax<qsizetype>(0, r.steps.size() - maxSteps)}};
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
    // Up to 16 MB of zips unpacked into up to 128 MB: read off the thread that answers phones.
    struct Read
    {
        std::shared_ptr<VendorExport> bundle = std::make_shared<VendorExport>();
        QString error;
    };
    const QByteArray body = r->http().body();
    runOffThread<std::shared_ptr<Read>>(
        state().owner,
        [body] {
            auto read = std::make_shared<Read>();
            if (!VendorExport::read(body, read->bundle.get(), &read->error)) {
                read->bundle.reset();
            }
            return read;
        },
        [this, r, dryRun, options](const std::shared_ptr<Read>& read) {
            if (!read->bundle) {
                r->fail(422, QStringLiteral("not the vendor's configuration export: %1").arg(read->error));
                return;
            }
            runImport(r, read->bundle, options, dryRun);
        });
}

void VendorExportApi::runImport(const ApiRequestPtr& r, const std::shared_ptr<VendorExport>& bundle,
                                const VendorImportOptions& options, bool dryRun)
{
    auto result = std::make_shared<VendorImportResult>();
    // A dry run is the import itself, rolled back: what it shows is what the import does. It
    // leaves no log line (an empty action), as nothing changed.
    auto planned = std::make_shared<bool>(false);
    const AuditNote note {
        dryRun ? QString() : QStringLiteral("import vendor export"),
        QStringLiteral("%1 template(s), %2 tenant(s)").arg(bundle->templates.size()).arg(bundle->tenants.size()),
        {}};
    ApiWrite::submit(
        state(), r, note,
        [bundle, options, result, dryRun, planned](Store& s, AuditNote* n) -> StoreError {
            const StoreError e = VendorImporter::run(s, *bundle, options, result.get());
            if (e.isError()) {
                return e;
            }
            using A = VendorImportStep::Action;
            n->details = QStringLiteral("%1 created, %2 changed, %3 unchanged, %4 skipped")
                             .arg(result->count(A::Create))
                             .arg(result->count(A::Change))
                             .arg(result->count(A::Unchanged))
                             .arg(result->count(A::Skip));
            if (dryRun) {
                *planned = true;
                return {StoreError::Code::Invalid, QStringLiteral("a dry run: rolled back")};
            }
            return {};
        },
        [r, result] { r->reply(200, summary(*result, false)); },
        [r, result, planned](const StoreError& e) {
            if (*planned) {
                r->reply(200, summary(*result, true));
                return;
            }
            r->failStore(e);
        });
}

void VendorExportApi::exportBundle(const ApiRequestPtr& r)
{
    const StoreResult<VendorExport> bundle = VendorExporter::bundle(store());
    if (!loaded(r, bundle)) {
        return;
    }
    const QByteArray name = "phonefleet-vendor-export-"
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd")).toLatin1() + ".zip";
    const QByteArray zip = bundle->write();
    if (zip.isEmpty()) {
        r->fail(500,
                QStringLiteral("the configuration cannot be written as the vendor's export: a name is too long "
                               "for a zip file (65535 bytes)"));
        return;
    }
    r->replyBytes("application/zip", zip, {{"Content-Disposition", "attachment; filename=\"" + name + '"'}});
}
