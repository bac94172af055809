#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// An "overwrite value": a cfg key set outright for a region or one device, whatever the
// template says.
struct KeyOverride
{
    QString key;
    QString value;
};

namespace KeyOverrides {
// Applies region overrides, then device overrides (which win), to a rendered cfg file. A key
// the file already sets has its line(s) replaced; otherwise the line goes after the template's
// marker line (a key starting "zzz" and naming "region", or "user"/"device"), or at the end.
// Returns false with a message for an override whose key or value would break the file.
bool apply(QByteArray* cfg, const QVector<KeyOverride>& region, const QVector<KeyOverride>& device, QString* error);
} // namespace KeyOverrides
