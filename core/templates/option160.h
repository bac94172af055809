#pragma once

#include "builtinplaceholders.h"
#include "templaterenderer.h"

#include <QString>

// DHCP Option 160: the provisioning URL a DHCP server hands the phones, in the forms of the
// administrator's manual. The part before ';' is where firmware is fetched, the part after it
// the configuration: the system file (dhcpoption160.cfg, which points a new phone at this
// server and leaves it pending approval), a region's zero-touch folder (the phone appends
// <MAC>.cfg), or the per-model form that names <MODEL>_<MAC>_conf.cfg.
namespace Option160 {
QString systemUrl(const ServerContext& server);
QString regionUrl(const ServerContext& server, const QString& region);
// The same through an SBC's HTTP proxy (host[:port]) for phones outside the network.
QString sbcSystemUrl(const ServerContext& server, const QString& sbcProxy);
QString sbcRegionUrl(const ServerContext& server, const QString& sbcProxy, const QString& region);
// "<MODEL>_<MAC>_conf.cfg" is filled in by the phone itself.
QString perModelFileUrl(const ServerContext& server);

// The shipped text of dhcpoption160.cfg, with placeholders; "restore to default" gives it back.
QString defaultSystemFileTemplate();
// dhcpoption160.cfg as the server hands it out: templateText (empty: the shipped one) with the
// server's built-in values. The same for every phone, whatever its model: it knows none yet.
RenderResult renderSystemFile(const QString& templateText, const ServerContext& server);
} // namespace Option160
