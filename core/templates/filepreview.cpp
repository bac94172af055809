#include "filepreview.h"

#include "builtinplaceholders.h"

#include <QJsonArray>

namespace {
const ValueSource levelOrder[] = {ValueSource::Device,   ValueSource::Site,   ValueSource::Region,
                                  ValueSource::Template, ValueSource::System, ValueSource::Builtin};

QJsonObject toObject(const QHash<QString, QString>& values)
{
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QJsonArray toArray(const QVector<KeyOverride>& values)
{
    QJsonArray a;
    for (const KeyOverride& o : values) {
        a.append(QJsonObject {{QStringLiteral("key"), o.key}, {QStringLiteral("value"), o.value}});
    }
    return a;
}

bool readOverrides(const QJsonValue& json, QVector<KeyOverride>* out)
{
    if (!json.isUndefined() && !json.isArray()) {
        return false;
    }
    for (const QJsonValue& v : json.toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("key")).isString()) {
            return false;
        }
        out->append({o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("value")).toString()});
    }
    return true;
}

QStringList strings(const QJsonValue& json)
{
    QStringList out;
    for (const QJsonValue& v : json.toArray()) {
        out << v.toString();
    }
    return out;
}
} // namespace

QJsonObject PreviewContext::toJson() const
{
    QJsonObject levels;
    QJsonObject ownerNames;
    for (const ValueSource level : levelOrder) {
        levels.insert(valueSourceToString(level), toObject(scope.level(level)));
        if (owners.contains(level)) {
            ownerNames.insert(valueSourceToString(level), owners.value(level));
        }
    }
    QJsonObject o {{QStringLiteral("templateId"), templateId},
                   {QStringLiteral("model"), model},
                   {QStringLiteral("regionId"), regionId},
                   {QStringLiteral("deviceId"), deviceId},
                   {QStringLiteral("siteId"), siteId},
                   {QStringLiteral("mac"), mac},
                   {QStringLiteral("owners"), ownerNames},
                   {QStringLiteral("usedTemplateId"), usedTemplateId},
                   {QStringLiteral("usedTemplateName"), usedTemplateName},
                   {QStringLiteral("levels"), levels},
                   {QStringLiteral("regionOverrides"), toArray(regionOverrides)},
                   {QStringLiteral("deviceOverrides"), toArray(deviceOverrides)},
                   {QStringLiteral("perPhone"), QJsonArray::fromStringList(perPhone)},
                   {QStringLiteral("secrets"), QJsonArray::fromStringList(secrets)}};
    if (hasCurrentFile) {
        o.insert(QStringLiteral("currentFile"),
                 QJsonObject {{QStringLiteral("name"), currentFileName},
                              {QStringLiteral("data"), QString::fromUtf8(currentFile)}});
    }
    return o;
}

bool PreviewContext::fromJson(const QJsonObject& json, PreviewContext* out, QString* error)
{
    PreviewContext c;
    const QJsonObject levels = json.value(QStringLiteral("levels")).toObject();
    if (!json.value(QStringLiteral("levels")).isObject() || !json.value(QStringLiteral("model")).isString()) {
        *error = QStringLiteral("a preview context needs \"model\" and \"levels\"");
        return false;
    }
    c.templateId = json.value(QStringLiteral("templateId")).toInteger();
    c.model = json.value(QStringLiteral("model")).toString();
    c.regionId = json.value(QStringLiteral("regionId")).toInteger();
    c.deviceId = json.value(QStringLiteral("deviceId")).toInteger();
    c.siteId = json.value(QStringLiteral("siteId")).toInteger();
    c.mac = json.value(QStringLiteral("mac")).toString();
    c.usedTemplateId = json.value(QStringLiteral("usedTemplateId")).toInteger(-1);
    c.usedTemplateName = json.value(QStringLiteral("usedTemplateName")).toString();
    const QJsonObject owners = json.value(QStringLiteral("owners")).toObject();
    for (const ValueSource level : levelOrder) {
        const QString name = valueSourceToString(level);
        const QJsonObject values = levels.value(name).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            c.scope.set(level, it.key(), it.value().toString());
        }
        if (owners.contains(name)) {
            c.owners.insert(level, owners.value(name).toString());
        }
    }
    if (!readOverrides(json.value(QStringLiteral("regionOverrides")), &c.regionOverrides)
        || !readOverrides(json.value(QStringLiteral("deviceOverrides")), &c.deviceOverrides)) {
        *error = QStringLiteral("overwrite values must be a list of {\"key\", \"value\"}");
        return false;
    }
    c.perPhone = strings(json.value(QStringLiteral("perPhone")));
    c.secrets = strings(json.value(QStringLiteral("secrets")));
    const QJsonValue current = json.value(QStringLiteral("currentFile"));
    if (current.isObject()) {
        c.hasCurrentFile = true;
        c.currentFileName = current.toObject().value(QStringLiteral("name")).toString();
        c.currentFile = current.toObject().value(QStringLiteral("data")).toString().toUtf8();
    }
    *out = c;
    return true;
}

