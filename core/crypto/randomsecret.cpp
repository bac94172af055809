#include "randomsecret.h"

#include <openssl/rand.h>

namespace RandomSecret {
QByteArray bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1) {
        qFatal("The system's random number generator failed");
    }
    return out;
}

QString hex(int count)
{
    return QString::fromLatin1(bytes(count).toHex());
}

QString password(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    constexpr int size = sizeof(alphabet) - 1; // 57
    QString out;
    out.reserve(length);
    while (out.size() < length) {
        // Rejection sampling: bytes of 228 and more would favour the first letters.
        for (const char byte : bytes(length)) {
            const int b = static_cast<unsigned char>(byte);
            if (b < 256 - 256 % size && out.size() < length) {
                out.append(QLatin1Char(alphabet[b % size]));
            }
        }
    }
    return out;
}
} // namespace RandomSecret
