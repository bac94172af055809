#pragma once

#include <QByteArray>
#include <QString>

// Secrets from the operating system's CSPRNG (OpenSSL RAND_bytes). Aborts rather than hand out
// a weak secret when the generator fails.
namespace RandomSecret {
QByteArray bytes(int count);
// count random bytes as lower-case hex (2 * count characters).
QString hex(int count);
// A password of length letters and digits (no look-alikes: 0/O, 1/l/I), uniformly drawn.
QString password(int length);
} // namespace RandomSecret
