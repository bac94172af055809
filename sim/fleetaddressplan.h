#pragma once

#include "macaddress.h"

#include <QHostAddress>
#include <QString>

// Gives each simulated phone its MAC (prefix + index) and its own loopback address, so that
// the server sees a fleet of distinct clients rather than one.
class FleetAddressPlan
{
public:
    // prefix: 6 hex digits (an OUI such as "00908F"), in any MacAddress-like spelling.
    // On failure returns false and says why in *error.
    bool setMacPrefix(const QString& prefix, QString* error);
    // How many phones the plan can address: 2^24 MACs, and 127.0.0.2 .. 127.255.255.254.
    static qint64 capacity();

    // index: 0 .. capacity() - 1.
    MacAddress macAt(qint64 index) const;
    QHostAddress addressAt(qint64 index) const;

private:
    QString m_prefix = QStringLiteral("00908F");
};
