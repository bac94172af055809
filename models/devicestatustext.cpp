#include "devicestatustext.h"

#include <QCoreApplication>

#include <array>

// Looked up once: every row's search text holds its status, and 100 000 rows are prepared on
// worker threads when Devices Status opens. The console installs its translations before any
// row exists (ConsoleTranslations) and does not switch language while it runs.
namespace {
QString translated(SipStatus status)
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

constexpr std::array<SipStatus, 6> statuses {SipStatus::Registered, SipStatus::Unregistered, SipStatus::Started,
                                             SipStatus::Offline,    SipStatus::Disconnected, SipStatus::Unknown};
} // namespace

namespace DeviceStatusText {
QString status(SipStatus status)
{
    static const std::array<QString, statuses.size()> texts = [] {
        std::array<QString, statuses.size()> out;
        for (std::size_t i = 0; i < statuses.size(); ++i) {
            out[i] = translated(statuses[i]);
        }
        return out;
    }();
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        if (statuses[i] == status) {
            return texts[i];
        }
    }
    return translated(status);
}

QString approval(ApprovalState approval)
{
    static const QString pending = QCoreApplication::translate("DeviceStatusText", "Pending approval");
    static const QString approved = QCoreApplication::translate("DeviceStatusText", "Approved");
    return approval == ApprovalState::Pending ? pending : approved;
}
} // namespace DeviceStatusText
