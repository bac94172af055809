#pragma once

#include "apienvironment.h"

// GET /api/v1/changes?since=<revision>: what changed since a revision, for consoles to keep
// their tables live: {"revision", "truncated", "changes": [{"collection", "id", "revision",
// "deleted", "item"}]}, the items as the collections show them, only those the administrator may
// see. At most ?limit= rows (default 1000) but never part of one revision; "truncated" says to
// ask again at once. Logs are not in the feed (ask /api/v1/logs); a settings change is one entry
// without an item.
class ChangesApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

private:
    void get(const ApiRequestPtr& r);
};
