#pragma once

#include <QHostAddress>
#include <QPair>
#include <QString>
#include <QVector>

// A list of CIDR blocks ("10.20.0.0/16, 192.168.1.7, 2001:db8::/32") and whether an address is
// in one of them. IPv4-mapped IPv6 clients ("::ffff:10.20.1.5") match IPv4 blocks.
class SubnetList
{
public:
    // Blocks that do not parse are skipped and named in *problems.
    static SubnetList parse(const QString& text, QStringList* problems = nullptr);
    bool contains(const QHostAddress& address) const;
    bool isEmpty() const { return m_subnets.isEmpty(); }

private:
    QVector<QPair<QHostAddress, int>> m_subnets;
};
