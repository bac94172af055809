// Fuzz target: the vendor's template XML (<ipphonetamplate>), imported from its console in
// whatever encoding the declaration names. Invariant: a template read, written out, reads back
// the same (name, model, description and both files).
#include "fuzzinput.h"
#include "templatexml.h"

namespace {
bool sameFile(const TemplateFile& a, const TemplateFile& b)
{
    return a.name == b.name && a.destinationDir == b.destinationDir && a.encryptMode == b.encryptMode
        && a.data == b.data;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput in(data, size);
    const QByteArray xml = in.rest();
    TemplateXml::looksLikeXml(xml);
    PhoneTemplate templ;
    QString error;
    if (!TemplateXml::read(xml, &templ, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    PhoneTemplate again;
    FUZZ_CHECK(TemplateXml::read(TemplateXml::write(templ), &again, &error));
    FUZZ_CHECK(again.name == templ.name);
    FUZZ_CHECK(again.model == templ.model);
    FUZZ_CHECK(again.description == templ.description);
    FUZZ_CHECK(sameFile(again.globalFile, templ.globalFile));
    FUZZ_CHECK(sameFile(again.deviceFile, templ.deviceFile));
    return 0;
}
