#pragma once

#include "apienvironment.h"

// /api/v1/regions: every administrator lists the regions they may see; only system
// administrators add, change or remove one. A region that still has phones, users or templates
// cannot be removed; its placeholders, overwrite values and administrators' levels go with it.
class RegionsApi : public ApiModule
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
    bool valid(const ApiRequestPtr& r, const Region& region);
};
