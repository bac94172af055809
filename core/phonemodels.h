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
} // namespace PhoneModels
