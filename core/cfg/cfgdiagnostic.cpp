#include "cfgdiagnostic.h"

#include "enumnames.h"

namespace {
const EnumName<CfgDiagnostic::Severity> severityNames[] = {
    {CfgDiagnostic::Severity::Error, "error"},
    {CfgDiagnostic::Severity::Warning, "warning"},
    {CfgDiagnostic::Severity::Note, "note"},
};
} // namespace

QString CfgDiagnostic::severityToString(Severity severity)
{
    return enumToString(severityNames, severity);
}
