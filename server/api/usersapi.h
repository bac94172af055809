#pragma once

#include "apienvironment.h"

// /api/v1/users: phone users with their devices. A user is added with its devices in one go;
// removing one removes its devices (?withDevices=true) or leaves them without a user. The SIP
// password is written, never read back ("hasPassword" tells whether there is one). Many users
// move to a region in one request (the console's Set Region).
class UsersApi : public ApiModule
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
    // POST /api/v1/users/region: moves users to a region, all or none, each at the revision
    // the caller saw (409 naming the first that changed since).
    void moveToRegion(const ApiRequestPtr& r);
    // Applies body's fields to *user; false (and the request answered 400) if they are not valid.
    bool read(const ApiRequestPtr& r, const QJsonObject& body, User* user);
    QJsonObject withDevices(const Admin& admin, const User& user);
};
