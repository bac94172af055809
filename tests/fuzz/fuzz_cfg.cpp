// Fuzz target: any bytes through the cfg parser, checker and formatter. Invariants checked:
// parsing never fails, writing back gives the same bytes, formatting is idempotent, and every
// diagnostic points inside the file.
#include "cfgchecker.h"
#include "cfgdocument.h"
#include "cfgformatter.h"
#include "fuzzinput.h"
#include "parametercatalogue.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const CfgDocument doc = CfgDocument::parse(input);
    FUZZ_CHECK(doc.toByteArray() == input);
    for (const bool templateMode : {false, true}) {
        CfgChecker::Options options;
        options.templateMode = templateMode;
        for (const CfgDiagnostic& d : CfgChecker(ParameterCatalogue::builtin()).check(doc, options)) {
            FUZZ_CHECK(d.line >= 1 && d.line <= qMax(1, doc.lineCount()) && d.column >= 1 && !d.message.isEmpty());
        }
    }
    const QByteArray once = CfgFormatter::format(doc);
    FUZZ_CHECK(CfgFormatter::format(CfgDocument::parse(once)) == once);
    return 0;
}
