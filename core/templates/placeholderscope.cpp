#include "placeholderscope.h"

#include "enumnames.h"

namespace {
const EnumName<ValueSource> sourceNames[] = {
    {ValueSource::Device, "device"},         {ValueSource::Site, "site"},     {ValueSource::Region, "region"},
    {ValueSource::Template, "template"},     {ValueSource::System, "system"}, {ValueSource::Builtin, "built-in"},
    {ValueSource::Unresolved, "unresolved"},
};
} // namespace

QString valueSourceToString(ValueSource source)
{
    return enumToString(sourceNames, source);
}

void PlaceholderScope::set(ValueSource level, const QString& name, const QString& value)
{
    Q_ASSERT(level != ValueSource::Unresolved);
    m_levels[static_cast<int>(level)].insert(name, value);
}

void PlaceholderScope::setLevel(ValueSource level, const QHash<QString, QString>& values)
{
    Q_ASSERT(level != ValueSource::Unresolved);
    m_levels[static_cast<int>(level)] = values;
}

const QHash<QString, QString>& PlaceholderScope::level(ValueSource level) const
{
    Q_ASSERT(level != ValueSource::Unresolved);
    return m_levels[static_cast<int>(level)];
}

PlaceholderScope::Lookup PlaceholderScope::lookup(const QString& name) const
{
    for (int i = 0; i < 6; ++i) {
        const auto it = m_levels[i].constFind(name);
        if (it != m_levels[i].constEnd()) {
            return {static_cast<ValueSource>(i), &it.value()};
        }
    }
    return {};
}
