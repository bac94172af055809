#include "ziparchive.h"

#include "zipformat.h"
#include "zipreader.h"

#include <algorithm>
#include <initializer_list>

#define ZLIB_CONST
#include <zlib.h>

using namespace ZipFormat;

namespace {
constexpr quint16 versionNeeded = 20;        // 2.0: deflate, folders
constexpr quint16 madeBy = 0x0314;           // Unix, 2.0: the external attributes are a file mode
constexpr quint32 fileMode = 0100644u << 16; // a regular file, rw-r--r--
constexpr qint64 outputChunk = 256 * 1024;

// Little-endian fields of 2 or 4 bytes.
struct Field
{
    quint32 value;
    int bytes;
};

QByteArray fields(std::initializer_list<Field> list)
{
    QByteArray out;
    for (const Field& f : list) {
        for (int k = 0; k < f.bytes; ++k) {
            out.append(static_cast<char>((f.value >> (8 * k)) & 0xFF));
        }
    }
    return out;
}

void toDos(const QDateTime& when, quint16* time, quint16* date)
{
    const QDateTime utc = when.isValid() ? when.toUTC() : QDateTime();
    QDate day = utc.date();
    QTime clock = utc.time();
    if (!utc.isValid() || day.year() < 1980) {
        *time = 0;
        *date = (1 << 5) | 1; // 1980-01-01
        return;
    }
    if (day.year() > 2107) {
        day = QDate(2107, 12, 31);
        clock = QTime(23, 59, 58);
    }
    *date = static_cast<quint16>(((day.year() - 1980) << 9) | (day.month() << 5) | day.day());
    *time = static_cast<quint16>((clock.hour() << 11) | (clock.minute() << 5) | (clock.second() / 2));
}

// The data deflated into *out if that makes it smaller; false to store it as it is.
bool deflateData(const QByteArray& data, QByteArray* out)
{
    z_stream zs {};
    if (data.isEmpty() || deflateInit2(&zs, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return false;
    }
    zs.next_in = reinterpret_cast<const Bytef*>(data.constData());
    zs.avail_in = static_cast<uInt>(data.size()); // the caller checked it is under 4 GiB
    const qint64 limit = data.size() - 1;
    int rc = Z_OK;
    while (rc == Z_OK) {
        const qint64 have = out->size();
        const qint64 room = std::min(outputChunk, limit - have);
        if (room <= 0) {
            break; // not smaller
        }
        out->resize(have + room);
        zs.next_out = reinterpret_cast<Bytef*>(out->data() + have);
        zs.avail_out = static_cast<uInt>(room);
        rc = deflate(&zs, Z_FINISH);
        out->resize(have + room - zs.avail_out);
    }
    deflateEnd(&zs);
    return rc == Z_STREAM_END;
}
} // namespace

bool ZipArchive::read(const QByteArray& archive, QVector<ZipEntry>* entries, QString* error, const ZipLimits& limits)
{
    QVector<ZipEntry> read;
    const QString problem = ZipReader(archive, limits).read(&read);
    if (!problem.isEmpty()) {
        read.clear();
    }
    if (entries) {
        *entries = read;
    }
    if (error) {
        *error = problem;
    }
    return problem.isEmpty();
}

QByteArray ZipArchive::write(const QVector<ZipEntry>& entries)
{
    if (entries.size() >= marker16) {
        return QByteArray();
    }
    QByteArray out;
    QByteArray directory;
    for (const ZipEntry& entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        const qint64 headerStart = out.size();
        if (name.size() > 0xFFFF || entry.data.size() >= qint64(marker32) || headerStart >= qint64(marker32)) {
            return QByteArray();
        }
        QByteArray packed;
        const bool isDeflated = deflateData(entry.data, &packed);
        const QByteArray& body = isDeflated ? packed : entry.data;
        const auto crc = static_cast<quint32>(
            crc32_z(0, reinterpret_cast<const Bytef*>(entry.data.constData()), static_cast<size_t>(entry.data.size())));
        quint16 time = 0;
        quint16 date = 0;
        toDos(entry.modified, &time, &date);
        // From "version needed" on, the local header's fields are the central record's too.
        const QByteArray common = fields({{versionNeeded, 2},
                                          {flagUtf8, 2},
                                          {isDeflated ? deflated : stored, 2},
                                          {time, 2},
                                          {date, 2},
                                          {crc, 4},
                                          {static_cast<quint32>(body.size()), 4},
                                          {static_cast<quint32>(entry.data.size()), 4},
                                          {static_cast<quint32>(name.size()), 2},
                                          {0, 2}}); // no extra field
        out += fields({{localSignature, 4}}) + common + name + body;
        // No comment, disk 0, no internal attributes, a file mode, where the local header is.
        directory += fields({{centralSignature, 4}, {madeBy, 2}}) + common
            + fields({{0, 2}, {0, 2}, {0, 2}, {fileMode, 4}, {static_cast<quint32>(headerStart), 4}}) + name;
    }
    const qint64 directoryStart = out.size();
    if (directoryStart >= qint64(marker32) || directory.size() >= qint64(marker32)) {
        return QByteArray();
    }
    // This disk, the central directory's disk, its records on this disk and in all, its size
    // and offset, no comment.
    const auto count = static_cast<quint32>(entries.size());
    out += directory
        + fields({{endSignature, 4},
                  {0, 2},
                  {0, 2},
                  {count, 2},
                  {count, 2},
                  {static_cast<quint32>(directory.size()), 4},
                  {static_cast<quint32>(directoryStart), 4},
                  {0, 2}});
    return out;
}

bool ZipArchive::isZip(const QByteArray& data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}
