#include "device.h"

QString sipStatusToString(SipStatus status)
{
    switch (status) {
    case SipStatus::Started:
        return QStringLiteral("started");
    case SipStatus::Registered:
        return QStringLiteral("registered");
    case SipStatus::Unregistered:
        return QStringLiteral("unregistered");
    case SipStatus::Offline:
        return QStringLiteral("offline");
    case SipStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

SipStatus sipStatusFromString(const QString& text)
{
    const QString word = text.trimmed().toLower();
    for (SipStatus s : {SipStatus::Started, SipStatus::Registered, SipStatus::Unregistered, SipStatus::Offline}) {
        if (word == sipStatusToString(s)) {
            return s;
        }
    }
    return SipStatus::Unknown;
}

QString approvalStateToString(ApprovalState state)
{
    return state == ApprovalState::Pending ? QStringLiteral("pending") : QStringLiteral("approved");
}

bool approvalStateFromString(const QString& text, ApprovalState* state)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("approved")) {
        *state = ApprovalState::Approved;
        return true;
    }
    if (word == QLatin1String("pending")) {
        *state = ApprovalState::Pending;
        return true;
    }
    return false;
}
