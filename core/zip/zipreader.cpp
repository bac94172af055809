#include "zipreader.h"

#include "zipformat.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <utility>

#define ZLIB_CONST
#include <zlib.h>

using namespace ZipFormat;

namespace {
constexpr qint64 maxComment = 0xFFFF;      // the end record is at most this far before the end
constexpr qint64 ratioExempt = 64 * 1024;  // smaller files may be packed any amount
constexpr qint64 outputChunk = 256 * 1024; // inflated data grows by at most this at a time

// Whether [pos, pos + length) lies in [0, end), without computing a sum that could overflow.
bool inside(qint64 pos, qint64 length, qint64 end)
{
    return pos >= 0 && length >= 0 && pos <= end && length <= end - pos;
}

// A name as a message shows it: control characters replaced, long ones cut.
QString shown(const QString& name)
{
    QString s = name.size() > 80 ? name.left(80) + QChar(0x2026) : name;
    for (QChar& c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            c = QChar(0xFFFD);
        }
    }
    return s;
}

QString entryLabel(const QString& name)
{
    return QStringLiteral("entry '%1'").arg(shown(name));
}

QString sizeText(qint64 bytes)
{
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = 1024 * 1024;
    if (bytes >= mib && bytes % mib == 0) {
        return QStringLiteral("%1 MiB").arg(bytes / mib);
    }
    if (bytes >= kib && bytes % kib == 0) {
        return QStringLiteral("%1 KiB").arg(bytes / kib);
    }
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString methodName(quint16 method)
{
    const std::pair<quint16, const char*> names[] = {{1, "shrink"}, {6, "implode"},    {9, "Deflate64"}, {12, "bzip2"},
                                                     {14, "LZMA"},  {93, "Zstandard"}, {95, "XZ"},       {98, "PPMd"}};
    for (const auto& [number, name] : names) {
        if (number == method) {
            return QLatin1String(name);
        }
    }
    return QStringLiteral("unknown");
}

QDateTime fromDos(quint16 time, quint16 date)
{
    const QDate day(1980 + (date >> 9), (date >> 5) & 0xF, date & 0x1F);
    const QTime clock(time >> 11, (time >> 5) & 0x3F, (time & 0x1F) * 2);
    if (!day.isValid() || !clock.isValid()) {
        return QDateTime();
    }
    return QDateTime(day, clock, Qt::UTC);
}

// False for UTF-8 that is not valid (a BOM is kept as a character).
bool decodeName(const QByteArray& raw, bool utf8, QString* name)
{
    if (!utf8) {
        *name = QString::fromLatin1(raw); // CP437 in the standard; the two agree on ASCII
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    *name = decoder.decode(raw);
    return !decoder.hasError();
}

// Why a ('/'-separated, non-empty) name is unsafe to unpack, or empty.
QString nameProblem(const QString& name)
{
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            return QStringLiteral("has a control character in its name");
        }
    }
    const char16_t first = name.at(0).unicode() | 0x20; // ASCII letters in lower case
    const bool drive = name.size() >= 2 && name.at(1) == u':' && first >= u'a' && first <= u'z';
    if (name.startsWith(u'/') || drive) {
        return QStringLiteral("has an absolute name: names in an archive must be relative");
    }
    if (name.split(u'/').contains(QStringLiteral(".."))) {
        return QStringLiteral("has '..' in its name, which would unpack it outside its folder");
    }
    return QString();
}

// Raw deflate into *out, in chunks, never past the declared size; what is wrong, or empty.
QString inflateData(const char* in, qint64 packedSize, qint64 size, QByteArray* out)
{
    z_stream zs {};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
        return QStringLiteral("could not be unpacked: out of memory");
    }
    zs.next_in = reinterpret_cast<const Bytef*>(in);
    zs.avail_in = static_cast<uInt>(packedSize); // a 32-bit field of the archive
    QString problem;
    qint64 produced = 0;
    for (;;) {
        const qint64 room = std::min(size - produced, outputChunk);
        unsigned char probe = 0; // the declared size is reached: any more output is too much
        if (room > 0) {
            out->resize(produced + room);
            zs.next_out = reinterpret_cast<Bytef*>(out->data() + produced);
            zs.avail_out = static_cast<uInt>(room);
        } else {
            zs.next_out = &probe;
            zs.avail_out = 1;
        }
        const uInt before = zs.avail_out;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        const qint64 got = before - zs.avail_out;
        if (room == 0 && got > 0) {
            problem = QStringLiteral("is damaged: it unpacks to more than the %1 bytes its header declares").arg(size);
            break;
        }
        produced += got;
        out->resize(produced);
        if (rc == Z_STREAM_END) {
            break;
        }
        if (rc != Z_OK) { // Z_BUF_ERROR: no progress, as all input is used
            problem = rc == Z_BUF_ERROR ? QStringLiteral("is damaged or truncated: its compressed data ends early")
                : rc == Z_MEM_ERROR     ? QStringLiteral("could not be unpacked: out of memory")
                                        : QStringLiteral("is damaged: its compressed data is invalid");
            break;
        }
    }
    inflateEnd(&zs);
    if (problem.isEmpty() && produced != size) {
        problem = QStringLiteral("is damaged: it unpacks to %1 bytes, fewer than the %2 its header declares")
                      .arg(produced)
                      .arg(size);
    }
    return problem;
}
} // namespace

