#pragma once

#include <QByteArray>
#include <QString>

// The version of a firmware image when the administrator leaves it empty: from the file name
// ("430HD_3.4.3.1.img", "ipp-430HD-UC_3.2.1.428.img") or, failing that, from a version string
// near the start of the image ("VERSION=3.4.3.1", "UC_3.4.3.1"). Empty when neither says.
namespace FirmwareVersion {
// How much of the start of an image fromContents() reads: far more than any header.
constexpr qsizetype headerBytes = 256 * 1024;
QString fromFileName(const QString& fileName);
QString fromContents(const QByteArray& image);
QString detect(const QString& fileName, const QByteArray& image);
} // namespace FirmwareVersion
