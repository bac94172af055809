#include "contentcodec.h"

#include <QtEndian>

#include <lz4.h>

namespace ContentCodec {

namespace {
constexpr qsizetype sizeField = 4;
} // namespace

QString generatedEncoding()
{
    return QStringLiteral("lz4");
}

QByteArray encodeGenerated(const QByteArray& content)
{
    // Generated files are far below LZ4's limit (LZ4_MAX_INPUT_SIZE, about 2 GB) and the
    // decoder's; a larger one is a caller's bug.
    Q_ASSERT(content.size() <= maxDecodedBytes);
    const int bound = LZ4_compressBound(static_cast<int>(content.size()));
    QByteArray out(sizeField + bound, Qt::Uninitialized);
    qToLittleEndian<quint32>(static_cast<quint32>(content.size()), out.data());
    const int n =
        LZ4_compress_default(content.constData(), out.data() + sizeField, static_cast<int>(content.size()), bound);
    Q_ASSERT(n > 0 || content.isEmpty());
    out.truncate(sizeField + qMax(n, 0));
    return out;
}

bool decode(const QByteArray& stored, const QString& encoding, QByteArray* content, QString* problem)
{
    if (encoding.isEmpty()) {
        *content = stored.isNull() ? QByteArray("") : stored;
        return true;
    }
    if (encoding == QLatin1String("lz4")) {
        if (stored.size() < sizeField) {
            *problem = QStringLiteral("its stored bytes are cut short");
            return false;
        }
        const quint32 size = qFromLittleEndian<quint32>(stored.constData());
        // LZ4 cannot expand a block by more than about 255 times: a larger claim is damage, not a
        // reason to allocate.
        const qint64 payload = stored.size() - sizeField;
        if (size > static_cast<quint32>(maxDecodedBytes) || qint64(size) > payload * 255 + 16) {
            *problem = QStringLiteral("its stored bytes claim %1 bytes, more than they can hold").arg(size);
            return false;
        }
        QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
        const int n = LZ4_decompress_safe(stored.constData() + sizeField, out.data(), static_cast<int>(payload),
                                          static_cast<int>(size));
        if (n < 0 || static_cast<quint32>(n) != size) {
            *problem = QStringLiteral("its stored bytes are damaged");
            return false;
        }
        *content = out.isNull() ? QByteArray("") : out;
        return true;
    }
    if (encoding == QLatin1String("zlib")) {
        // qCompress's own 4-byte size comes first, and qUncompress allocates what it claims:
        // deflate expands at most about 1 032 times.
        if (stored.size() >= sizeField) {
            const quint32 size = qFromBigEndian<quint32>(stored.constData());
            if (size > static_cast<quint32>(maxDecodedBytes)
                || qint64(size) > (stored.size() - sizeField) * 1032 + 16) {
                *problem = QStringLiteral("its stored bytes claim %1 bytes, more than they can hold").arg(size);
                return false;
            }
        }
        const QByteArray out = qUncompress(stored);
        if (out.isNull()) {
            *problem = QStringLiteral("its stored bytes are damaged");
            return false;
        }
        *content = out;
        return true;
    }
    *problem = QStringLiteral("it is stored as '%1', which this PhoneFleet cannot read").arg(encoding);
    return false;
}

} // namespace ContentCodec
