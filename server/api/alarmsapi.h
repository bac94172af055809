#pragma once

#include "apienvironment.h"

#include "alarm.h"

// /api/v1/alarms: alarms phones raised, active (?state=active, the default), cleared or all,
// newest first, searchable by name, MAC or the phone's IP; an Operator of the phone's region may
// clear one by hand (a phone that recovers clears its own). Every alarm stays in history.
class AlarmsApi : public ApiModule
{
public:
    using ApiModule::ApiModule;
    void addRoutes(ApiRouter& router) override;

    static QJsonArray items(Store& store, const QVector<Alarm>& alarms);

private:
    void list(const ApiRequestPtr& r);
    void get(const ApiRequestPtr& r);
    void clear(const ApiRequestPtr& r);
};
