#include "passwordhash.h"

#include "randomsecret.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace {
constexpr int hashBytes = 32;

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(hashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), hashBytes, reinterpret_cast<unsigned char*>(out.data()))
        != 1) {
        return {};
    }
    return out;
}
} // namespace

namespace PasswordHash {
QString hash(const QString& password, int iterations)
{
    const QByteArray salt = RandomSecret::bytes(16);
    const QByteArray derived = derive(password, salt, iterations);
    if (derived.isEmpty()) {
        qFatal("PBKDF2 failed");
    }
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool verify(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256")) {
        return false;
    }
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10000000) {
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray derived = derive(password, salt, iterations);
    return expected.size() == hashBytes && derived.size() == hashBytes
        && CRYPTO_memcmp(derived.constData(), expected.constData(), hashBytes) == 0;
}

QString weakness(const QString& password, const QString& accountName)
{
    if (password.size() < minimumLength) {
        return QStringLiteral("a password needs at least %1 characters").arg(minimumLength);
    }
    if (password.compare(accountName.trimmed(), Qt::CaseInsensitive) == 0) {
        return QStringLiteral("a password cannot be the account's name");
    }
    if (password.count(password.front()) == password.size()) {
        return QStringLiteral("a password cannot be one character repeated");
    }
    return {};
}
} // namespace PasswordHash
