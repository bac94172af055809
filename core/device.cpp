#include "device.h"

#include "enumnames.h"
#include "randomsecret.h"

namespace {
const EnumName<SipStatus> sipStatusNames[] = {
    {SipStatus::Unknown, "unknown"},       {SipStatus::Started, "started"},
    {SipStatus::Registered, "registered"}, {SipStatus::Unregistered, "unregistered"},
    {SipStatus::Offline, "offline"},       {SipStatus::Disconnected, "disconnected"},
};
const EnumName<ApprovalState> approvalNames[] = {
    {ApprovalState::Approved, "approved"},
    {ApprovalState::Pending, "pending"},
};
} // namespace

QString sipStatusToString(SipStatus status)
{
    return enumToString(sipStatusNames, status);
}

SipStatus sipStatusFromString(const QString& text)
{
    SipStatus status = SipStatus::Unknown;
    enumFromString(sipStatusNames, text, &status);
    return status;
}

QString approvalStateToString(ApprovalState state)
{
    return enumToString(approvalNames, state);
}

bool approvalStateFromString(const QString& text, ApprovalState* state)
{
    return enumFromString(approvalNames, text, state);
}

void moveToRegion(Device* device, qint64 regionId)
{
    if (device->regionId != regionId) {
        device->siteId = 0;
    }
    device->regionId = regionId;
}

void assignProvisioningCredentials(Device* device)
{
    device->provisioningUser = device->mac.toString();
    device->provisioningSecret = RandomSecret::hex(16);
}
