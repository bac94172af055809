#pragma once

#include <QByteArray>
#include <QString>

// How the bytes of a stored file are encoded (the content_encoding column beside them):
//   ""     as they are (uploads, hand edits, and a generated file LZ4 cannot take);
//   "zlib" qCompress's form: the size as 4 bytes big-endian, then a zlib stream (generated
//          files before schema version 12);
//   "lz4"  the size as 4 bytes little-endian, then one LZ4 block (generated files now: about
//          five times faster to make than zlib at level 1 and about twice as large, which
//          matters on the writer threads of a 100 000-phone generation; docs/performance.md).
// Stored bytes are the server's own, but a damaged or hostile row must not cost more than the
// file it claims to be: decoding never writes past the size a row claims, and refuses claims
// larger than maxDecodedBytes or than the stored bytes could expand to.
namespace ContentCodec {

constexpr qsizetype maxDecodedBytes = 256 * 1024 * 1024;

struct Encoded
{
    QString encoding;
    QByteArray bytes;
};

// A generated file as it is stored: "lz4", or as it is when it is too large for that.
Encoded encodeGenerated(const QByteArray& content);

// The bytes as they were, or false with *problem ("damaged", "an encoding this version cannot
// read"); *content is left alone then.
bool decode(const QByteArray& stored, const QString& encoding, QByteArray* content, QString* problem);

} // namespace ContentCodec
