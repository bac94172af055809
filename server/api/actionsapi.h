#pragma once

#include "apienvironment.h"

#include "job.h"
#include "phoneaction.h"

// Bulk actions on phones (or users):
//   POST /api/v1/actions {"action", "options", "deviceIds" | "filter" | "userIds", "pacing"}
//     -> 201, the job; the server's dispatcher works through it (ActionDispatcher)
//   GET /api/v1/jobs, GET /api/v1/jobs/{id}, GET /api/v1/jobs/{id}/targets, POST /api/v1/jobs/{id}/cancel
// Targets the administrator may see but not change are recorded as skipped, with the reason;
// phones they may not see are refused as unknown. Regional administrators see their own jobs.
class ActionsApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

    static constexpr int maxTargets = 100000;
    static bool mayWatch(const Admin& admin, const Job& job);

private:
    void create(const ApiRequestPtr& r);
    void list(const ApiRequestPtr& r);
    void get(const ApiRequestPtr& r);
    void targets(const ApiRequestPtr& r);
    void cancel(const ApiRequestPtr& r);
    bool fetchJob(const ApiRequestPtr& r, Job* job);
    QJsonObject json(const Job& job);
    // The action's targets, checked against the administrator's rights; false after answering.
    bool deviceTargets(const ApiRequestPtr& r, const QJsonObject& body, QVector<JobTarget>* targets);
    bool userTargets(const ApiRequestPtr& r, const QJsonObject& body, QVector<JobTarget>* targets);
    // The phones of the users in userIds (a device action on users: Manage Multiple Users).
    bool devicesOfUsers(const ApiRequestPtr& r, const QJsonValue& userIds, QVector<qint64>* ids);
    bool optionsAllowed(const ApiRequestPtr& r, const PhoneAction& action);
};
