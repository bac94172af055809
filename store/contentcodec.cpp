#include "contentcodec.h"

#include <QtEndian>

#include <lz4.h>
#include <zlib.h>

namespace ContentCodec {

namespace {
constexpr qsizetype sizeField = 4;

QString claimsTooMuch(quint32 size)
{
    return QStringLiteral("its stored bytes claim %1 bytes, more than they can hold").arg(size);
}

bool decodeLz4(const QByteArray& stored, QByteArray* content, QString* problem)
{
    if (stored.size() < sizeField) {
        *problem = QStringLiteral("its stored bytes are cut short");
        return false;
    }
    const quint32 size = qFromLittleEndian<quint32>(stored.constData());
    // LZ4 cannot expand a block by more than about 255 times.
    const qint64 payload = stored.size() - sizeField;
    if (size > static_cast<quint32>(maxDecodedBytes) || qint64(size) > payload * 255 + 16) {
        *problem = claimsTooMuch(size);
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

// qCompress's form, inflated into exactly the size it claims (qUncompress takes the size as a
// hint and keeps doubling its buffer while the stream goes on).
bool decodeZlib(const QByteArray& stored, QByteArray* content, QString* problem)
{
    if (stored.size() < sizeField) {
        *problem = QStringLiteral("its stored bytes are cut short");
        return false;
    }
    const quint32 size = qFromBigEndian<quint32>(stored.constData());
    const qint64 payload = stored.size() - sizeField;
    if (size == 0 && payload == 0) {
        *content = QByteArray(""); // qCompress of an empty file: the size alone
        return true;
    }
    // Deflate expands at most about 1 032 times.
    if (size > static_cast<quint32>(maxDecodedBytes) || qint64(size) > payload * 1032 + 16) {
        *problem = claimsTooMuch(size);
        return false;
    }
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    z_stream z {};
    if (inflateInit(&z) != Z_OK) {
        *problem = QStringLiteral("zlib cannot start");
        return false;
    }
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stored.constData() + sizeField));
    z.avail_in = static_cast<uInt>(payload);
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(size);
    const int rc = inflate(&z, Z_FINISH);
    const uLong produced = z.total_out;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || produced != size) {
        *problem = QStringLiteral("its stored bytes are damaged");
        return false;
    }
    *content = out.isNull() ? QByteArray("") : out;
    return true;
}
} // namespace

Encoded encodeGenerated(const QByteArray& content)
{
    if (content.size() > maxDecodedBytes) {
        return {QStringLiteral(""), content}; // more than a phone's file ever is: kept as it is
    }
    const int bound = LZ4_compressBound(static_cast<int>(content.size()));
    QByteArray out(sizeField + bound, Qt::Uninitialized);
    qToLittleEndian<quint32>(static_cast<quint32>(content.size()), out.data());
    const int n =
        LZ4_compress_default(content.constData(), out.data() + sizeField, static_cast<int>(content.size()), bound);
    if (n <= 0 && !content.isEmpty()) {
        return {QStringLiteral(""), content};
    }
    out.truncate(sizeField + qMax(n, 0));
    return {QStringLiteral("lz4"), out};
}

bool decode(const QByteArray& stored, const QString& encoding, QByteArray* content, QString* problem)
{
    if (encoding.isEmpty()) {
        *content = stored.isNull() ? QByteArray("") : stored;
        return true;
    }
    if (encoding == QLatin1String("lz4")) {
        return decodeLz4(stored, content, problem);
    }
    if (encoding == QLatin1String("zlib")) {
        return decodeZlib(stored, content, problem);
    }
    *problem = QStringLiteral("it is stored as '%1', which this PhoneFleet cannot read").arg(encoding);
    return false;
}

} // namespace ContentCodec
