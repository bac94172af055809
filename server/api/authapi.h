#pragma once

#include "apienvironment.h"

// Signing in and out, and the signed-in administrator's own account:
//   POST /api/v1/login {"username","password"} -> {"token","expiresAt","admin"}
//   POST /api/v1/logout, GET /api/v1/me, PUT /api/v1/me/password
// and the check of every other request's bearer token (authenticate()).
//
// Passwords are checked off the serving thread (PBKDF2 takes a while on purpose). Failed logins
// slow down per account (stored, so every node agrees) and per client address (LoginBackoff);
// a name that is no account is checked against a decoy hash and answered as a wrong password.
class AuthApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

    // Sets the request's administrator from its bearer token, or answers 401 and returns false.
    bool authenticate(const ApiRequestPtr& request);
    // Whether an Authorization header names a session that is open (for a request's head,
    // before its body is read: the full check is authenticate()).
    bool hasOpenSession(const QByteArray& authorization);
    // The administrator of the open session an Authorization header names (NotFound if none).
    StoreResult<Admin> sessionAdmin(const QByteArray& authorization);

    // "pft_" and 43 base64url characters (256 random bits); what the database keeps of it.
    static QString newToken();
    static QString tokenHash(const QString& token);

private:
    void login(const ApiRequestPtr& request);
    void loginChecked(const ApiRequestPtr& request, const QString& name, const Admin& admin, bool known,
                      bool passwordOk);
    void logout(const ApiRequestPtr& request);
    void me(const ApiRequestPtr& request);
    void changePassword(const ApiRequestPtr& request);
    void refuseLogin(const ApiRequestPtr& request, const QString& name, qint64 adminId, const QString& why, int status,
                     qint64 retryAfterMs);
};
