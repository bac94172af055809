#pragma once

#include <QHostAddress>
#include <QString>
#include <QVector>

// A list of CIDR blocks ("10.20.0.0/16, 192.168.1.7, 2001:db8::/32") and whether an address is
// in one of them. IPv4-mapped IPv6 clients ("::ffff:10.20.1.5") match IPv4 blocks, and an
// IPv4-mapped block is kept as the IPv4 block it stands for.
class SubnetList
{
public:
    struct Block
    {
        QHostAddress network;
        int prefix = 0;

        bool isOneAddress() const;
        // "10.20.0.0/16"; a block of one address is written as the address.
        QString toString() const;
        // Whether the two blocks share at least one address.
        bool overlaps(const Block& other) const;
    };

    // Blocks that do not parse are skipped and named in *problems.
    static SubnetList parse(const QString& text, QStringList* problems = nullptr);
    bool contains(const QHostAddress& address) const;
    bool isEmpty() const { return m_blocks.isEmpty(); }
    const QVector<Block>& blocks() const { return m_blocks; }

private:
    QVector<Block> m_blocks;
};
