#include "cfgreport.h"

#include <QJsonArray>

namespace CfgReport {
QString toText(const QString& fileName, const QVector<CfgDiagnostic>& diagnostics)
{
    QString out;
    for (const CfgDiagnostic& d : diagnostics) {
        out += QStringLiteral("%1:%2:%3: %4: %5 [%6]\n")
                   .arg(fileName)
                   .arg(d.line)
                   .arg(d.column)
                   .arg(CfgDiagnostic::severityToString(d.severity), d.message, d.code);
    }
    return out;
}

QJsonObject toJson(const QString& fileName, const QVector<CfgDiagnostic>& diagnostics)
{
    QJsonArray items;
    int errors = 0;
    int warnings = 0;
    for (const CfgDiagnostic& d : diagnostics) {
        errors += d.severity == CfgDiagnostic::Severity::Error ? 1 : 0;
        warnings += d.severity == CfgDiagnostic::Severity::Warning ? 1 : 0;
        items.append(QJsonObject {
            {QStringLiteral("line"), d.line},
            {QStringLiteral("column"), d.column},
            {QStringLiteral("severity"), CfgDiagnostic::severityToString(d.severity)},
            {QStringLiteral("code"), d.code},
            {QStringLiteral("message"), d.message},
        });
    }
    return QJsonObject {
        {QStringLiteral("file"), fileName},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("diagnostics"), items},
    };
}

bool hasErrors(const QVector<CfgDiagnostic>& diagnostics)
{
    for (const CfgDiagnostic& d : diagnostics) {
        if (d.severity == CfgDiagnostic::Severity::Error) {
            return true;
        }
    }
    return false;
}
} // namespace CfgReport
