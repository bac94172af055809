#include "adminservice.h"

#include "accesspolicy.h"
#include "actionsapi.h"
#include "adminsapi.h"
#include "alarmsapi.h"
#include "apienvironment.h"
#include "apirequest.h"
#include "authapi.h"
#include "changesapi.h"
#include "dashboardapi.h"
#include "devicesapi.h"
#include "filesapi.h"
#include "logsapi.h"
#include "previewapi.h"
#include "regionsapi.h"
#include "settingsapi.h"
#include "sitesapi.h"
#include "templatesapi.h"
#include "userimportapi.h"
#include "usersapi.h"
#include "valuesapi.h"
#include "vendorexportapi.h"

#include <QUrl>

namespace {
constexpr qsizetype maxApiBody = 160LL * 1024 * 1024; // firmware uploads are the largest

template <class T>
T* added(std::vector<std::unique_ptr<ApiModule>>* modules, ApiEnvironment* env)
{
    auto module = std::make_unique<T>(env);
    T* raw = module.get();
    modules->push_back(std::move(module));
    return raw;
}
} // namespace

AdminService::AdminService(ServerState& state, LoginGuard& logins, bool plainHttpAllowed)
    : m_env(new ApiEnvironment {state, logins})
    , m_plainHttpAllowed(plainHttpAllowed)
{
    build(m_router, m_env.get(), &m_modules, &m_auth);
}

AdminService::~AdminService() = default;

void AdminService::build(ApiRouter& router, ApiEnvironment* env, std::vector<std::unique_ptr<ApiModule>>* modules,
                         AuthApi** auth)
{
    *auth = added<AuthApi>(modules, env);
    added<AdminsApi>(modules, env);
    added<RegionsApi>(modules, env);
    added<SitesApi>(modules, env);
    added<UsersApi>(modules, env);
    added<DevicesApi>(modules, env);
    added<TemplatesApi>(modules, env);
    added<PreviewApi>(modules, env);
    added<ValuesApi>(modules, env);
    added<SettingsApi>(modules, env);
    added<FilesApi>(modules, env);
    added<AlarmsApi>(modules, env);
    added<LogsApi>(modules, env);
    added<DashboardApi>(modules, env);
    added<ChangesApi>(modules, env);
    added<UserImportApi>(modules, env);
    added<VendorExportApi>(modules, env);
    added<ActionsApi>(modules, env);
    for (const auto& m : *modules) {
        m->addRoutes(router);
    }
}

QStringList AdminService::routes()
{
    ApiRouter router;
    std::vector<std::unique_ptr<ApiModule>> modules;
    AuthApi* auth = nullptr;
    build(router, nullptr, &modules, &auth);
    return router.routes();
}

QString AdminService::refusal(const Admin& a, ApiNeed need)
{
    switch (need) {
    case ApiNeed::Public:
    case ApiNeed::Self:
    case ApiNeed::Read:
        return {};
    case ApiNeed::Write:
        return AccessPolicy::canWriteAnywhere(a)
            ? QString()
            : QStringLiteral("your account may only look (Monitoring): it cannot change anything");
    case ApiNeed::SystemRead:
    case ApiNeed::SystemWrite:
        if (AccessPolicy::canAdministerSystem(a)) {
            return {};
        }
        return need == ApiNeed::SystemRead ? QStringLiteral("only system administrators may see this")
                                           : QStringLiteral("only system administrators may change this");
    }
    return QStringLiteral("not allowed");
}

bool AdminService::allowed(const ApiRequestPtr& r, ApiNeed need) const
{
    const QString why = refusal(r->admin(), need);
    if (!why.isEmpty()) {
        r->forbidden(why);
        return false;
    }
    return true;
}

HttpHeadDecision AdminService::inspect(const HttpRequest& head, bool secure, const QHostAddress& peer)
{
    if (!secure && !m_plainHttpAllowed && !peer.isLoopback()) {
        return {403, QStringLiteral("the admin API answers over HTTPS only (it carries passwords and tokens)"), 0};
    }
    const QString path = QString::fromLatin1(head.path);
    const ApiRouter::Route* route = nullptr;
    QStringList params;
    QByteArrayList allowedMethods;
    switch (m_router.match(head.method, path, &route, &params, &allowedMethods)) {
    case ApiRouter::Match::NotFound:
        return {404, QStringLiteral("no such API route: %1 %2").arg(QString::fromLatin1(head.method), path), 0};
    case ApiRouter::Match::WrongMethod:
        return {405, QStringLiteral("%1 does not take %2").arg(path, QString::fromLatin1(head.method)), 0};
    case ApiRouter::Match::Found:
        break;
    }
    if (route->need == ApiNeed::Public) {
        return {0, {}, 64 * 1024};
    }
    const StoreResult<Admin> admin = m_auth->sessionAdmin(head.header("Authorization"));
    if (!admin) {
        return {401, QStringLiteral("sign in first: POST /api/v1/login, then send Authorization: Bearer <token>"), 0};
    }
    // An account that may not use the route learns so before it sends a body (a Monitoring
    // account never gets to fill the disk with uploads).
    if (const QString why = refusal(admin.value(), route->need); !why.isEmpty()) {
        return {403, why, 0};
    }
    // A firmware image goes to a temporary file as it comes, never to memory.
    const bool upload = route->pattern == QLatin1String("/api/v1/firmware") && head.method == "POST";
    return {0, {}, upload ? maxApiBody : 16LL * 1024 * 1024, upload};
}

void AdminService::handle(const HttpExchangePtr& exchange)
{
    auto early = std::make_shared<ApiRequest>(exchange, QStringList());
    if (!exchange->isSecure() && !m_plainHttpAllowed && !exchange->connectionPeer().isLoopback()) {
        early->fail(403, QStringLiteral("the admin API answers over HTTPS only (it carries passwords and tokens)"));
        return;
    }
    if (exchange->body().size() > maxApiBody) {
        early->fail(413, QStringLiteral("a request body is at most %1 MB").arg(maxApiBody / (1024 * 1024)));
        return;
    }
    const QString path = QString::fromLatin1(exchange->encodedPath());
    const ApiRouter::Route* route = nullptr;
    QStringList params;
    QByteArrayList allowedMethods;
    switch (m_router.match(exchange->method(), path, &route, &params, &allowedMethods)) {
    case ApiRouter::Match::NotFound:
        early->fail(404,
                    QStringLiteral("no such API route: %1 %2 (see docs/api/openapi.yaml)")
                        .arg(QString::fromLatin1(exchange->method()), path));
        return;
    case ApiRouter::Match::WrongMethod:
        early->fail(405, QStringLiteral("%1 does not take %2").arg(path, QString::fromLatin1(exchange->method())),
                    {{"Allow", allowedMethods.join(", ")}});
        return;
    case ApiRouter::Match::Found:
        break;
    }
    auto request = std::make_shared<ApiRequest>(exchange, params);
    if (route->need != ApiNeed::Public && !m_auth->authenticate(request)) {
        return;
    }
    if (!allowed(request, route->need)) {
        return;
    }
    route->handler(request);
}
