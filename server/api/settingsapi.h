#pragma once

#include "apienvironment.h"

// /api/v1/settings: the server's settings (ServerSettings), read by every administrator and
// changed by system administrators, as a whole against the revision last read. Secrets (the SMTP
// password) are write-only: the answer says whether one is set. A change applies on this node at
// once, on other nodes sharing the database within 5 s.
class SettingsApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

private:
    void get(const ApiRequestPtr& r);
    void update(const ApiRequestPtr& r);
};
