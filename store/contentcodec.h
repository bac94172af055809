#pragma once

#include <QByteArray>
#include <QString>

// How the bytes of a stored file are encoded (the content_encoding column beside them):
//   ""     as they are (uploads, hand edits);
//   "zlib" qCompress (generated files until issue 24);
//   "lz4"  the size as 4 bytes little-endian, then one LZ4 block (generated files now: about
//          five times faster to make than zlib at level 1 and two to three times larger, which
//          matters on the writer threads of a 100 000-phone generation; docs/performance.md).
// Stored bytes are the server's own, but a damaged or hostile row must not cost more than the
// file it claims to be: decoding checks every length against what the encoding allows.
namespace ContentCodec {

// What generated files are stored as.
QString generatedEncoding();
// content in generatedEncoding().
QByteArray encodeGenerated(const QByteArray& content);

// The bytes as they were, or false with *problem ("damaged", "an encoding this version cannot
// read"). The largest file decoded is maxDecodedBytes.
bool decode(const QByteArray& stored, const QString& encoding, QByteArray* content, QString* problem);
constexpr qsizetype maxDecodedBytes = 256 * 1024 * 1024;

} // namespace ContentCodec
