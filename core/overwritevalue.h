#pragma once

#include "placeholder.h"

#include <QString>
#include <QtGlobal>

// A cfg key set outright ("overwrite value") for a region or for one device, stored.
struct OverwriteValue
{
    qint64 id = 0;
    qint64 revision = 0;
    PlaceholderLevel level = PlaceholderLevel::Region; // Region or Device
    qint64 ownerId = 0;
    QString key;
    QString value;
};
