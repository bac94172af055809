#pragma once

#include <QHash>
#include <QString>

// Where a placeholder's value came from, in the order they are consulted.
enum class ValueSource { Device, Site, Region, Template, System, Builtin, Unresolved };

QString valueSourceToString(ValueSource source);

// The placeholder values a rendering sees, one map per level ("Line1AuthName" -> "alice"),
// consulted device -> site -> region -> template -> system -> built-in; the first level that has the
// name wins, even with an empty value.
class PlaceholderScope
{
public:
    void set(ValueSource level, const QString& name, const QString& value);
    void setLevel(ValueSource level, const QHash<QString, QString>& values);
    const QHash<QString, QString>& level(ValueSource level) const;

    struct Lookup
    {
        ValueSource source = ValueSource::Unresolved;
        const QString* value = nullptr;
    };
    Lookup lookup(const QString& name) const;

private:
    QHash<QString, QString> m_levels[6];
};
