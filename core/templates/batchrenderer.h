#pragma once

#include "builtinplaceholders.h"
#include "compiledtemplate.h"
#include "placeholderscope.h"

#include <QHash>
#include <QStringList>
#include <QVector>

// Renders one compiled template for many devices that share its region, template and system
// levels: those are resolved once, so each device costs its own values and the appends.
class BatchRenderer
{
public:
    // shared: a scope holding the Region, Template and System levels (its other levels are
    // ignored); server: what the built-ins that do not vary with the device come from. A shared
    // value with a line break makes error() non-empty and every render fail.
    BatchRenderer(const CompiledTemplate& compiled, const PlaceholderScope& shared, const ServerContext& server);

    const QString& error() const { return m_error; }

    // Renders into *out (cleared first). deviceValues is the Device level; built-ins come from
    // device, user and the server. Names left unresolved are appended to *unresolved.
    bool render(const QHash<QString, QString>& deviceValues, const Device& device, const User* user, QByteArray* out,
                QStringList* unresolved, QString* error) const;

private:
    const CompiledTemplate& m_compiled;
    ServerContext m_server;
    QVector<QByteArray> m_shared; // null: no shared level has the name (nor a server built-in)
    QVector<int> m_builtin;       // position among the built-ins, or -1
    QString m_error;
};
