#include "subnetlist.h"

#include <QRegularExpression>
#include <QStringList>

SubnetList SubnetList::parse(const QString& text, QStringList* problems)
{
    SubnetList list;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(part);
        if (subnet.first.isNull()) {
            // A bare address is a block of one.
            QHostAddress single;
            if (single.setAddress(part)) {
                subnet = {single, single.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
            }
        }
        if (subnet.first.isNull()) {
            if (problems) {
                problems->append(QStringLiteral("'%1' is not an address or CIDR block").arg(part));
            }
            continue;
        }
        list.m_subnets.append(subnet);
    }
    return list;
}

bool SubnetList::contains(const QHostAddress& address) const
{
    QHostAddress a = address;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        a = QHostAddress(v4);
    }
    for (const auto& subnet : m_subnets) {
        if (a.isInSubnet(subnet)) {
            return true;
        }
    }
    return false;
}
