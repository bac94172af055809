#include "fieldjson.h"

#include "apijson.h"

#include <cmath>

namespace FieldJson {
void write(JsonWriter& w, const FieldSpec& f, const FieldValue& v)
{
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Lines:
    case FieldType::Choice:
    case FieldType::Mac:
        w.value(v.text);
        return;
    case FieldType::Integer:
        w.value(v.number);
        return;
    case FieldType::Reference:
        if (v.number > 0) {
            w.value(v.number);
        } else {
            w.null();
        }
        return;
    case FieldType::Flag:
        w.value(v.number != 0);
        return;
    case FieldType::Time:
        w.value(ApiJson::time(v.time));
        return;
    }
}

QJsonValue toJson(const FieldSpec& f, const FieldValue& v)
{
    switch (f.type) {
    case FieldType::Integer:
        return static_cast<double>(v.number);
    case FieldType::Reference:
        return v.number > 0 ? QJsonValue(static_cast<double>(v.number)) : QJsonValue(QJsonValue::Null);
    case FieldType::Flag:
        return v.number != 0;
    case FieldType::Time:
        return ApiJson::time(v.time);
    default:
        return v.text;
    }
}

bool fromClient(const FieldSpec& f, const QJsonValue& json, FieldValue* value, QString* error)
{
    const QString key = QLatin1String(f.json);
    *value = FieldValue();
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Lines:
    case FieldType::Choice:
    case FieldType::Mac:
        if (json.isNull()) {
            break; // null clears a text
        }
        if (!json.isString()) {
            *error = QStringLiteral("'%1' must be a string").arg(key);
            return false;
        }
        value->text = f.has(FieldFlag::Trimmed) ? json.toString().trimmed() : json.toString();
        break;
    case FieldType::Integer:
    case FieldType::Reference: {
        if (json.isNull() && f.type == FieldType::Reference) {
            break; // null: none
        }
        const double d = json.toDouble(std::nan(""));
        if (!json.isDouble() || std::floor(d) != d || d < -9007199254740992.0 || d > 9007199254740992.0) {
            *error = f.type == FieldType::Integer
                ? QStringLiteral("'%1' must be a whole number from %2 to %3").arg(key).arg(f.min).arg(f.max)
                : QStringLiteral("'%1' must be the id of a row or null").arg(key);
            return false;
        }
        value->number = static_cast<qint64>(d);
        break;
    }
    case FieldType::Flag:
        if (!json.isBool()) {
            *error = QStringLiteral("'%1' must be true or false").arg(key);
            return false;
        }
        value->number = json.toBool() ? 1 : 0;
        break;
    case FieldType::Time:
        if (json.isNull()) {
            break;
        }
        value->time = json.isString() ? ApiJson::parseTime(json.toString()) : QDateTime();
        if (!value->time.isValid()) {
            *error = QStringLiteral("'%1' must be a time (ISO 8601) or null").arg(key);
            return false;
        }
        break;
    }
    return true;
}

FieldValue fromAnswer(const FieldSpec& f, const JsonScalar& s)
{
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Reference:
        return FieldValue::ofNumber(s.toInteger());
    case FieldType::Flag:
        return FieldValue::ofNumber(s.toBool() ? 1 : 0);
    case FieldType::Time:
        return FieldValue::ofTime(ApiJson::parseTime(s.toString()));
    default:
        return FieldValue::ofText(s.toString());
    }
}

JsonScalar scalarOf(const QJsonValue& v)
{
    JsonScalar s;
    switch (v.type()) {
    case QJsonValue::Bool:
        s.kind = JsonScalar::Kind::Bool;
        s.boolean = v.toBool();
        break;
    case QJsonValue::Double:
        s.kind = JsonScalar::Kind::Number;
        s.number = v.toDouble();
        break;
    case QJsonValue::String:
        s.kind = JsonScalar::Kind::String;
        s.text = v.toString();
        break;
    default:
        break;
    }
    return s;
}
} // namespace FieldJson
