#include "fieldrows.h"

namespace FieldRows {
QVariant toSql(const FieldSpec& field, const FieldValue& value)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Lines:
    case FieldType::Mac:
        return value.text;
    case FieldType::Choice:
        if (field.has(FieldFlag::StoredAsIndex)) {
            return static_cast<qint64>(qMax(0, static_cast<int>(field.choices.indexOf(value.text))));
        }
        return value.text;
    case FieldType::Integer:
    case FieldType::Flag:
        return value.number;
    case FieldType::Reference:
        if (value.number > 0 || field.has(FieldFlag::ZeroStored)) {
            return value.number;
        }
        return QVariant(QMetaType(QMetaType::LongLong));
    case FieldType::Time:
        return value.time.isValid() ? QVariant(value.time.toMSecsSinceEpoch())
                                    : QVariant(QMetaType(QMetaType::LongLong));
    }
    return {};
}

FieldValue fromSql(const FieldSpec& field, const QVariant& value)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Lines:
    case FieldType::Mac:
        return FieldValue::ofText(value.toString());
    case FieldType::Choice:
        if (field.has(FieldFlag::StoredAsIndex)) {
            const qint64 index = qBound(qint64(0), value.toLongLong(), qint64(field.choices.size() - 1));
            return FieldValue::ofText(field.choices.value(static_cast<int>(index)));
        }
        return FieldValue::ofText(value.toString());
    case FieldType::Integer:
    case FieldType::Reference:
    case FieldType::Flag:
        return FieldValue::ofNumber(value.toLongLong());
    case FieldType::Time:
        return FieldValue::ofTime(value.isNull() ? QDateTime()
                                                 : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC));
    }
    return {};
}
} // namespace FieldRows
