#pragma once

#include <QString>
#include <QtGlobal>

// Where a placeholder value is defined; a device's value wins over its site's, which wins over
// its region's, which wins over its template's, which wins over the system settings.
enum class PlaceholderLevel { System, Template, Region, Device, Site };

QString placeholderLevelToString(PlaceholderLevel level);
bool placeholderLevelFromString(const QString& text, PlaceholderLevel* level);

// A value for "%ITCS_<name>%" at one level. ownerId names the template, region, site or device
// the value belongs to, and is 0 at the system level.
struct Placeholder
{
    qint64 id = 0;
    qint64 revision = 0;
    PlaceholderLevel level = PlaceholderLevel::System;
    qint64 ownerId = 0;
    QString name; // without "%ITCS_" and "%"
    QString value;
    QString description;

    // Letters, digits and '_', starting with a letter: what may stand between "%ITCS_" and "%".
    static bool isValidName(const QString& name);
};
