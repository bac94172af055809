#pragma once

#include "cfgdiagnostic.h"

#include <QVector>

class CfgDocument;
class ParameterCatalogue;
struct CfgParameter;

// Judges a parsed cfg file the way a phone would read it: strict on syntax, tolerant where
// phones are. Errors are what a phone would reject or misread; doubtful things are warnings.
class CfgChecker
{
public:
    struct Options
    {
        // The file is a template: %ITCS_...% placeholders are expected and not reported as
        // unresolved, and values holding one are not type-checked.
        bool templateMode = false;
        // Past this many diagnostics the checker stops and says how far it got.
        int maxDiagnostics = 1000;
        // A line longer than this is an error: no phone parameter is anywhere near it.
        qsizetype maxLineLength = 64 * 1024;
    };

    explicit CfgChecker(const ParameterCatalogue& catalogue);

    QVector<CfgDiagnostic> check(const CfgDocument& document) const;
    QVector<CfgDiagnostic> check(const CfgDocument& document, const Options& options) const;

    struct Verdict
    {
        QString code; // empty: the value is acceptable
        QString message;
        bool doubtful = false; // a warning rather than an error
    };
    // How a phone would take value for this parameter.
    static Verdict judgeValue(const CfgParameter& parameter, const QString& value);

private:
    const ParameterCatalogue& m_catalogue;
};
