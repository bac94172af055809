#pragma once

#include "alarm.h"
#include "device.h"

#include <QColor>
#include <QIcon>

// The icons of a phone's state. Each state has its own shape as well as its own colour (a
// circle with a tick, a triangle with "!", a square with a cross, a diamond), so nobody needs to
// tell the colours apart; the text is always shown beside them. Drawn once, on first use (needs
// a QGuiApplication).
namespace StatusIcons {
QIcon registered();
QIcon notRegistered();
QIcon disconnected();
QIcon pending();
QIcon forDevice(const Device& device);

// An alarm's severity: critical a red square, major an orange triangle, minor a yellow
// triangle, warning and indeterminate a blue diamond; a cleared alarm a grey circle.
QIcon forSeverity(AlarmSeverity severity, bool active = true);
QColor severityColor(AlarmSeverity severity);

// The colours, for charts and tiles that show the same states.
QColor registeredColor();
QColor notRegisteredColor();
QColor disconnectedColor();
} // namespace StatusIcons
