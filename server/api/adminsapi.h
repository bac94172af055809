#pragma once

#include "apienvironment.h"

// /api/v1/admins: the accounts of the admin API and console, their roles and per-region levels,
// and unlocking an account the login throttle locked. System administrators only; only a Super
// Administrator creates, changes or removes a Super Administrator, and the last one stays. A
// new password or role ends the account's other sessions. Hashes never leave the server.
class AdminsApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

private:
    void list(const ApiRequestPtr& r);
    void get(const ApiRequestPtr& r);
    void create(const ApiRequestPtr& r);
    void update(const ApiRequestPtr& r);
    void remove(const ApiRequestPtr& r);
    void unlock(const ApiRequestPtr& r);
    bool valid(const ApiRequestPtr& r, const Admin& admin);
    QJsonObject json(const Admin& admin);
    // Hashes a new password off the serving thread, then runs save(admin with the hash).
    void withPassword(const ApiRequestPtr& r, Admin admin, const QString& password,
                      std::function<void(const Admin&)> save);
};
