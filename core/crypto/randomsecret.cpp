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
} // namespace RandomSecret
