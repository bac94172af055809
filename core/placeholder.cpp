#include "placeholder.h"

QString placeholderLevelToString(PlaceholderLevel level)
{
    switch (level) {
    case PlaceholderLevel::System:
        return QStringLiteral("system");
    case PlaceholderLevel::Template:
        return QStringLiteral("template");
    case PlaceholderLevel::Region:
        return QStringLiteral("region");
    case PlaceholderLevel::Device:
        return QStringLiteral("device");
    }
    return QStringLiteral("system");
}

bool placeholderLevelFromString(const QString& text, PlaceholderLevel* level)
{
    const QString word = text.trimmed().toLower();
    for (PlaceholderLevel l :
         {PlaceholderLevel::System, PlaceholderLevel::Template, PlaceholderLevel::Region, PlaceholderLevel::Device}) {
        if (word == placeholderLevelToString(l)) {
            *level = l;
            return true;
        }
    }
    if (word == QLatin1String("model")) {
        *level = PlaceholderLevel::Template;
        return true;
    }
    return false;
}

bool Placeholder::isValidName(const QString& name)
{
    if (name.isEmpty() || !name.front().isLetter() || name.front().unicode() > 127) {
        return false;
    }
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok) {
            return false;
        }
    }
    return true;
}
