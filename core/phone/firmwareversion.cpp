#include "firmwareversion.h"

#include <QRegularExpression>

namespace FirmwareVersion {
QString fromFileName(const QString& fileName)
{
    // Three or four dot-separated numbers, not glued to other digits.
    static const QRegularExpression version(
        QStringLiteral("(?<![0-9.])([0-9]+\\.[0-9]+\\.[0-9]+(?:\\.[0-9]+)?)(?![0-9])"));
    QString base = fileName;
    if (base.endsWith(QLatin1String(".img"), Qt::CaseInsensitive)) {
        base.chop(4);
    }
    const QRegularExpressionMatch m = version.match(base);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString fromContents(const QByteArray& image)
{
    // Images carry their version in a text header.
    const QString head = QString::fromLatin1(image.left(headerBytes));
    static const QRegularExpression tagged(
        QStringLiteral("(?:version|ver|UC|TEAMS|LYNC)[ _:=\"]{1,3}([0-9]+\\.[0-9]+\\.[0-9]+(?:\\.[0-9]+)?)(?![0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = tagged.match(head);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString detect(const QString& fileName, const QByteArray& image)
{
    const QString fromName = fromFileName(fileName);
    return fromName.isEmpty() ? fromContents(image) : fromName;
}
} // namespace FirmwareVersion
