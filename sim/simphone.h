#pragma once

#include "device.h"
#include "macaddress.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One simulated phone's state: what it is, what its cfg told it, and what happened to it. The
// behaviour is SimFleet's; this holds the data (a few hundred bytes a phone, so that ten
// thousand fit easily) and what can be said about it without the network.
struct SimPhone
{
    enum class State { Off, Booting, Running, Rebooting };

    int index = 0;
    MacAddress mac;
    QHostAddress address;
    QString model;
    QString region;
    QString firmwareVersion;
    State state = State::Off;
    quint32 generation = 0; // bumped on every reboot: timers of the previous life are ignored

    // Learnt from the cfg file.
    bool hasConfig = false;
    QString emsUser;   // ems_server/user_name
    QString emsSecret; // ems_server/user_password
    // The report's emsUserPassword: a digest of the credentials, stable while they are.
    QString emsDigest() const;
    int keepAliveSeconds = 60;
    int randomProvisioningSeconds = 0;
    QString lineUser;   // voip/line/0/auth_name
    QString configPath; // provisioning/configuration/url's path: where includes are fetched from

    // SIP and calls.
    SipStatus sip = SipStatus::Unknown;
    bool failing = false; // registration fails (IPPhoneRegisterFailure raised)
    bool alarmRaised = false;
    bool inCall = false;
    bool resetAfterCall = false; // a graceful reset waits for the call to end

    // What happened.
    int boots = 0;
    int reboots = 0;
    int commandsDone = 0;
    int duplicateCommands = 0; // a command id given again (pushed or answered twice): not done again
    int beeps = 0;
    int configFetches = 0;
    int firmwareUpdates = 0;
    int errors = 0;
    QString lcdText;
    qint64 lcdUntilMs = 0;
    QStringList recent;  // the last commands, newest last
    QStringList seenIds; // command ids done, to do each once

    // Whether a command id was seen already; remembers it (the last 16).
    bool alreadyDone(const QString& id);
    void remember(const QString& what);

    // Takes what the phone uses from a cfg file; returns its include targets, to fetch next.
    QStringList applyConfig(const QByteArray& cfg);
    // The keep-alive (or init) body, as the phones' firmware writes it.
    QByteArray statusReport() const;
    QByteArray userAgent() const;
    QJsonObject toJson(qint64 nowMs) const;
    // The "web admin" page: the phone's state, for a person (text escaped).
    QByteArray page(qint64 nowMs) const;
};
