#pragma once

#include <QString>
#include <QtGlobal>

// A region (the vendor calls it a tenant): a group of phones with its own templates,
// placeholder values, zero-touch URL and administrators' access levels.
struct Region
{
    qint64 id = 0;
    qint64 revision = 0;
    QString name;
    QString description;
    // Comma-separated CIDR blocks ("10.20.0.0/16, 2001:db8::/32") from which a phone of the region
    // may fetch its file without credentials: first contact and zero touch.
    QString provisioningSubnets;
};