ZipReader::ZipReader(const QByteArray& archive, const ZipLimits& limits)
    : m_archive(archive)
    , m_limits(limits)
{ }

QString ZipReader::read(QVector<ZipEntry>* entries)
{
    QString problem = findEnd();
    if (problem.isEmpty()) {
        problem = readDirectory();
    }
    if (problem.isEmpty()) {
        problem = findOverlap();
    }
    for (qsizetype i = 0; problem.isEmpty() && i < m_records.size(); ++i) {
        const Record& r = m_records.at(i);
        ZipEntry entry;
        entry.name = r.name;
        entry.modified = r.modified;
        problem = unpack(r, &entry.data);
        entries->append(entry);
    }
    return problem;
}

QString ZipReader::findEnd()
{
    const qint64 size = m_archive.size();
    if (size == 0) {
        return QStringLiteral("the file is empty, not a ZIP archive");
    }
    qint64 at = -1; // the last end record whose comment fits in the file
    for (qint64 pos = size - endSize; pos >= 0 && pos >= size - endSize - maxComment; --pos) {
        if (u32(pos) == endSignature && u16(pos + 20) <= size - pos - endSize) {
            at = pos;
            break;
        }
    }
    if (at < 0) {
        return ZipArchive::isZip(m_archive) ? QStringLiteral("the archive is truncated: the end of its central "
                                                             "directory is missing (was the upload cut short?)")
                                            : QStringLiteral("the file is not a ZIP archive");
    }
    const quint16 disk = u16(at + 4);
    const quint16 directoryDisk = u16(at + 6);
    const quint16 countHere = u16(at + 8);
    const quint16 count = u16(at + 10);
    const quint32 directorySize = u32(at + 12);
    const quint32 directoryStart = u32(at + 16);
    if ((at >= zip64LocatorSize && u32(at - zip64LocatorSize) == zip64LocatorSignature) || count == marker16
        || countHere == marker16 || directorySize == marker32 || directoryStart == marker32) {
        return QStringLiteral("the archive is in the ZIP64 format (for archives over 4 GiB or with more than "
                              "65535 files), which is not supported");
    }
    if (disk != 0 || directoryDisk != 0 || countHere != count) {
        return QStringLiteral("the archive spans several disks (a split archive), which is not supported");
    }
    if (count > m_limits.maxEntries) {
        return QStringLiteral("the archive has %1 entries; at most %2 are allowed").arg(count).arg(m_limits.maxEntries);
    }
    if (!inside(directoryStart, directorySize, at)) {
        return QStringLiteral("the archive is truncated or damaged: its central directory lies outside the file");
    }
    m_count = count;
    m_directoryStart = directoryStart;
    m_directorySize = directorySize;
    return QString();
}

QString ZipReader::readDirectory()
{
    qint64 pos = m_directoryStart;
    qint64 total = 0;
    for (int i = 1; i <= m_count; ++i) {
        Record r;
        bool file = false;
        const QString problem = readRecord(i, &pos, &total, &r, &file);
        if (!problem.isEmpty()) {
            return problem;
        }
        if (file) {
            m_records.append(r);
        }
    }
    return QString();
}

