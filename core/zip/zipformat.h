#pragma once

#include <QtGlobal>

// The numbers of the ZIP format that ZipArchive writes and ZipReader reads: PKWARE's
// APPNOTE.TXT, sections 4.3 (layout) and 4.4 (fields). All fields are little-endian.
namespace ZipFormat {
constexpr quint32 localSignature = 0x04034b50;
constexpr quint32 centralSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr qint64 localSize = 30;   // fixed part of a local file header
constexpr qint64 centralSize = 46; // fixed part of a central directory record
constexpr qint64 endSize = 22;     // end of central directory record, without its comment
constexpr qint64 zip64LocatorSize = 20;
constexpr quint32 marker32 = 0xFFFFFFFF; // ZIP64: the real value is in an extra field
constexpr quint16 marker16 = 0xFFFF;
constexpr quint16 flagEncrypted = 0x0001;
constexpr quint16 flagUtf8 = 0x0800; // bit 11: the name is UTF-8
constexpr quint16 stored = 0;
constexpr quint16 deflated = 8;
} // namespace ZipFormat
