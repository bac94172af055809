#pragma once

#include <QString>
#include <QtGlobal>

// A site: a part of a region, usually one office or building ("Paris-Opera"), with placeholder
// values of its own between the region's and the device's (the vendor's servers call it the
// same). A phone may be at one site of its region.
struct Site
{
    qint64 id = 0;
    qint64 revision = 0;
    QString name;
    QString description;
    qint64 regionId = 0;
};
