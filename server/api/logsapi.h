#pragma once

#include "apienvironment.h"

// /api/v1/logs: the web-admin log (?kind=web-admin, the default: who did what, when, from where)
// and the activity log (?kind=activity: phones and the server), newest first: the last N entries
// (?last=N, default 100) at a level or more severe (?level=ERROR|WARN|INFO|DEBUG|VERBOSE), with
// a text search (?q=). Regional administrators see the entries about their regions only.
class LogsApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

private:
    void list(const ApiRequestPtr& r);
};
