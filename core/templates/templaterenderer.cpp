#include "templaterenderer.h"

#include "cfgvalue.h"

namespace TemplateRenderer {
QString lineBreakError(const QString& name, const QString& value, ValueSource source)
{
    if (!CfgValue::hasLineBreak(value)) {
        return {};
    }
    return QStringLiteral("the %1 value of %ITCS_%2% holds a line break, which would add lines to the cfg file; "
                          "remove it")
        .arg(valueSourceToString(source), name);
}

RenderResult render(const CompiledTemplate& compiled, const PlaceholderScope& scope)
{
    RenderResult result;
    const QStringList& names = compiled.names();
    QVector<QByteArray> values(names.size());
    for (int slot = 0; slot < names.size(); ++slot) {
        const PlaceholderScope::Lookup found = scope.lookup(names.at(slot));
        ResolvedPlaceholder p {names.at(slot), QString(), found.source, compiled.firstLine(slot)};
        if (found.value) {
            p.value = *found.value;
            const QString error = lineBreakError(p.name, p.value, found.source);
            if (!error.isEmpty()) {
                result.error = error;
                return result;
            }
            values[slot] = p.value.toUtf8();
            if (values[slot].isNull()) {
                values[slot] = QByteArray(""); // resolved to empty: not verbatim
            }
        } else {
            result.unresolved.append(p.name);
        }
        result.placeholders.append(p);
    }
    result.text.reserve(compiled.literalSize() + 64 * names.size());
    compiled.renderInto(result.text, values.constData());
    return result;
}

RenderResult render(const QString& text, const PlaceholderScope& scope)
{
    return render(CompiledTemplate::compile(text), scope);
}
} // namespace TemplateRenderer
