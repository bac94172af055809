#include "serversettings.h"

#include "entityfields.h"

namespace {
// A setting given as empty text: its default, unless it must be given (text settings are
// simply empty).
bool keepsDefault(const FieldSpec& f, const QString& text)
{
    return text.trimmed().isEmpty() && !f.has(FieldFlag::Required) && f.type != FieldType::Text
        && f.type != FieldType::Lines;
}
} // namespace

// Every setting is a field of the settings' table (entityfields.cpp): name, type, range,
// default and whether it is a secret are said there once.
const QStringList& ServerSettings::names()
{
    return fieldsOf<ServerSettings>().columns();
}

QString ServerSettings::check(const QString& name, const QString& value)
{
    const Field<ServerSettings>* f = fieldsOf<ServerSettings>().byColumn(name);
    if (!f || keepsDefault(*f, value)) {
        return {};
    }
    FieldValue v;
    QString why;
    if (!f->fromText(value, &v, &why) || !(why = f->problemOf(v)).isEmpty()) {
        return QStringLiteral("%1: %2").arg(name, why);
    }
    return {};
}

ServerSettings ServerSettings::fromValues(const QHash<QString, QString>& values, QStringList* problems)
{
    ServerSettings s;
    for (const Field<ServerSettings>& f : fieldsOf<ServerSettings>().fields()) {
        const QString name = QLatin1String(f.column);
        const auto it = values.constFind(name);
        if (it == values.constEnd() || keepsDefault(f, it.value())) {
            continue;
        }
        FieldValue v;
        QString why;
        if (!f.fromText(it.value(), &v, &why) || !(why = f.problemOf(v)).isEmpty()) {
            if (problems) {
                problems->append(QStringLiteral("%1: %2").arg(name, why)); // the default stays
            }
            continue;
        }
        f.assign(&s, v);
    }
    return s;
}

QString ServerSettings::defaultValue(const QString& name)
{
    const Field<ServerSettings>* f = fieldsOf<ServerSettings>().byColumn(name);
    return f ? f->toText(f->get(ServerSettings())) : QString();
}

bool ServerSettings::isSecret(const QString& name)
{
    const Field<ServerSettings>* f = fieldsOf<ServerSettings>().byColumn(name);
    return f && f->has(FieldFlag::Secret);
}
