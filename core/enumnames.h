#pragma once

#include <QString>

#include <cstddef>

// A table of an enum's values and their words, for the few string conversions the domain
// types need (protocol words, database columns). The first entry of a value is its name.
template <class E>
struct EnumName
{
    E value;
    const char* name;
};

template <class E, std::size_t N>
QString enumToString(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E>& entry : table) {
        if (entry.value == value) {
            return QLatin1String(entry.name);
        }
    }
    return QLatin1String(table[0].name);
}

// Compares without regard to case or surrounding blanks; leaves *value alone on failure.
template <class E, std::size_t N>
bool enumFromString(const EnumName<E> (&table)[N], const QString& text, E* value)
{
    const QString word = text.trimmed();
    for (const EnumName<E>& entry : table) {
        if (word.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}
