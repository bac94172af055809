#include "fieldspec.h"

#include "macaddress.h"

namespace Fields {
bool hasLineBreak(const QString& text)
{
    return text.contains(u'\n') || text.contains(u'\r');
}
} // namespace Fields

namespace {
QString choiceList(const QStringList& choices)
{
    if (choices.size() <= 1) {
        return choices.value(0);
    }
    return QStringList(choices.mid(0, choices.size() - 1)).join(QLatin1String(", ")) + QLatin1String(" or ")
        + choices.last();
}
} // namespace

QString FieldSpec::problem(const FieldValue& value) const
{
    const QString name = QLatin1String(label);
    if (has(FieldFlag::Reported)) {
        // Kept as the phone said it; only a required one must say something.
        return has(FieldFlag::Required) && value.text.isEmpty() ? QStringLiteral("%1 cannot be empty").arg(name)
                                                                : QString();
    }
    switch (type) {
    case FieldType::Text:
    case FieldType::Lines:
        if (has(FieldFlag::Required) && value.text.isEmpty()) {
            return QStringLiteral("%1 cannot be empty").arg(name);
        }
        if (type == FieldType::Text && Fields::hasLineBreak(value.text)) {
            return QStringLiteral("%1 cannot hold a line break").arg(name);
        }
        if (value.text.contains(QChar(0))) {
            return QStringLiteral("%1 cannot hold a NUL character").arg(name);
        }
        return {};
    case FieldType::Integer:
        if (value.number < min || value.number > max) {
            return QStringLiteral("%1 must be a whole number from %2 to %3, not %4")
                .arg(name)
                .arg(min)
                .arg(max)
                .arg(value.number);
        }
        return {};
    case FieldType::Reference:
        if (value.number < 0 || value.number > Fields::maxId) {
            return QStringLiteral("%1 must be the id of a row (a whole number from 1), not %2")
                .arg(name)
                .arg(value.number);
        }
        if (has(FieldFlag::Required) && value.number == 0) {
            return QStringLiteral("%1 must be given").arg(name);
        }
        return {};
    case FieldType::Flag:
        return value.number == 0 || value.number == 1 ? QString()
                                                      : QStringLiteral("%1 must be true or false").arg(name);
    case FieldType::Time:
        return {};
    case FieldType::Choice:
        if (!choices.contains(value.text.trimmed(), Qt::CaseInsensitive)
            && !aliases.contains(value.text.trimmed(), Qt::CaseInsensitive)) {
            return QStringLiteral("%1 must be %2, not '%3'").arg(name, choiceList(choices), value.text);
        }
        return {};
    case FieldType::Mac:
        if (MacAddress::fromString(value.text).isNull()) {
            return value.text.isEmpty()
                ? QStringLiteral("%1 cannot be empty (12 hexadecimal digits)").arg(name)
                : QStringLiteral("%1: '%2' is not a MAC address (12 hexadecimal digits)").arg(name, value.text);
        }
        return {};
    }
    return {};
}

bool FieldSpec::fromText(const QString& text, FieldValue* value, QString* error) const
{
    const QString t = has(FieldFlag::Trimmed) || type != FieldType::Lines ? text.trimmed() : text;
    *value = FieldValue();
    switch (type) {
    case FieldType::Text:
    case FieldType::Lines:
    case FieldType::Choice:
    case FieldType::Mac:
        value->text = t;
        break;
    case FieldType::Integer:
    case FieldType::Reference: {
        if (t.isEmpty()) {
            value->number = 0;
            break;
        }
        bool ok = false;
        value->number = t.toLongLong(&ok);
        if (!ok) {
            *error = type == FieldType::Integer
                ? QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'")
                      .arg(QLatin1String(label))
                      .arg(min)
                      .arg(max)
                      .arg(t)
                : QStringLiteral("%1 must be the id of a row, not '%2'").arg(QLatin1String(label), t);
            return false;
        }
        break;
    }
    case FieldType::Flag: {
        const QString lower = t.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1")) {
            value->number = 1;
        } else if (lower.isEmpty() || lower == QLatin1String("false") || lower == QLatin1String("no")
                   || lower == QLatin1String("0")) {
            value->number = 0;
        } else {
            *error = QStringLiteral("%1 must be true or false, not '%2'").arg(QLatin1String(label), t);
            return false;
        }
        break;
    }
    case FieldType::Time:
        value->time = t.isEmpty() ? QDateTime() : QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!t.isEmpty() && !value->time.isValid()) {
            *error = QStringLiteral("%1 must be a time (ISO 8601), not '%2'").arg(QLatin1String(label), t);
            return false;
        }
        break;
    }
    *error = problem(*value);
    return error->isEmpty();
}

QString FieldSpec::toText(const FieldValue& value) const
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Reference:
        return type == FieldType::Reference && value.number == 0 ? QString() : QString::number(value.number);
    case FieldType::Flag:
        return value.number ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Time:
        return value.time.isValid() ? value.time.toUTC().toString(Qt::ISODateWithMs) : QString();
    default:
        return value.text;
    }
}
