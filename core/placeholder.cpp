#include "placeholder.h"

#include "enumnames.h"

namespace {
const EnumName<PlaceholderLevel> levelNames[] = {
    {PlaceholderLevel::System, "system"},
    {PlaceholderLevel::Template, "template"},
    {PlaceholderLevel::Region, "region"},
    {PlaceholderLevel::Device, "device"},
    {PlaceholderLevel::Site, "site"},
    {PlaceholderLevel::Template, "model"}, // the vendor's word for the template level
};
} // namespace

QString placeholderLevelToString(PlaceholderLevel level)
{
    return enumToString(levelNames, level);
}

bool placeholderLevelFromString(const QString& text, PlaceholderLevel* level)
{
    return enumFromString(levelNames, text, level);
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
