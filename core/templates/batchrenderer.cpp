#include "batchrenderer.h"

#include "cfgvalue.h"
#include "templaterenderer.h"

BatchRenderer::BatchRenderer(const CompiledTemplate& compiled, const PlaceholderScope& shared,
                             const ServerContext& server)
    : m_compiled(compiled)
    , m_server(server)
    , m_shared(compiled.names().size())
    , m_builtin(compiled.names().size())
{
    const QStringList& names = compiled.names();
    for (int slot = 0; slot < names.size(); ++slot) {
        m_builtin[slot] = BuiltinPlaceholders::indexOf(names.at(slot));
        for (ValueSource level : {ValueSource::Region, ValueSource::Template, ValueSource::System}) {
            const auto it = shared.level(level).constFind(names.at(slot));
            if (it == shared.level(level).constEnd()) {
                continue;
            }
            const QString error = TemplateRenderer::lineBreakError(names.at(slot), it.value(), level);
            if (!error.isEmpty() && m_error.isEmpty()) {
                m_error = error;
            }
            m_shared[slot] = it.value().toUtf8();
            if (m_shared[slot].isNull()) {
                m_shared[slot] = QByteArray("");
            }
            break;
        }
        // Lowest level, but the same for every device: a built-in that depends on the server only.
        QString builtin;
        if (m_shared.at(slot).isNull() && !BuiltinPlaceholders::dependsOnDevice(m_builtin.at(slot))
            && BuiltinPlaceholders::valueAt(m_builtin.at(slot), Device(), nullptr, server, &builtin)) {
            m_shared[slot] = builtin.toUtf8();
            if (m_shared[slot].isNull()) {
                m_shared[slot] = QByteArray("");
            }
        }
    }
}

bool BatchRenderer::render(const QHash<QString, QString>& deviceValues, const Device& device, const User* user,
                           QByteArray* out, QStringList* unresolved, QString* error) const
{
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    const QStringList& names = m_compiled.names();
    QVector<QByteArray> values = m_shared;
    QString builtin;
    for (int slot = 0; slot < names.size(); ++slot) {
        if (!deviceValues.isEmpty()) {
            const auto it = deviceValues.constFind(names.at(slot));
            if (it != deviceValues.constEnd()) {
                const QString e = TemplateRenderer::lineBreakError(names.at(slot), it.value(), ValueSource::Device);
                if (!e.isEmpty()) {
                    *error = e;
                    return false;
                }
                values[slot] = it.value().toUtf8();
                if (values[slot].isNull()) {
                    values[slot] = QByteArray("");
                }
                continue;
            }
        }
        if (!values.at(slot).isNull()) {
            continue;
        }
        if (BuiltinPlaceholders::valueAt(m_builtin.at(slot), device, user, m_server, &builtin)) {
            if (CfgValue::hasLineBreak(builtin)) {
                *error = TemplateRenderer::lineBreakError(names.at(slot), builtin, ValueSource::Builtin);
                return false;
            }
            values[slot] = builtin.toUtf8();
            if (values[slot].isNull()) {
                values[slot] = QByteArray("");
            }
        } else if (unresolved) {
            unresolved->append(names.at(slot));
        }
    }
    out->truncate(0); // keeps the buffer for the next device
    out->reserve(m_compiled.literalSize() + 32 * names.size());
    m_compiled.renderInto(*out, values.constData());
    return true;
}
