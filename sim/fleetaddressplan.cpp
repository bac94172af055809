#include "fleetaddressplan.h"

bool FleetAddressPlan::setMacPrefix(const QString& prefix, QString* error)
{
    QString digits;
    for (const QChar c : prefix.trimmed()) {
        if (c == u':' || c == u'-' || c == u'.') {
            continue;
        }
        digits.append(c.toUpper());
    }
    const MacAddress probe = MacAddress::fromString(digits + QStringLiteral("000000"));
    if (digits.size() != 6 || probe.isNull()) {
        *error = QStringLiteral("'%1' is not a MAC prefix of 6 hexadecimal digits (such as 00908F)").arg(prefix);
        return false;
    }
    m_prefix = digits;
    return true;
}

qint64 FleetAddressPlan::capacity()
{
    // 127.0.0.2 .. 127.255.255.254, skipping .0 and .255 host bytes would complicate nothing
    // real: loopback accepts them all. The MAC space (2^24) is the larger limit.
    return (qint64(1) << 24) - 3;
}

MacAddress FleetAddressPlan::macAt(qint64 index) const
{
    Q_ASSERT(index >= 0 && index < capacity());
    return MacAddress::fromString(m_prefix + QStringLiteral("%1").arg(index, 6, 16, QLatin1Char('0')).toUpper());
}

QHostAddress FleetAddressPlan::addressAt(qint64 index) const
{
    Q_ASSERT(index >= 0 && index < capacity());
    // 127.0.0.1 stays for the server; phones start at 127.0.0.2.
    const quint32 host = 0x7F000000u + static_cast<quint32>(index) + 2u;
    return QHostAddress(host);
}
