#pragma once

#include "accesspolicy.h"
#include "alarm.h"
#include "configfile.h"
#include "device.h"
#include "overwritevalue.h"
#include "phonetemplate.h"
#include "placeholder.h"
#include "user.h"

class Store;

// Where a row stands for the access policy: in a region, in none (the system administrators'),
// or shared (everyone reads it, system administrators change it). Rows without a region of their
// own (alarms, placeholders, overwrite values, per-device files) stand where their owner does.
struct RowScope
{
    qint64 regionId = 0;
    bool shared = false;

    static RowScope ofRegion(qint64 regionId) { return {regionId, false}; }
    static RowScope ofTemplate(const PhoneTemplate& t) { return {t.regionId, t.regionId <= 0}; }
    static RowScope of(Store& store, const Placeholder& placeholder);
    static RowScope of(Store& store, const OverwriteValue& value);
    static RowScope of(Store& store, const Alarm& alarm);
    // A phone's own file stands where its phone does (by origin, not by name), a regional
    // template's global file in that region; system-wide global and uploaded files are shared.
    static RowScope of(Store& store, const ConfigFile& file);

    bool visibleTo(const Admin& admin) const;
    bool modifiableBy(const Admin& admin) const;
};
