#pragma once

#include "apienvironment.h"

// GET /api/v1/dashboard: phones registered, unregistered (reporting but not registered) and
// disconnected, the share registered, and the same per region, model and firmware version, over
// the phones the administrator may see.
class DashboardApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

private:
    void get(const ApiRequestPtr& r);
};
