#pragma once

#include <QString>

// Whether a keep-alive proves that it comes from the phone it names (docs/server.md, "Who can
// get what"). The real firmware's emsUserPassword is a digest whose algorithm is not public, so
// it cannot be recomputed; but it is stable for a phone with stable credentials. So the server
// learns it: the address that last got the phone's own file (with the phone's credentials, or
// by first contact) opens the proof for a while, and keep-alives from that address meanwhile pin
// their emsUserPassword (the phone reports before and after applying its file, and the value
// changes with the credentials); later keep-alives must repeat the pinned value (from any
// address: a phone may change its address). A keep-alive with this phone's valid HTTP
// credentials proves it too.
//
// A proven keep-alive may change what decides who gets the phone's secrets and commands (its
// push address, user, model, VLAN) and receives its queued commands; one that proves nothing
// changes only harmless status (SIP status and report time).
struct KeepAliveProof
{
    // What the server holds for the phone.
    struct State
    {
        QString proofAddress; // the address that last got the phone's own file
        bool open = false;    // keep-alives from proofAddress may (re)pin their value now
        QString token;        // the pinned emsUserPassword; empty: none yet
    };

    bool proven = false;
    bool pin = false; // store the report's emsUserPassword as the pinned value

    // token: the report's emsUserPassword; peer: where it came from; authenticated: it carried
    // valid HTTP credentials of the phone.
    static KeepAliveProof decide(const State& state, const QString& token, const QString& peer, bool authenticated);
    // Whether a reported emsUserPassword can be pinned at all: 8 to 128 printable ASCII characters
    // (the firmware sends 32 hexadecimal digits).
    static bool isPinnable(const QString& token);
};
