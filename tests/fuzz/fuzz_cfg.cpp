// Fuzz target: any bytes through the cfg parser, checker and formatter. Invariants checked:
// parsing never fails, writing back gives the same bytes, formatting is idempotent, and every
// diagnostic points inside the file.
#include "cfgchecker.h"
#include "cfgdocument.h"
#include "cfgformatter.h"
#include "parametercatalogue.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const CfgDocument doc = CfgDocument::parse(input);
    if (doc.toByteArray() != input) {
        std::abort();
    }
    for (const bool templateMode : {false, true}) {
        CfgChecker::Options options;
        options.templateMode = templateMode;
        for (const CfgDiagnostic& d : CfgChecker(ParameterCatalogue::builtin()).check(doc, options)) {
            if (d.line < 1 || d.line > qMax(1, doc.lineCount()) || d.column < 1 || d.message.isEmpty()) {
                std::abort();
            }
        }
    }
    const QByteArray once = CfgFormatter::format(doc);
    if (CfgFormatter::format(CfgDocument::parse(once)) != once) {
        std::abort();
    }
    return 0;
}
