#pragma once

#include "alarm.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// The JSON body of POST /rest/v1/ipphoneMgrAlert/alert: one or more alarms a phone raises or
// clears (severity "0"). Each alert becomes an Alarm with sourceMac taken from
// "IPPhone/<mac>" and raisedAt from "date" (the phone's local time, read as UTC; the receive
// time when the date is missing or unreadable).
struct AlertReport
{
    QVector<Alarm> alerts;

    static bool parse(const QByteArray& body, AlertReport* report, QString* error);
};