namespace FilePreviewer {

FilePreview render(const QString& templateText, const PreviewContext& context)
{
    FilePreview preview;
    RenderResult r = TemplateRenderer::render(templateText, context.scope);
    preview.placeholders = std::move(r.placeholders);
    if (!r.ok()) {
        preview.error = r.error;
        return preview;
    }
    preview.text = std::move(r.text);
    QString error;
    if (!KeyOverrides::apply(&preview.text, context.regionOverrides, context.deviceOverrides, &error)) {
        preview.error = error;
        preview.text.clear();
        return preview;
    }
    for (const KeyOverride& o : context.regionOverrides) {
        preview.overrides.append({o, ValueSource::Region});
    }
    for (const KeyOverride& o : context.deviceOverrides) {
        preview.overrides.append({o, ValueSource::Device});
    }
    return preview;
}

FilePreview renderGlobal(const QString& globalText, const PreviewContext& context, bool regionalTemplate)
{
    PreviewContext global = context;
    global.scope.setLevel(ValueSource::Device, {});
    global.scope.setLevel(ValueSource::Site, {});
    if (!regionalTemplate) {
        global.scope.setLevel(ValueSource::Region, {});
    }
    // The server's own built-ins as the context has them; those a phone gives, for no phone.
    QHash<QString, QString> builtins = context.scope.level(ValueSource::Builtin);
    const QStringList& names = BuiltinPlaceholders::names();
    for (int i = 0; i < names.size(); ++i) {
        if (!BuiltinPlaceholders::dependsOnDevice(i)) {
            continue;
        }
        QString value;
        if (BuiltinPlaceholders::valueAt(i, Device(), nullptr, ServerContext(), &value)) {
            builtins.insert(names.at(i), value);
        } else {
            builtins.remove(names.at(i));
        }
    }
    global.scope.setLevel(ValueSource::Builtin, builtins);
    global.regionOverrides.clear();
    global.deviceOverrides.clear();
    return render(globalText, global);
}

QByteArray maskSecrets(const QByteArray& cfg, const QStringList& secrets)
{
    if (secrets.isEmpty()) {
        return cfg;
    }
    QList<QByteArray> lines = cfg.split('\n');
    const QByteArray mask = PreviewContext::mask().toUtf8();
    for (QByteArray& line : lines) {
        const int eq = line.indexOf('=');
        if (eq <= 0) {
            continue;
        }
        const bool cr = line.endsWith('\r');
        const QByteArray value = line.mid(eq + 1, line.size() - eq - 1 - (cr ? 1 : 0)).trimmed();
        if (!value.isEmpty() && secrets.contains(QString::fromUtf8(value))) {
            line = line.left(eq + 1) + mask + (cr ? "\r" : "");
        }
    }
    return lines.join('\n');
}

} // namespace FilePreviewer
