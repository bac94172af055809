// Fuzz target: the stored bytes of a file as ContentCodec decodes them (a generated cfg file's
// copy in the database, which a restored backup or another node sharing PostgreSQL may have
// damaged). The first byte chooses the encoding: 0 "lz4", 1 "zlib", 2 "" (as they are), else an
// encoding this version does not know; the rest are the stored bytes. Invariants:
//   - a refusal says why and hands out nothing;
//   - nothing decodes to more than ContentCodec::maxDecodedBytes, nor to other than the size the
//     stored bytes claim (lz4, zlib);
//   - "" gives the bytes back unchanged; an unknown encoding is always refused;
//   - whatever decodes, and the input itself, encoded for the store decode back the same.
#include "contentcodec.h"
#include "fuzzinput.h"

#include <QtEndian>

namespace {
void roundTrips(const QByteArray& content)
{
    const ContentCodec::Encoded encoded = ContentCodec::encodeGenerated(content);
    FUZZ_CHECK(encoded.encoding == QLatin1String("lz4"));
    QByteArray again;
    QString problem;
    FUZZ_CHECK(ContentCodec::decode(encoded.bytes, encoded.encoding, &again, &problem));
    FUZZ_CHECK(again == content);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzInput in(data, size);
    const uint8_t choice = in.byte();
    const QString encoding = choice == 0 ? QStringLiteral("lz4")
        : choice == 1                    ? QStringLiteral("zlib")
        : choice == 2                    ? QString()
                                         : QStringLiteral("x-%1").arg(choice);
    const QByteArray stored = in.rest();

    QByteArray content;
    QString problem;
    if (ContentCodec::decode(stored, encoding, &content, &problem)) {
        FUZZ_CHECK(problem.isEmpty());
        FUZZ_CHECK(!content.isNull());
        FUZZ_CHECK(content.size() <= ContentCodec::maxDecodedBytes);
        if (choice == 0) {
            FUZZ_CHECK(stored.size() >= 4
                       && content.size() == qsizetype(qFromLittleEndian<quint32>(stored.constData())));
        } else if (choice == 1) {
            FUZZ_CHECK(stored.size() >= 4 && content.size() == qsizetype(qFromBigEndian<quint32>(stored.constData())));
        }
        FUZZ_CHECK(!encoding.isEmpty() || content == stored);
        FUZZ_CHECK(choice <= 2);
        roundTrips(content);
    } else {
        FUZZ_CHECK(!problem.isEmpty());
        FUZZ_CHECK(content.isNull()); // left alone
    }
    roundTrips(stored);
    return 0;
}
