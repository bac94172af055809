#pragma once

#include "macaddress.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

// What the phone last told us about its SIP registration.
enum class SipStatus { Unknown, Started, Registered, Unregistered, Offline };

// A phone that reported through the system URL waits for an administrator's approval.
enum class ApprovalState { Approved, Pending };

QString sipStatusToString(SipStatus status);
// Accepts the phone protocol's words in any case; unknown text gives SipStatus::Unknown.
SipStatus sipStatusFromString(const QString& text);

QString approvalStateToString(ApprovalState state);
bool approvalStateFromString(const QString& text, ApprovalState* state);

struct Device
{
    qint64 id = 0;
    qint64 revision = 0;
    MacAddress mac;
    QString model; // normalised, see PhoneModels::normalise(): "430HD"
    QString displayName;
    qint64 userId = 0;   // 0: no user
    qint64 regionId = 0; // 0: no region yet
    QString serialNumber;
    QString language;
    QString vlanMode; // empty: the template's default
    int vlanId = 0;
    int vlanPriority = 0;
    ApprovalState approval = ApprovalState::Approved;
    // Reported by the phone:
    QString ipAddress;
    QString subnet;
    QString firmwareVersion;
    QString userAgent;
    SipStatus sipStatus = SipStatus::Unknown;
    QString phoneNumber;
    QString location;
    QDateTime lastReport;       // UTC; invalid: never reported
    QDateTime lastStatusChange; // UTC
};
