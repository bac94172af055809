#pragma once

#include <QStringList>

class QTextStream;

// phonefleetctl encrypt / decrypt / encrypt-password: the phones' 3DES cfg encryption.
namespace CryptoCommands {
int encrypt(const QStringList& arguments, QTextStream& out, QTextStream& err);
int decrypt(const QStringList& arguments, QTextStream& out, QTextStream& err);
int encryptPassword(const QStringList& arguments, QTextStream& out, QTextStream& err);
} // namespace CryptoCommands
