#include "cfgparameter.h"

#include "enumnames.h"

namespace {
const EnumName<CfgParameter::Type> typeNames[] = {
    {CfgParameter::Type::String, "string"},   {CfgParameter::Type::Integer, "integer"},
    {CfgParameter::Type::Boolean, "boolean"}, {CfgParameter::Type::Enum, "enum"},
    {CfgParameter::Type::Time, "time"},       {CfgParameter::Type::Url, "url"},
    {CfgParameter::Type::Host, "host"},
};
} // namespace

QString CfgParameter::typeToString(Type type)
{
    return enumToString(typeNames, type);
}

bool CfgParameter::typeFromString(const QString& text, Type* type)
{
    return enumFromString(typeNames, text, type);
}
