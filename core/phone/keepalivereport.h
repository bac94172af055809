#pragma once

#include "device.h"
#include "macaddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A phone's status report: the JSON body of POST /rest/v1/ipphoneMgrStatus/keep-alive (and
// .../init). Only what the server records is kept; emsUserPassword is a digest whose algorithm
// is not public: it is recorded as given and never a reason to refuse a report.
struct KeepAliveReport
{
    MacAddress mac;
    QString ipAddress;
    QString subnet;
    QString region; // the region the phone believes it is in; informational
    QString model;  // normalised
    bool teams = false;
    QString firmwareVersion;
    QString userAgent; // the body's userAgent, or the request's header when the body has none
    QString userName;
    QString phoneNumber;
    QString location;
    QString sipProxy;
    SipStatus status = SipStatus::Unknown;
    int vlanId = -1; // -1: not reported
    QString emsUserName;
    QString emsUserPassword; // opaque; what KeepAliveProof pins and compares
    QString sessionId;
    // Not from the body: the request's side, set by the server.
    QString peerAddress;        // the client address the report came from
    bool authenticated = false; // it carried valid HTTP credentials of this phone

    // Parses and checks a body; httpUserAgent is the request's User-Agent header. Refuses a body
    // that is not a JSON object, has no valid "mac", an unknown "status", an over-long field, or
    // whose MAC differs from the one a User-Agent names. *error says which, in words.
    static bool parse(const QByteArray& body, const QString& httpUserAgent, KeepAliveReport* report, QString* error);
};
