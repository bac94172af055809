#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

// One file of a ZIP archive. Names use '/' between folders; folders themselves are not entries.
struct ZipEntry
{
    QString name;
    QByteArray data;
    QDateTime modified; // UTC, to the even second (DOS time); invalid when the archive's is
};

// What reading an archive may cost: an archive past any of these is refused, before its data
// is unpacked where the central directory already tells.
struct ZipLimits
{
    int maxEntries = 2000;                   // central directory records, folders included
    qint64 maxEntrySize = 32 * 1024 * 1024;  // unpacked bytes of one entry
    qint64 maxTotalSize = 128 * 1024 * 1024; // unpacked bytes of all entries
    double maxRatio = 200;                   // unpacked/packed size, for entries larger than 64 KiB
};

// ZIP archives as spreadsheet programs, file managers and the vendor's console write them:
// stored or deflated entries, no encryption, no ZIP64, one disk. Reading treats every byte as
// hostile: all offsets and sizes are checked against the archive and the limits, entries may
// not overlap, names may not leave the folder they are unpacked into, and data is unpacked in
// chunks, never past its declared size, and checked against its CRC-32.
class ZipArchive
{
public:
    // The archive's files in central-directory order, folders skipped. False with a readable
    // sentence in *error (naming the entry at fault) and *entries empty when the archive is
    // damaged, unsupported, unsafe or past the limits. Either pointer may be null.
    static bool read(const QByteArray& archive, QVector<ZipEntry>* entries, QString* error,
                     const ZipLimits& limits = {});
    // An archive of the entries in their order: each deflated, or stored when deflating does not
    // make it smaller; UTF-8 names; `modified` as DOS time (1980-01-01 when invalid or earlier).
    // Names are written as given (read() refuses unsafe ones). Empty when a ZIP without ZIP64
    // cannot hold the entries (65535 or more, a name past 65535 bytes, 4 GiB).
    static QByteArray write(const QVector<ZipEntry>& entries);
    // Whether data starts like a ZIP archive: a local file header, or an empty archive's end
    // record. A cheap sniff for choosing a reader, not a check that read() will succeed.
    static bool isZip(const QByteArray& data);
};
