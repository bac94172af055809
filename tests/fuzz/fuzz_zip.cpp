// Fuzz target: ZIP archives an administrator uploads (templates, placeholder exports), read by
// ZipArchive under its default limits. The whole input is the archive (corpus/zip/ holds
// archives as they are). Invariants:
//   - a refused archive says why, and leaves no entries;
//   - the entries of an archive it reads, written out, read back the same (names, data, and
//     the time where the archive had a valid one), in order, with nothing refused;
//   - the input as the data of one entry, written out, reads back the same.
#include "fuzzinput.h"
#include "ziparchive.h"

#include <limits>

namespace {
// What the writer made: its deflate may pack far better than the archive it came from (a stored
// megabyte of zeros), so the ratio is not held against it; every other limit still holds.
ZipLimits rewrittenLimits()
{
    ZipLimits limits;
    limits.maxRatio = std::numeric_limits<double>::max();
    return limits;
}

void sameEntries(const QVector<ZipEntry>& written, const QByteArray& archive)
{
    FUZZ_CHECK(ZipArchive::isZip(archive));
    QVector<ZipEntry> again;
    QString error;
    FUZZ_CHECK(ZipArchive::read(archive, &again, &error, rewrittenLimits()));
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(again.size() == written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        const ZipEntry& a = written.at(i);
        const ZipEntry& b = again.at(i);
        FUZZ_CHECK(a.name == b.name);
        FUZZ_CHECK(a.data == b.data);
        FUZZ_CHECK(b.modified.isValid());
        FUZZ_CHECK(!a.modified.isValid() || a.modified == b.modified);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput in(data, size);
    const QByteArray archive = in.rest();

    QVector<ZipEntry> entries;
    QString error;
    if (ZipArchive::read(archive, &entries, &error)) {
        for (const ZipEntry& e : entries) {
            FUZZ_CHECK(!e.name.isEmpty() && !e.name.endsWith(u'/') && !e.name.contains(u'\\'));
        }
        sameEntries(entries, ZipArchive::write(entries));
    } else {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(entries.isEmpty());
    }

    const QVector<ZipEntry> one {ZipEntry {QStringLiteral("input.bin"), archive, QDateTime()}};
    sameEntries(one, ZipArchive::write(one));
    return 0;
}
