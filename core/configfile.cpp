#include "configfile.h"

QString ConfigFile::originName(Origin origin)
{
    switch (origin) {
    case Origin::Global:
        return QStringLiteral("global");
    case Origin::Device:
        return QStringLiteral("device");
    case Origin::Uploaded:
        break;
    }
    return QStringLiteral("uploaded");
}

ConfigFile::Origin ConfigFile::originFromName(const QString& name)
{
    if (name == QLatin1String("global")) {
        return Origin::Global;
    }
    if (name == QLatin1String("device")) {
        return Origin::Device;
    }
    return Origin::Uploaded;
}
