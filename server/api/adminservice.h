#pragma once

#include "apirouter.h"
#include "httpexchange.h"
#include "httprequestparser.h"

#include <memory>
#include <vector>

class ApiModule;
class AuthApi;
class LoginGuard;
struct Admin;
struct ApiEnvironment;
struct ServerState;

// The admin API under /api/v1 (docs/api/openapi.yaml): consoles, phonefleetctl and
// administrators' scripts. Each request is matched to a route, its bearer token checked, the
// route's coarse need (ApiNeed) enforced, and handed to the module that owns the collection.
// Plain HTTP is answered only on loopback (or when the server is told a TLS proxy is in front):
// it carries passwords and tokens.
class AdminService
{
public:
    // The client's address (for throttling and the logs) is the exchange's peer: behind a
    // trusted reverse proxy, the one it names (HttpExchange::peer()).
    AdminService(ServerState& state, LoginGuard& logins, bool plainHttpAllowed);
    ~AdminService();

    static bool handles(const QByteArray& path) { return path == "/api" || path.startsWith("/api/"); }
    void handle(const HttpExchangePtr& exchange);
    // A request's head, before its body: the route exists and takes the method, the client may
    // use the API over this connection and (but for login) is signed in; the body limit is the
    // route's (firmware uploads 160 MB, login 64 KiB, the rest 16 MB).
    HttpHeadDecision inspect(const HttpRequest& head, bool secure, const QHostAddress& peer);

    // Every route served, "METHOD /api/v1/...", in a stable order.
    static QStringList routes();

private:
    static void build(ApiRouter& router, ApiEnvironment* env, std::vector<std::unique_ptr<ApiModule>>* modules,
                      AuthApi** auth);
    bool allowed(const ApiRequestPtr& request, ApiNeed need) const;
    // Why an administrator may not use a route that needs `need` (empty: may).
    static QString refusal(const Admin& admin, ApiNeed need);

    std::unique_ptr<ApiEnvironment> m_env;
    std::vector<std::unique_ptr<ApiModule>> m_modules;
    AuthApi* m_auth = nullptr;
    ApiRouter m_router;
    bool m_plainHttpAllowed;
};
