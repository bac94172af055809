#pragma once

#include "macaddress.h"

#include <QByteArray>
#include <QString>

// The file a phone asks for, from the request's path exactly as it came on the wire
// (percent-encoded). Only these forms exist:
//   /configfiles/<file>           generated and uploaded cfg files
//   /firmwarefiles/<file>         firmware images
//   /ipp/region/<region>/<file>   a region's zero-touch folder
//   /ipp/<file>                   the system folder (a new phone waits for approval)
//   /ipp/dhcpoption160.cfg, /dhcpoption160.cfg   the DHCP Option 160 system file
// Anything else, and any path with ".." or "." segments, a backslash, NUL or another control
// character, an empty segment, or a percent sign left after decoding once (double encoding),
// is not a provisioning path: the server answers 404 without looking further.
struct ProvisioningPath
{
    enum class Kind { Invalid, ConfigFile, FirmwareFile, RegionFile, SystemFile, Option160 };

    Kind kind = Kind::Invalid;
    QString region;   // RegionFile only, decoded
    QString fileName; // decoded; letters, digits, '.', '-' and '_' only, not starting with '.'

    bool isValid() const { return kind != Kind::Invalid; }

    static ProvisioningPath parse(const QByteArray& encodedPath);
    // Whether a name may be served: [A-Za-z0-9._-], 1..128 characters, not starting with '.'.
    static bool isSafeFileName(const QString& name);
    // The phone a per-device file name is for: "<MAC>.cfg" or "<MODEL>_<MAC>_conf.cfg" (any
    // case); null for other names. *model gets the model of the second form.
    static MacAddress deviceFileMac(const QString& fileName, QString* model = nullptr);
    // "<MODEL>.img" names the current image of a model: the model, or empty.
    static QString defaultFirmwareModel(const QString& fileName);
};
