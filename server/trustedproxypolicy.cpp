#include "trustedproxypolicy.h"

namespace TrustedProxyPolicy {

Subnets Subnets::ofSystem(const QString& subnets)
{
    return {QStringLiteral("the system provisioning subnets"), subnets};
}

Subnets Subnets::ofRegion(const QString& name, const QString& subnets)
{
    QString shown = name.trimmed();
    for (QChar& c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph) {
            c = u'?';
        }
    }
    return {QStringLiteral("region '%1'").arg(shown), subnets};
}

Review review(const SubnetList& trusted, const QVector<Subnets>& provisioning)
{
    Review out;
    for (const Subnets& p : provisioning) {
        const SubnetList subnets = SubnetList::parse(p.subnets);
        for (const SubnetList::Block& proxy : trusted.blocks()) {
            for (const SubnetList::Block& subnet : subnets.blocks()) {
                if (!proxy.overlaps(subnet)) {
                    continue;
                }
                if (proxy.isOneAddress()) {
                    out.warnings << QStringLiteral("--trusted-proxy %1 is in %2's provisioning subnet %3: keep that "
                                                   "address the load balancer's own, since whoever holds it can "
                                                   "pass as any phone")
                                        .arg(proxy.toString(), p.owner, subnet.toString());
                } else {
                    out.refusals << QStringLiteral("--trusted-proxy %1 shares addresses with %2's provisioning "
                                                   "subnet %3: any host there could name itself a phone with "
                                                   "X-Forwarded-For; name only the load balancer's own addresses")
                                        .arg(proxy.toString(), p.owner, subnet.toString());
                }
                break; // one finding per trusted block and owner is enough to act on
            }
        }
    }
    return out;
}

} // namespace TrustedProxyPolicy