// The central record at *pos (moved past it), the index-th; a folder is checked for a safe name
// only and leaves *file false.
QString ZipReader::readRecord(int index, qint64* pos, qint64* total, Record* r, bool* file)
{
    const qint64 p = *pos;
    const qint64 directoryEnd = m_directoryStart + m_directorySize;
    if (!inside(p, centralSize, directoryEnd) || u32(p) != centralSignature) {
        return QStringLiteral("the archive is damaged: its central directory ends before entry %1 of %2")
            .arg(index)
            .arg(m_count);
    }
    const quint16 flags = u16(p + 8);
    const quint32 packedSize = u32(p + 20);
    const quint32 size = u32(p + 24);
    const qint64 nameLength = u16(p + 28);
    const qint64 recordLength = centralSize + nameLength + u16(p + 30) + u16(p + 32);
    const quint16 disk = u16(p + 34);
    const quint32 headerStart = u32(p + 42);
    if (!inside(p, recordLength, directoryEnd)) {
        return QStringLiteral("the archive is damaged: entry %1 runs past the end of its central directory").arg(index);
    }
    *pos = p + recordLength;
    r->rawName = m_archive.mid(p + centralSize, nameLength);
    r->method = u16(p + 10);
    r->crc = u32(p + 16);
    r->packedSize = packedSize;
    r->size = size;
    r->headerStart = headerStart;
    r->modified = fromDos(u16(p + 12), u16(p + 14));
    if (!decodeName(r->rawName, (flags & flagUtf8) != 0, &r->name)) {
        return entryLabel(r->name) + QStringLiteral(" has a name that is not valid UTF-8");
    }
    r->name.replace(u'\\', u'/');
    const QString label = entryLabel(r->name);
    if (packedSize == marker32 || size == marker32 || headerStart == marker32 || disk == marker16) {
        return label + QStringLiteral(" is in the ZIP64 format (for files over 4 GiB), which is not supported");
    }
    if (disk != 0) {
        return QStringLiteral("the archive spans several disks (a split archive), which is not supported");
    }
    if (r->name.isEmpty()) {
        return QStringLiteral("entry %1 of the archive has an empty name").arg(index);
    }
    const QString unsafe = nameProblem(r->name);
    if (!unsafe.isEmpty()) {
        return label + QLatin1Char(' ') + unsafe;
    }
    if (r->name.endsWith(u'/')) {
        return QString(); // a folder: its files name it
    }
    if (m_names.contains(r->name)) {
        return label + QStringLiteral(" appears twice in the archive");
    }
    m_names.insert(r->name);
    if (flags & flagEncrypted) {
        return label + QStringLiteral(" is encrypted: export the archive without a password");
    }
    if (r->method != stored && r->method != deflated) {
        return label
            + QStringLiteral(" uses compression method %1 (%2), which is not supported: only stored and deflated "
                             "entries are")
                  .arg(r->method)
                  .arg(methodName(r->method));
    }
    if (r->method == stored && packedSize != size) {
        return label + QStringLiteral(" is damaged: it is stored, yet its packed and unpacked sizes differ");
    }
    if (r->size > m_limits.maxEntrySize) {
        return label
            + QStringLiteral(" unpacks to %1 bytes, more than the %2 allowed for one file")
                  .arg(r->size)
                  .arg(sizeText(m_limits.maxEntrySize));
    }
    *total += r->size;
    if (*total > m_limits.maxTotalSize) {
        return QStringLiteral("the archive unpacks to more than the %1 allowed in all (at %2)")
            .arg(sizeText(m_limits.maxTotalSize), label);
    }
    if (r->size > ratioExempt && static_cast<double>(r->size) > m_limits.maxRatio * static_cast<double>(packedSize)) {
        return label
            + QStringLiteral(" is compressed more than %1 to 1, which is refused as a likely ZIP bomb")
                  .arg(m_limits.maxRatio);
    }
    *file = true;
    return readLocal(r);
}

// Finds the record's data through its local header, which must repeat the name; all of it
// lies before the central directory.
QString ZipReader::readLocal(Record* r) const
{
    const QString label = entryLabel(r->name);
    const qint64 h = r->headerStart;
    if (!inside(h, localSize, m_directoryStart) || u32(h) != localSignature) {
        return label + QStringLiteral(" is damaged: its local header is missing");
    }
    const qint64 nameLength = u16(h + 26);
    const qint64 extraLength = u16(h + 28);
    if (!inside(h + localSize, nameLength + extraLength, m_directoryStart) || nameLength != r->rawName.size()
        || std::memcmp(m_archive.constData() + h + localSize, r->rawName.constData(), r->rawName.size()) != 0) {
        return label + QStringLiteral(" is damaged: its local header gives another name");
    }
    r->dataStart = h + localSize + nameLength + extraLength;
    if (!inside(r->dataStart, r->packedSize, m_directoryStart)) {
        return label + QStringLiteral(" is damaged or the archive truncated: its data lies outside the archive");
    }
    return QString();
}

// Files that share bytes: no writer makes them; ZIP bombs and parser-confusion tricks do.
QString ZipReader::findOverlap() const
{
    QVector<qsizetype> order(m_records.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype x, qsizetype y) { return m_records.at(x).headerStart < m_records.at(y).headerStart; });
    for (qsizetype i = 1; i < order.size(); ++i) {
        const Record& before = m_records.at(order.at(i - 1));
        const Record& after = m_records.at(order.at(i));
        if (after.headerStart < before.dataStart + before.packedSize) {
            return QStringLiteral("entries '%1' and '%2' overlap in the archive, which only a crafted archive does")
                .arg(shown(before.name), shown(after.name));
        }
    }
    return QString();
}

QString ZipReader::unpack(const Record& r, QByteArray* data) const
{
    if (r.method == stored) {
        *data = m_archive.mid(r.dataStart, r.packedSize);
    } else {
        const QString problem = inflateData(m_archive.constData() + r.dataStart, r.packedSize, r.size, data);
        if (!problem.isEmpty()) {
            return entryLabel(r.name) + QLatin1Char(' ') + problem;
        }
    }
    const auto crc = crc32_z(0, reinterpret_cast<const Bytef*>(data->constData()), static_cast<size_t>(data->size()));
    if (crc != r.crc) {
        return entryLabel(r.name) + QStringLiteral(" is damaged: its checksum (CRC-32) does not match its data");
    }
    return QString();
}

quint16 ZipReader::u16(qint64 pos) const
{
    const auto* p = reinterpret_cast<const uchar*>(m_archive.constData() + pos);
    return static_cast<quint16>(p[0] | (p[1] << 8));
}

quint32 ZipReader::u32(qint64 pos) const
{
    const auto* p = reinterpret_cast<const uchar*>(m_archive.constData() + pos);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}
