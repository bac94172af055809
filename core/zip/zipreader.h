#pragma once

#include "ziparchive.h"

#include <QSet>

// Reads one archive for ZipArchive::read(), which says what is accepted: the end record, the
// central directory, each file's local header, then (only when all of that passed) the data.
// Every offset and size is checked against the archive (sums of 32-bit fields in qint64, which
// cannot overflow) and the limits before it is used.
class ZipReader
{
public:
    ZipReader(const QByteArray& archive, const ZipLimits& limits);

    // The files in central-directory order, or a sentence saying what is wrong (and then
    // *entries holds whatever was read before).
    QString read(QVector<ZipEntry>* entries);

private:
    // One file of the central directory, checked against the archive and the limits.
    struct Record
    {
        QString name;
        QByteArray rawName;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 packedSize = 0;
        qint64 size = 0;
        qint64 headerStart = 0; // its local header
        qint64 dataStart = 0;
        QDateTime modified;
    };

    QString findEnd();
    QString readDirectory();
    QString readRecord(int index, qint64* pos, qint64* total, Record* r, bool* file);
    QString readLocal(Record* r) const;
    QString findOverlap() const;
    QString unpack(const Record& r, QByteArray* data) const;
    // Callers check the bounds first.
    quint16 u16(qint64 pos) const;
    quint32 u32(qint64 pos) const;

    const QByteArray m_archive;
    const ZipLimits m_limits;
    int m_count = 0;
    qint64 m_directoryStart = 0;
    qint64 m_directorySize = 0;
    QSet<QString> m_names;
    QVector<Record> m_records;
};
