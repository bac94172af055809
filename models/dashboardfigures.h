#pragma once

#include "devicefilter.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

// GET /api/v1/dashboard, read: the fleet's figures overall and per region, model and firmware
// version, each group with the Devices Status filter that lists its phones (the drill-down).
struct DashboardFigures
{
    struct Counts
    {
        int registered = 0;
        int unregistered = 0;
        int disconnected = 0;
        int total = 0;
        double percentRegistered = 0;
    };
    struct Group
    {
        QString label; // the region's, model's or version's name, as shown
        Counts counts;
        DeviceFilter filter; // its phones
    };

    Counts overall;
    int pendingApproval = 0;
    QVector<Group> byRegion;
    QVector<Group> byModel;
    QVector<Group> byFirmware;

    static bool fromJson(const QJsonObject& object, DashboardFigures* figures);

    // The filters of the overall tiles.
    static DeviceFilter statusFilter(DeviceFilter::Status status);
    static DeviceFilter pendingFilter();
};
