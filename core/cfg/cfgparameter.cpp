#include "cfgparameter.h"

namespace {
struct TypeName
{
    CfgParameter::Type type;
    const char* name;
};

constexpr TypeName typeNames[] = {
    {CfgParameter::Type::String, "string"},   {CfgParameter::Type::Integer, "integer"},
    {CfgParameter::Type::Boolean, "boolean"}, {CfgParameter::Type::Enum, "enum"},
    {CfgParameter::Type::Time, "time"},       {CfgParameter::Type::Url, "url"},
    {CfgParameter::Type::Host, "host"},
};
} // namespace

QString CfgParameter::typeToString(Type type)
{
    for (const TypeName& t : typeNames) {
        if (t.type == type) {
            return QLatin1String(t.name);
        }
    }
    return QStringLiteral("string");
}

bool CfgParameter::typeFromString(const QString& text, Type* type)
{
    for (const TypeName& t : typeNames) {
        if (text == QLatin1String(t.name)) {
            *type = t.type;
            return true;
        }
    }
    return false;
}
