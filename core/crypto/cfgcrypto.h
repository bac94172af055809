#pragma once

#include <QByteArray>
#include <QString>

// The phones' cfg encryption: DES-EDE3-CBC with key and IV derived from a passphrase by
// OpenSSL's EVP_BytesToKey, without salt, as "openssl enc -des-ede3-cbc -nosalt" does.
// 3DES with an unsalted passphrase is a compatibility format, not protection: serve cfg files
// over HTTPS with per-device credentials for that.
namespace CfgCrypto {
enum class Digest {
    Md5,    // what phones' tools and OpenSSL before 1.1 use
    Sha256, // the default of the openssl command line since 1.1
};

// Empty result and a message in *error on failure (empty passphrase, wrong key, corrupt data).
QByteArray encrypt(const QByteArray& plain, const QByteArray& passphrase, Digest digest, QString* error);
QByteArray decrypt(const QByteArray& cipher, const QByteArray& passphrase, Digest digest, QString* error);

// {"<base64 of the encrypted secret>"}, the form of an encrypted value inside a cfg file.
QByteArray encryptValue(const QByteArray& secret, const QByteArray& passphrase, Digest digest, QString* error);

// The passphrase from a key file: its first line, without the line ending.
bool readKeyFile(const QString& path, QByteArray* passphrase, QString* error);
} // namespace CfgCrypto
