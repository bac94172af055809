#include "userimportapi.h"

#include "serverstate.h"
#include "userimporter.h"

#include <QDateTime>

namespace {
QJsonArray errors(const QVector<UserCsvProblem>& problems)
{
    QJsonArray out;
    for (const UserCsvProblem& p : problems) {
        out.append(QJsonObject {{QStringLiteral("line"), p.line}, {QStringLiteral("message"), p.message}});
    }
    return out;
}

QJsonObject counts(const UserImportResult& r);

QJsonObject summary(const UserImportResult& r)
{
    QJsonObject body = counts(r);
    body.insert(QStringLiteral("warnings"), errors(r.warnings));
    return body;
}

QJsonObject counts(const UserImportResult& r)
{
    if (!r.problems.isEmpty()) {
        // Nothing was imported: the counts of what would have been done mean nothing.
        return {{QStringLiteral("imported"), 0},
                {QStringLiteral("usersAdded"), 0},
                {QStringLiteral("usersUpdated"), 0},
                {QStringLiteral("devicesAdded"), 0},
                {QStringLiteral("devicesUpdated"), 0},
                {QStringLiteral("regionsAdded"), 0},
                {QStringLiteral("errors"), errors(r.problems)}};
    }
    return {{QStringLiteral("imported"), r.imported()},           {QStringLiteral("usersAdded"), r.usersAdded},
            {QStringLiteral("usersUpdated"), r.usersUpdated},     {QStringLiteral("devicesAdded"), r.devicesAdded},
            {QStringLiteral("devicesUpdated"), r.devicesUpdated}, {QStringLiteral("regionsAdded"), r.regionsAdded},
            {QStringLiteral("errors"), errors(r.problems)}};
}
} // namespace

void UserImportApi::addRoutes(ApiRouter& router)
{
    router.add("POST", "/api/v1/import/users", ApiNeed::Write, [this](const ApiRequestPtr& r) { import(r); });
    router.add("GET", "/api/v1/export/users", ApiNeed::Read, [this](const ApiRequestPtr& r) { exportFile(r); });
}

void UserImportApi::import(const ApiRequestPtr& r)
{
    bool createRegions = false;
    if (!r->queryFlag("createRegions", &createRegions)) {
        return;
    }
    QVector<UserCsvRow> rows;
    UserImportResult parsed;
    if (!UserCsv::read(r->http().body(), &rows, &parsed.problems, &parsed.warnings)) {
        QJsonObject body = summary(parsed);
        body.insert(QStringLiteral("error"),
                    QStringLiteral("%1 line(s) of the file cannot be imported; nothing was "
                                   "imported")
                        .arg(parsed.problems.size()));
        r->failWith(422, body);
        return;
    }
    const Admin admin = r->admin();
    auto result = std::make_shared<UserImportResult>();
    const QVector<UserCsvProblem> warnings = parsed.warnings;
    AuditNote note {QStringLiteral("import users"), QStringLiteral("%1 line(s)").arg(rows.size()), {}};
    ApiWrite::submit(
        state(), r, note,
        [rows, admin, createRegions, result, warnings](Store& s, AuditNote* n) -> StoreError {
            StoreError e = UserImporter::apply(s, rows, admin, createRegions, result.get());
            result->warnings = warnings;
            n->details = QStringLiteral("%1 user(s) added, %2 updated; %3 device(s) added, %4 updated")
                             .arg(result->usersAdded)
                             .arg(result->usersUpdated)
                             .arg(result->devicesAdded)
                             .arg(result->devicesUpdated)
                + (warnings.isEmpty() ? QString() : QStringLiteral("; %1 warning(s)").arg(warnings.size()));
            return e;
        },
        [r, result] { r->reply(200, summary(*result)); },
        [r, result](const StoreError& e) {
            if (e.code != StoreError::Code::Invalid || result->problems.isEmpty()) {
                r->failStore(e);
                return;
            }
            QJsonObject body = summary(*result);
            body.insert(QStringLiteral("error"), e.message);
            r->failWith(422, body);
        });
}

void UserImportApi::exportFile(const ApiRequestPtr& r)
{
    const StoreResult<QVector<UserCsvRow>> rows =
        UserImporter::exportRows(store(), AccessPolicy::visibleRegions(r->admin()));
    if (!loaded(r, rows)) {
        return;
    }
    const QByteArray name = "phonefleet-users-"
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")).toLatin1() + ".csv";
    r->replyBytes("text/csv; charset=utf-8", UserCsv::write(rows.value()),
                  {{"Content-Disposition", "attachment; filename=\"" + name + '"'}});
}
