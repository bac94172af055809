#pragma once

#include "compiledtemplate.h"
#include "placeholderscope.h"

#include <QVector>

// One placeholder of a rendering: its value and the level it came from.
struct ResolvedPlaceholder
{
    QString name;
    QString value;
    ValueSource source = ValueSource::Unresolved;
    int line = 0; // first line it appears on in the template
};

struct RenderResult
{
    QByteArray text;                           // UTF-8; lines with unresolved placeholders settled (CompiledTemplate)
    QVector<ResolvedPlaceholder> placeholders; // every placeholder of the template, once
    QStringList unresolved;
    QString error; // a value that would break the file: nothing was rendered

    bool ok() const { return error.isEmpty(); }
};

namespace TemplateRenderer {
// Resolves every placeholder of the template in the scope and renders it. Values are put in
// once, never expanded again; a value holding CR or LF is refused with an error naming the
// placeholder and its level.
RenderResult render(const CompiledTemplate& compiled, const PlaceholderScope& scope);
RenderResult render(const QString& text, const PlaceholderScope& scope);

// The error for a value with a line break, or an empty string.
QString lineBreakError(const QString& name, const QString& value, ValueSource source);
} // namespace TemplateRenderer
