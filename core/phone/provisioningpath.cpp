#include "provisioningpath.h"

#include "phonemodels.h"

#include <QByteArrayList>
#include <QRegularExpression>
#include <QUrl>

namespace {
bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Decodes one segment once; fails on a malformed escape, a second level of encoding, or a
// character no segment may hold.
bool decodeSegment(const QByteArray& raw, QString* out)
{
    if (raw.isEmpty()) {
        return false;
    }
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '%' && (i + 2 >= raw.size() || !isHex(raw.at(i + 1)) || !isHex(raw.at(i + 2)))) {
            return false;
        }
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(raw);
    if (bytes.contains('%') || bytes.contains('/') || bytes.contains('\\')) {
        return false;
    }
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            return false;
        }
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) || text == QLatin1String(".") || text == QLatin1String("..")) {
        return false;
    }
    *out = text;
    return true;
}
} // namespace

bool ProvisioningPath::isSafeFileName(const QString& name)
{
    if (name.isEmpty() || name.size() > 128 || name.startsWith(u'.')) {
        return false;
    }
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.'
            || u == '-' || u == '_';
        if (!ok) {
            return false;
        }
    }
    return !name.contains(QLatin1String(".."));
}

ProvisioningPath ProvisioningPath::parse(const QByteArray& encodedPath)
{
    ProvisioningPath invalid;
    if (!encodedPath.startsWith('/') || encodedPath.size() > 1024) {
        return invalid;
    }
    const QByteArrayList raw = encodedPath.mid(1).split('/');
    QStringList segments;
    for (const QByteArray& r : raw) {
        QString s;
        if (!decodeSegment(r, &s)) {
            return invalid;
        }
        segments.append(s);
    }
    ProvisioningPath p;
    const QString& first = segments.first();
    if (segments.size() == 1 && first == QLatin1String("dhcpoption160.cfg")) {
        p.kind = Kind::Option160;
    } else if (segments.size() == 2 && first == QLatin1String("configfiles")) {
        p.kind = Kind::ConfigFile;
    } else if (segments.size() == 2 && first == QLatin1String("firmwarefiles")) {
        p.kind = Kind::FirmwareFile;
    } else if (segments.size() == 2 && first == QLatin1String("ipp")) {
        p.kind = segments.at(1) == QLatin1String("dhcpoption160.cfg") ? Kind::Option160 : Kind::SystemFile;
    } else if (segments.size() == 4 && first == QLatin1String("ipp") && segments.at(1) == QLatin1String("region")) {
        p.kind = Kind::RegionFile;
        p.region = segments.at(2);
    } else {
        return invalid;
    }
    p.fileName = segments.last();
    if (!isSafeFileName(p.fileName)) {
        return invalid;
    }
    if (p.kind == Kind::Option160) {
        p.fileName = QStringLiteral("dhcpoption160.cfg");
    }
    return p;
}

MacAddress ProvisioningPath::deviceFileMac(const QString& fileName, QString* model)
{
    static const QRegularExpression plain(QStringLiteral("^([0-9A-Fa-f]{12})\\.cfg$"));
    static const QRegularExpression perModel(QStringLiteral("^([0-9A-Za-z]+)_([0-9A-Fa-f]{12})_conf\\.cfg$"));
    QRegularExpressionMatch m = plain.match(fileName);
    if (m.hasMatch()) {
        return MacAddress::fromString(m.captured(1));
    }
    m = perModel.match(fileName);
    if (m.hasMatch()) {
        if (model) {
            *model = PhoneModels::normalise(m.captured(1));
        }
        return MacAddress::fromString(m.captured(2));
    }
    return {};
}

QString ProvisioningPath::defaultFirmwareModel(const QString& fileName)
{
    if (!fileName.endsWith(QLatin1String(".img"), Qt::CaseInsensitive)) {
        return {};
    }
    const QString base = fileName.chopped(4);
    return PhoneModels::isKnown(base) ? PhoneModels::normalise(base) : QString();
}
