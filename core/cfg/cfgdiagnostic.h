#pragma once

#include <QString>

// One finding about a cfg file. Line and column are 1-based; the column counts characters
// (UTF-16 code units, as an editor does), not bytes.
struct CfgDiagnostic
{
    enum class Severity { Error, Warning, Note };

    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    QString code;    // stable, machine-readable: "unknown-key", "out-of-range", ...
    QString message; // one sentence for people

    static QString severityToString(Severity severity);
};
