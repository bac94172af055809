#pragma once

#include "subnetlist.h"

#include <QString>
#include <QStringList>
#include <QVector>

// Whether the reverse proxies named with --trusted-proxy can be trusted beside the subnets from
// which phones get their files without credentials (a region's provisioning subnets, the
// system's). A trusted proxy names any client with X-Forwarded-For, an address in such a subnet
// too: whoever holds a trusted address can pass as any phone at first contact.
//
// - A trusted block of more than one address that shares addresses with a provisioning subnet
//   is refused: some of its addresses are free for any host on the phones' network to take.
// - A single trusted address inside a provisioning subnet is allowed (a balancer may sit on the
//   phones' network) but warned about: it must stay the balancer's own.
namespace TrustedProxyPolicy {

struct Subnets
{
    QString owner;   // "the system provisioning subnets", "region 'Berlin'"
    QString subnets; // as stored: a CIDR list

    // The system's (settings' system_provisioning_subnets) and a region's, named as the
    // findings say them; a region's name without control characters, since findings are logged.
    static Subnets ofSystem(const QString& subnets);
    static Subnets ofRegion(const QString& name, const QString& subnets);
};

struct Review
{
    QStringList refusals; // each names the trusted block, the owner, the subnet and what to do
    QStringList warnings;
};

Review review(const SubnetList& trusted, const QVector<Subnets>& provisioning);

} // namespace TrustedProxyPolicy
