#include "devicestatustext.h"

#include <QCoreApplication>

namespace DeviceStatusText {
QString status(SipStatus status)
{
    switch (status) {
    case SipStatus::Registered:
        return QCoreApplication::translate("DeviceStatusText", "Registered");
    case SipStatus::Unregistered:
        return QCoreApplication::translate("DeviceStatusText", "Not registered");
    case SipStatus::Started:
        return QCoreApplication::translate("DeviceStatusText", "Started");
    case SipStatus::Offline:
        return QCoreApplication::translate("DeviceStatusText", "Offline");
    case SipStatus::Disconnected:
        return QCoreApplication::translate("DeviceStatusText", "Disconnected");
    case SipStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("DeviceStatusText", "Never reported");
}

QString approval(ApprovalState approval)
{
    return approval == ApprovalState::Pending ? QCoreApplication::translate("DeviceStatusText", "Pending approval")
                                              : QCoreApplication::translate("DeviceStatusText", "Approved");
}
} // namespace DeviceStatusText
