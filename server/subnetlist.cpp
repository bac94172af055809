#include "subnetlist.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

// ::ffff:a.b.c.d/96+n is the IPv4 block a.b.c.d/n, and is matched as one. Only that form:
// Qt also gives an IPv4 address for "::" (0.0.0.0), and "::/96" is not every IPv4 client.
SubnetList::Block plainForm(const QPair<QHostAddress, int>& subnet)
{
    if (subnet.first.protocol() == QAbstractSocket::IPv6Protocol && subnet.second >= 96) {
        const Q_IPV6ADDR a = subnet.first.toIPv6Address();
        bool mapped = a[10] == 0xff && a[11] == 0xff;
        for (int i = 0; i < 10; ++i) {
            mapped = mapped && a[i] == 0;
        }
        if (mapped) {
            const quint32 v4 = (quint32(a[12]) << 24) | (quint32(a[13]) << 16) | (quint32(a[14]) << 8) | a[15];
            return {QHostAddress(v4), subnet.second - 96};
        }
    }
    return {subnet.first, subnet.second};
}

} // namespace

bool SubnetList::Block::isOneAddress() const
{
    return prefix == (network.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128);
}

QString SubnetList::Block::toString() const
{
    return isOneAddress() ? network.toString() : QStringLiteral("%1/%2").arg(network.toString()).arg(prefix);
}

bool SubnetList::Block::overlaps(const Block& other) const
{
    // Two blocks share an address exactly when the smaller lies in the larger, and then any
    // address of the smaller (its network address) is in the larger.
    return network.protocol() == other.network.protocol()
        && (network.isInSubnet(other.network, other.prefix) || other.network.isInSubnet(network, prefix));
}

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
        list.m_blocks.append(plainForm(subnet));
    }
    return list;
}

bool SubnetList::contains(const QHostAddress& address) const
{
    const QHostAddress a = plainForm({address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32}).network;
    for (const Block& block : m_blocks) {
        if (a.isInSubnet(block.network, block.prefix)) {
            return true;
        }
    }
    return false;
}
