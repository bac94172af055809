#pragma once

#include "apienvironment.h"

#include "site.h"

// /api/v1/sites: the sites of the regions (an office, a building), whose placeholder values stand
// between the region's and the phone's. Everyone lists the sites of the regions they see;
// Operators of a region add, change and remove its sites. A removed site's phones are at no site
// any more, and its values go with it.
class SitesApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

    // The sites of a region by their id that phones' siteId may name: the site exists and is in
    // regionId. Empty when fine, else why.
    static QString placementProblem(Store& store, qint64 siteId, qint64 regionId);

private:
    void list(const ApiRequestPtr& r);
    void get(const ApiRequestPtr& r);
    void create(const ApiRequestPtr& r);
    void update(const ApiRequestPtr& r);
    void remove(const ApiRequestPtr& r);
    // The site may be where it says: a region the administrator is Operator of, a name.
    bool allowed(const ApiRequestPtr& r, const Site& site);
};
