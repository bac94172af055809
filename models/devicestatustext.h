#pragma once

#include "device.h"

#include <QString>

// The words the console uses for a phone's state, translated: one place, so that the table,
// the search box, the filters and the dashboard say the same thing.
namespace DeviceStatusText {
QString status(SipStatus status);
inline QString status(const Device& device)
{
    return status(device.sipStatus);
}
QString approval(ApprovalState approval);
} // namespace DeviceStatusText
