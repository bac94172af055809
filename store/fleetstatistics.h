#pragma once

#include "accesspolicy.h"
#include "storeerror.h"

#include <QString>
#include <QVector>

class Database;

// The dashboard's figures: phones registered, not registered (reporting, but not registered)
// and disconnected (silent past the timeout), overall and per region, model and firmware
// version, over the phones an administrator may see.
struct FleetCounts
{
    struct Counts
    {
        qint64 registered = 0;
        qint64 notRegistered = 0;
        qint64 disconnected = 0;
        qint64 total() const { return registered + notRegistered + disconnected; }
        // 0 to 100, one decimal; 0 for no phones.
        double percentRegistered() const;
    };
    struct Group
    {
        QString key;         // region name, model or firmware version ("" for none)
        qint64 regionId = 0; // byRegion only
        Counts counts;
    };

    Counts all;
    qint64 pendingApproval = 0;
    QVector<Group> byRegion;   // by name
    QVector<Group> byModel;    // most phones first
    QVector<Group> byFirmware; // most phones first
};

namespace FleetStatistics {
StoreResult<FleetCounts> count(const Database& db, const RegionScope& scope);
}
