#pragma once

#include "macaddress.h"

#include <QString>

// What a phone's HTTP User-Agent says about it. Two forms are in use:
//   "AUDC-IPPhone/3.4.3.1 (430HD; 00908F4867AF)"
//   "AUDC-IPPhone-430HD_UC_2.0.7.70/1.0.0000.0"   (no MAC)
struct UserAgent
{
    bool isPhone = false; // the text is one of the forms above
    QString model;        // normalised
    bool teams = false;   // "AUDC-IPPhone-430HD_TEAMS_..." / "..._LYNC_..."
    QString firmwareVersion;
    MacAddress mac; // null when the form carries none

    static UserAgent parse(const QString& text);
};
