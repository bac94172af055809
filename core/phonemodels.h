#pragma once

#include <QString>
#include <QStringList>

// The phone models PhoneFleet knows, and the spellings administrators and phones use for them.
namespace PhoneModels {
// "405", "405HD", "420HD", "430HD", "440HD", "445HD", "450HD", "C450HD", "HRS", "RX50".
const QStringList& known();

// "Audiocodes_430HD", "audiocodes_430hd", "430hd" and "430HD" all give "430HD". Text that names
// no known model is returned trimmed, unchanged otherwise (a newer model is not an error).
QString normalise(const QString& text);

bool isKnown(const QString& text);

// A model as exports and phones spell it, with its flavour: "Audiocodes_420HD_LYNC" and
// "430HD_TEAMS" are Teams/Lync builds of 420HD and 430HD; "AUDC-IPPhone-430HD_UC_2.0.7.70" and
// "Audiocodes_430HD" are the SIP ("UC") build.
struct ModelName
{
    QString model; // normalised as normalise() does; empty when the text is empty
    bool teams = false;
};
ModelName parse(const QString& text);
} // namespace PhoneModels
